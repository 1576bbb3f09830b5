package org.cartellab.scenario;

import java.util.List;
import java.util.Map;
import org.cartellab.model.Intervention;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.Tolerances;

/**
 * Turns a network scenario into a {@link NetworkRun} (the reference parameters with the scenario's overrides by name,
 * its interventions as a parameter path) and runs it from week 0 to the scenario's horizon.
 */
public final class NetworkScenarioRunner {
    private final ConflictNetwork network;
    private final Tolerances tolerances;

    public NetworkScenarioRunner(ConflictNetwork network) {
        this(network, Tolerances.DEFAULT);
    }

    public NetworkScenarioRunner(ConflictNetwork network, Tolerances tolerances) {
        this.network = network;
        this.tolerances = tolerances;
    }

    public ConflictNetwork network() { return network; }

    public Tolerances tolerances() { return tolerances; }

    /** The parameters at week 0: {@link NetworkParameters#REFERENCE} with the scenario's overrides applied by name. */
    public static NetworkParameters startParameters(Scenario scenario) {
        requireNetwork(scenario);
        NetworkParameters p = NetworkParameters.REFERENCE;
        for (Map.Entry<String, Double> e : scenario.parameters().entrySet()) p = p.with(e.getKey(), e.getValue());
        return p;
    }

    /** The parameters over time: start parameters changed by the scenario's interventions, in order. */
    public static ParameterPath parameterPath(Scenario scenario) {
        NetworkParameters start = startParameters(scenario);
        for (Intervention i : scenario.interventions()) {
            for (String name : i.values().keySet()) {
                if (!NetworkParameters.NAMES.contains(name) || ModelKind.NETWORK.isStartOnly(name)) {
                    throw new IllegalArgumentException("intervention at week " + i.week() + " changes '" + name
                            + "', which a network run cannot change; expected one of " + changeable());
                }
            }
            if (i.week() > scenario.weeks()) {
                throw new IllegalArgumentException("intervention at week " + i.week() + " is beyond the horizon of " + scenario.weeks() + " weeks");
            }
        }
        return ParameterPath.scheduled(start, scenario.schedule());
    }

    private static List<String> changeable() {
        return NetworkParameters.NAMES.stream().filter(n -> !ModelKind.NETWORK.isStartOnly(n)).toList();
    }

    /** What the simulator will integrate for this scenario. */
    public NetworkRun toRun(Scenario scenario) {
        return new NetworkRun(network, parameterPath(scenario), 0, scenario.weeks(), null, List.of(), tolerances, false);
    }

    /**
     * Runs a {@code model: network} scenario from week 0 (2012-01-01) to {@code scenario.weeks()}: one weekly row per
     * week, members and flows in members per week at that instant (see {@link NetworkSimulator#run}).
     *
     * @throws IllegalArgumentException when the scenario is for another model
     * @throws org.cartellab.model.NumericalTroubleException when the integration fails
     */
    public NetworkResult run(Scenario scenario) {
        return new NetworkSimulator().run(toRun(scenario));
    }

    private static void requireNetwork(Scenario scenario) {
        if (scenario.model() != ModelKind.NETWORK) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' is for the " + scenario.model().id()
                    + " model; the network runner takes network scenarios only");
        }
    }
}
