package org.cartellab.app.web;

import org.cartellab.scenario.Scenario;

/** A scenario's run beside the status quo (the same parameters with no interventions), for the same weeks. */
public record SimulationResult(Scenario scenario, SeriesSet scenarioSeries, SeriesSet statusQuo) {}
