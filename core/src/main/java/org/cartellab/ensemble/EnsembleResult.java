package org.cartellab.ensemble;

import java.util.List;

/** An ensemble's bands over every metric of its plan, with what it was drawn from. */
public record EnsembleResult(String description, long runs, long seed, ReportPlan plan, List<Band> bands) {
    public EnsembleResult {
        bands = List.copyOf(bands);
    }

    public Band band(String metric) { return bands.get(plan.indexOf(metric)); }
}
