package org.cartellab.comparison;

import java.util.List;
import org.cartellab.policy.CohortLeverEvaluator;

/**
 * How to compare: horizons in years (default 1, 5, 10), the share of baseline incapacitation that depends on Mexico's
 * cooperation (default: the range in the bundled comparison defaults, swept with the lever bands), the cohort-engine
 * hook (default none), and the seed for anything random.
 */
public record ComparisonOptions(List<Integer> horizonsYears, DependentShare cooperationDependentIncapacitation,
                                CohortLeverEvaluator cohort, long seed) {
    public static final List<Integer> DEFAULT_HORIZONS = List.of(1, 5, 10);

    public ComparisonOptions {
        horizonsYears = horizonsYears.stream().distinct().sorted().toList();
        if (horizonsYears.isEmpty()) throw new IllegalArgumentException("give at least one horizon");
        for (int y : horizonsYears) if (y < 1 || y > 50) throw new IllegalArgumentException("horizons must be 1..50 years, got " + y);
    }

    /**
     * Horizons 1, 5, 10 years; the bundled dependent-share range; sentence levers bound to the cohort engine with the
     * published parameters (run only when a course has a sentence lever); seed 1.
     */
    public static ComparisonOptions defaults() {
        return new ComparisonOptions(DEFAULT_HORIZONS, ComparisonDefaults.bundled().cooperationDependentIncapacitation(),
                CohortSentenceEvaluator.reference(), 1);
    }

    public ComparisonOptions withHorizons(List<Integer> years) { return new ComparisonOptions(years, cooperationDependentIncapacitation, cohort, seed); }

    public ComparisonOptions withSeed(long s) { return new ComparisonOptions(horizonsYears, cooperationDependentIncapacitation, cohort, s); }

    public ComparisonOptions withCohort(CohortLeverEvaluator c) { return new ComparisonOptions(horizonsYears, cooperationDependentIncapacitation, c, seed); }

    /** A fixed share (no sweep), e.g. from the command line. */
    public ComparisonOptions withCooperationDependentIncapacitation(double s) {
        return withCooperationDependentIncapacitation(DependentShare.fixed(s, "--cooperation-dependent-incapacitation " + s));
    }

    public ComparisonOptions withCooperationDependentIncapacitation(DependentShare s) { return new ComparisonOptions(horizonsYears, s, cohort, seed); }

    public int maxWeeks() { return 52 * horizonsYears.get(horizonsYears.size() - 1); }
}
