package org.cartellab.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.data.BundledData;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.Tolerances;
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

    public SimulationResult simulate(Scenario s) {
        NetworkParameters base = baseParameters(s);
        SeriesSet statusQuo = statusQuo(base, s.weeks());
        if (s.interventions().isEmpty()) return new SimulationResult(s, statusQuo, statusQuo);
        // the name and seed do not change a network run; the parameters, horizon and interventions do
        String key = java.util.Arrays.toString(base.toArray()) + "/" + s.weeks() + "/" + s.interventions();
        SeriesSet scenario = cached(scenarioCache, key);
        if (scenario == null) {
            scenario = SeriesSet.of(run(base, s, true));
            store(scenarioCache, key, scenario);
        }
        return new SimulationResult(s, scenario, statusQuo);
    }

    /** One run of the scenario's interventions on the given base parameters (ensembles draw the base). */
    public NetworkResult run(NetworkParameters base, Scenario s, boolean withInterventions) {
        ParameterPath path = withInterventions ? ParameterPath.scheduled(base, s.schedule()) : ParameterPath.constant(base);
        return simulator.run(new NetworkRun(network, path, 0, s.weeks(), null, List.of(), Tolerances.DEFAULT, false));
    }

    private SeriesSet statusQuo(NetworkParameters base, int weeks) {
        String key = java.util.Arrays.toString(base.toArray()) + "/" + weeks;
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
