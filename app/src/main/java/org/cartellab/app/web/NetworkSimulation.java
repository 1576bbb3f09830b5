package org.cartellab.app.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.comparison.ComparisonDefaults;
import org.cartellab.data.BundledData;
import org.cartellab.model.Intervention;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkEvent;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.Tolerances;
import org.cartellab.policy.CooperationIndex;
import org.cartellab.policy.LeadershipRemoval;
import org.cartellab.policy.LeadershipTargets;
import org.cartellab.policy.PolicyCompiler;
import org.cartellab.policy.PolicyPath;
import org.cartellab.policy.Ramp;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;

/**
 * Runs network scenarios for the web app on the bundled 2020 network, each beside its status quo. Results are cached
 * by scenario content (at most {@value #CACHE} status quos and {@value #SCENARIO_CACHE} scenarios, ~120 KB each at
 * 1040 weeks): every slider move shares a status quo, and slider positions and shared links repeat. Thread-safe.
 */
public final class NetworkSimulation {
    static final int CACHE = 32;
    static final int SCENARIO_CACHE = 128;
    private final ConflictNetwork network;
    private final NetworkSimulator simulator = new NetworkSimulator();
    private final Map<String, SeriesSet> statusQuoCache = lru(CACHE);
    private final Map<String, SeriesSet> scenarioCache = lru(SCENARIO_CACHE);

    private static Map<String, SeriesSet> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SeriesSet> eldest) { return size() > size; }
        };
    }

    public NetworkSimulation() { this(ConflictNetwork.of(BundledData.network())); }

    public NetworkSimulation(ConflictNetwork network) { this.network = network; }

    /** The base parameters of a scenario: the reference values with its overrides. */
    public static NetworkParameters baseParameters(Scenario s) {
        NetworkParameters p = NetworkParameters.REFERENCE;
        for (Map.Entry<String, Double> e : s.parameters().entrySet()) p = p.with(e.getKey(), e.getValue());
        return p;
    }

    /** Checks that the web app can run this scenario live (network model, horizon within the limit). */
    public static void checkRunnable(Scenario s, int maxWeeks) {
        if (s.model() != ModelKind.NETWORK) {
            throw ApiException.badRequest("model: the web simulator runs the network model only; found '" + s.model().id() + "'");
        }
        if (s.weeks() > maxWeeks) {
            throw ApiException.badRequest("weeks: at most " + maxWeeks + " for the web app (found " + s.weeks() + "); use the CLI for longer runs");
        }
    }

    public SimulationResult simulate(Scenario s) { return simulate(s, PolicyLevers.none(0)); }

    /**
     * The scenario with leadership removal and a cooperation change from {@code levers.startWeek()}, beside the status
     * quo. Without them the run is the scenario file's exactly; with them the scenario's multipliers become ramps of 0
     * weeks in a {@link PolicyPath} (the incapacitation multiplier scaled by cooperation, as the catalog's levers are).
     */
    public SimulationResult simulate(Scenario s, PolicyLevers levers) {
        NetworkParameters base = baseParameters(s);
        SeriesSet statusQuo = statusQuo(base, s.weeks());
        if (s.interventions().isEmpty() && !levers.changesRun()) return new SimulationResult(s, statusQuo, statusQuo, levers);
        // the name and seed do not change a network run; the parameters, horizon, interventions and structural levers do
        String key = Arrays.toString(base.toArray()) + "/" + s.weeks() + "/" + s.interventions() + "/" + levers.runKey();
        SeriesSet scenario = cached(scenarioCache, key);
        if (scenario == null) {
            scenario = SeriesSet.of(levers.changesRun() ? run(base, s, levers) : run(base, s, true));
            store(scenarioCache, key, scenario);
        }
        return new SimulationResult(s, scenario, statusQuo, levers);
    }

    /** The share of baseline incapacitation that depends on cooperation: the comparison defaults' central value (an assumption). */
    public static double cooperationDependentShare() {
        return ComparisonDefaults.bundled().cooperationDependentIncapacitation().range().central();
    }

    private NetworkResult run(NetworkParameters base, Scenario s, PolicyLevers levers) {
        List<Ramp> ramps = new ArrayList<>();
        for (Intervention i : s.interventions()) {
            if (i.kind() != Intervention.Kind.MULTIPLY) {
                throw ApiException.badRequest("leadership removal and cooperation combine with multipliers only; found a " + i.kind() + " intervention");
            }
            i.values().forEach((name, f) -> ramps.add(new Ramp(name, f, i.week(), 0, name.equals("incapacitation"))));
        }
        List<CooperationIndex.Shock> shocks = new ArrayList<>();
        if (levers.cooperation() != 0) {
            double recovery = levers.recoveryWeeks() == 0 ? Double.POSITIVE_INFINITY : levers.recoveryWeeks();
            shocks.add(new CooperationIndex.Shock(levers.startWeek(), 0, levers.cooperation(), recovery));
        }
        PolicyPath path = new PolicyPath(base, ramps, List.of(), new CooperationIndex(shocks), cooperationDependentShare());
        List<NetworkEvent> events = new ArrayList<>();
        if (levers.leadershipTargets() > 0 && levers.startWeek() < s.weeks()) {
            events.add(new LeadershipRemoval(levers.startWeek(), LeadershipTargets.topByRank(levers.leadershipTargets()), levers.factions(),
                    PolicyCompiler.DEFAULT_RIVAL_WEIGHT));
        }
        return simulator.run(new NetworkRun(network, path, 0, s.weeks(), null, events, Tolerances.DEFAULT, false));
    }

    /** One run of the scenario's interventions on the given base parameters (ensembles draw the base). */
    public NetworkResult run(NetworkParameters base, Scenario s, boolean withInterventions) {
        ParameterPath path = withInterventions ? ParameterPath.scheduled(base, s.schedule()) : ParameterPath.constant(base);
        return simulator.run(new NetworkRun(network, path, 0, s.weeks(), null, List.of(), Tolerances.DEFAULT, false));
    }

    private SeriesSet statusQuo(NetworkParameters base, int weeks) {
        String key = Arrays.toString(base.toArray()) + "/" + weeks;
        SeriesSet hit = cached(statusQuoCache, key);
        if (hit != null) return hit;
        SeriesSet computed = SeriesSet.of(simulator.run(NetworkRun.of(network, base, weeks)));
        store(statusQuoCache, key, computed);
        return computed;
    }

    private static SeriesSet cached(Map<String, SeriesSet> cache, String key) {
        synchronized (cache) {
            return cache.get(key);
        }
    }

    private static void store(Map<String, SeriesSet> cache, String key, SeriesSet value) {
        synchronized (cache) {
            cache.put(key, value);
        }
    }
}
