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

    /** Default number of random weight vectors for rank robustness. */
    public static final int DEFAULT_SAMPLES = 10_000;

    public static ComparisonAssessment of(Comparison c, CriterionWeights weights, int samples, long seed) {
        int y = c.matrixHorizon();
        DecisionMatrix central = DecisionMatrix.build(c, weights, y, Range.Point.CENTRAL);
        DecisionMatrix low = DecisionMatrix.build(c, weights, y, Range.Point.LOW);
        DecisionMatrix high = DecisionMatrix.build(c, weights, y, Range.Point.HIGH);
        return new ComparisonAssessment(c, central, low, high, RankRobustness.of(central, samples, seed), WeakEffect.find(c, low, high));
    }
}
