package org.cartellab.app.web;

import java.util.List;

/**
 * A simulator run as the web shows it: its name, horizon and levers' start (model weeks), the scenario and its status
 * quo, the course of action it runs (null for hand-set levers or a scenario file), the scenario file that reproduces it
 * (null when v1 cannot say it), and the assumptions its levers brought in.
 */
public record WebRun(String name, int weeks, int from, String coa, SeriesSet scenario, SeriesSet statusQuo, String yaml, List<String> assumptions) {
    public WebRun {
        assumptions = List.copyOf(assumptions);
    }
}
