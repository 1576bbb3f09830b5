package org.cartellab.app.web;

import org.cartellab.scenario.Scenario;

/**
 * A scenario's run beside the status quo (the same parameters with no interventions), for the same weeks, with the
 * leadership, cooperation and sentence levers it ran with.
 */
public record SimulationResult(Scenario scenario, SeriesSet scenarioSeries, SeriesSet statusQuo, PolicyLevers levers) {
    /** A run with no leadership, cooperation or sentence lever. */
    public SimulationResult(Scenario scenario, SeriesSet scenarioSeries, SeriesSet statusQuo) {
        this(scenario, scenarioSeries, statusQuo, PolicyLevers.none(0));
    }
}
