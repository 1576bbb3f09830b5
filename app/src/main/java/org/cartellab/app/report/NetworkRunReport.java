package org.cartellab.app.report;

import java.util.List;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.Tolerances;
import org.cartellab.scenario.Scenario;

/**
 * Everything one network run reports: the scenario and where it came from, each parameter with its source, the
 * members each organisation started with, the result, the integrator's tolerances, the product version and wall time.
 */
public record NetworkRunReport(Scenario scenario, String scenarioSource, List<ResolvedParameter> parameters,
                               ConflictNetwork network, double[] startMembers, NetworkResult result, Tolerances tolerances,
                               String version, double wallSeconds) {
    public NetworkRunReport {
        parameters = List.copyOf(parameters);
        startMembers = startMembers.clone();
    }

    @Override
    public double[] startMembers() { return startMembers.clone(); }

    public int startWeek() { return result.weekly().firstWeek(); }

    public int endWeek() { return result.weekly().lastWeek(); }
}
