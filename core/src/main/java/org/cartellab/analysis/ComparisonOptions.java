package org.cartellab.analysis;

import java.util.List;
import org.cartellab.policy.CohortLeverEvaluator;

/**
 * How to compare: horizons in years (default 1, 5, 10), the share of baseline incapacitation that depends on Mexico's
 * cooperation (default 0, an assumption), the cohort-engine hook (default none), and the seed for anything random.
 */
public record ComparisonOptions(List<Integer> horizonsYears, double cooperationDependentIncapacitation,
                                CohortLeverEvaluator cohort, long seed) {
    public static final List<Integer> DEFAULT_HORIZONS = List.of(1, 5, 10);

    public ComparisonOptions {
        horizonsYears = horizonsYears.stream().distinct().sorted().toList();
        if (horizonsYears.isEmpty()) throw new IllegalArgumentException("give at least one horizon");
        for (int y : horizonsYears) if (y < 1 || y > 50) throw new IllegalArgumentException("horizons must be 1..50 years, got " + y);
    }

    public static ComparisonOptions defaults() { return new ComparisonOptions(DEFAULT_HORIZONS, 0, CohortLeverEvaluator.NONE, 1); }

    public ComparisonOptions withHorizons(List<Integer> years) { return new ComparisonOptions(years, cooperationDependentIncapacitation, cohort, seed); }

    public ComparisonOptions withSeed(long s) { return new ComparisonOptions(horizonsYears, cooperationDependentIncapacitation, cohort, s); }

    public ComparisonOptions withCohort(CohortLeverEvaluator c) { return new ComparisonOptions(horizonsYears, cooperationDependentIncapacitation, c, seed); }

    public ComparisonOptions withCooperationDependentIncapacitation(double s) { return new ComparisonOptions(horizonsYears, s, cohort, seed); }

    public int maxWeeks() { return 52 * horizonsYears.get(horizonsYears.size() - 1); }
}
