package org.cartellab.analysis;

import java.util.List;

/**
 * The result of comparing courses of action from one start: the status quo run, each course's result (in the order
 * asked), the horizons in years, and every assumption the comparison rests on.
 */
public record Comparison(ComparisonStart start, List<Integer> horizonsYears, PolicyRun statusQuo, List<CoaResult> results,
                         List<String> assumptions) {
    public Comparison {
        horizonsYears = List.copyOf(horizonsYears);
        results = List.copyOf(results);
        assumptions = List.copyOf(assumptions);
    }

    public CoaResult result(String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no course of action '" + id + "' in this comparison"));
    }

    /** The horizon the decision matrix uses: 5 years if compared, else the longest. */
    public int matrixHorizon() { return horizonsYears.contains(5) ? 5 : horizonsYears.get(horizonsYears.size() - 1); }
}
