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
 * Runs network scenarios for the web app on the bundled 2020 network, each beside its status quo. Status-quo runs
 * are cached (a few hundred kilobytes each, at most {@value #CACHE} kept) since every slider move shares one.
 * Thread-safe.
 */
public final class NetworkSimulation {
    static final int CACHE = 32;
    private final ConflictNetwork network;
    private final NetworkSimulator simulator = new NetworkSimulator();
    private final Map<String, SeriesSet> statusQuoCache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SeriesSet> eldest) { return size() > CACHE; }
    };

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
        SeriesSet scenario = SeriesSet.of(run(base, s, true));
        SeriesSet statusQuo = s.interventions().isEmpty() ? scenario : statusQuo(base, s.weeks());
        return new SimulationResult(s, scenario, statusQuo);
    }

    /** One run of the scenario's interventions on the given base parameters (ensembles draw the base). */
    public NetworkResult run(NetworkParameters base, Scenario s, boolean withInterventions) {
        ParameterPath path = withInterventions ? ParameterPath.scheduled(base, s.schedule()) : ParameterPath.constant(base);
        return simulator.run(new NetworkRun(network, path, 0, s.weeks(), null, List.of(), Tolerances.DEFAULT, false));
    }

    private SeriesSet statusQuo(NetworkParameters base, int weeks) {
        String key = java.util.Arrays.toString(base.toArray()) + "/" + weeks;
        synchronized (statusQuoCache) {
            SeriesSet hit = statusQuoCache.get(key);
            if (hit != null) return hit;
        }
        SeriesSet computed = SeriesSet.of(simulator.run(NetworkRun.of(network, base, weeks)));
        synchronized (statusQuoCache) {
            statusQuoCache.put(key, computed);
        }
        return computed;
    }
}
