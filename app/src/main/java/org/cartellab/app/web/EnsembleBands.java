package org.cartellab.app.web;

import java.util.Map;

/**
 * An ensemble's result for the simulator page: per series ("members", "deaths", "incapacitations"), the 5th, 50th
 * and 95th percentiles per week for the scenario and for the status quo; how many runs, how many collapsed, and the
 * distribution the parameters were drawn from.
 */
public record EnsembleBands(int runs, long seed, String distribution, int collapsedScenario, int collapsedStatusQuo,
                            Map<String, Band> scenario, Map<String, Band> statusQuo) {
    /** Weekly percentiles of one series. */
    public record Band(double[] p05, double[] p50, double[] p95) {}
}
