package org.cartellab.assessment;

import java.util.List;
import org.cartellab.comparison.Comparison;
import org.cartellab.policy.Range;

/**
 * Everything a comparison report shows: the comparison, the decision matrix at the matrix horizon with the user's
 * weights (modelled outcomes from the all-central runs), the same matrix from the all-low and all-high runs, the rank
 * robustness over random weights, and the places where the modelled effects are weak.
 */
public record ComparisonAssessment(Comparison comparison, DecisionMatrix matrix, DecisionMatrix lowLevers, DecisionMatrix highLevers,
                                   RankRobustness robustness, List<WeakEffect> weakEffects) {
    public ComparisonAssessment {
        weakEffects = List.copyOf(weakEffects);
    }

    /**
     * Random weight vectors for rank robustness, the one number every surface uses (terminal, report, briefing, web).
     * With 10,000 draws a share's binomial standard error is at most 0.5 percentage points, under the one decimal shown.
     */
    public static final int DEFAULT_SAMPLES = 10_000;

    /** The seed of the random weight vectors (and of the comparison's other draws) on every surface unless one is given. */
    public static final long DEFAULT_SEED = 1;

    /** An absolute bound on the courses (ids or combinations) one request may compare, against abuse of a server. */
    public static final int MAX_COURSES_BOUND = 100;

    /**
     * How many courses one comparison request may name: twice the catalog (every course once, plus as many
     * combinations), never more than {@link #MAX_COURSES_BOUND}; so the whole catalog can always be compared at once.
     *
     * @param catalogSize courses in the catalog in use (&ge; 0)
     */
    public static int maxCourses(int catalogSize) {
        if (catalogSize < 0) throw new IllegalArgumentException("catalog size must be >= 0, got " + catalogSize);
        return Math.max(2, Math.min(2 * catalogSize, MAX_COURSES_BOUND));
    }

    public static ComparisonAssessment of(Comparison c, CriterionWeights weights, int samples, long seed) {
        int y = c.matrixHorizon();
        DecisionMatrix central = DecisionMatrix.build(c, weights, y, Range.Point.CENTRAL);
        DecisionMatrix low = DecisionMatrix.build(c, weights, y, Range.Point.LOW);
        DecisionMatrix high = DecisionMatrix.build(c, weights, y, Range.Point.HIGH);
        return new ComparisonAssessment(c, central, low, high, RankRobustness.of(central, samples, seed), WeakEffect.find(c, low, high));
    }
}
