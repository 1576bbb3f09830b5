package org.cartellab.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * The decision matrix's rank resolution: two courses whose scores differ by less than it are reported as tied (one shared
 * rank, "tied with ..."), on every surface.
 *
 * <p>Why this size: the score is a weighted mean of normalised criteria, and the coarsest input the score has is a risk
 * rating, an ordinal judgment in whole levels 0-4 ({@link CriterionScale#RISK_LEVEL}, a quarter of the scale per level).
 * One level on one risk, the smallest change any judgment in the catalog can make, moves a score by the risk's
 * normalised weight times 1/4; with the default weights (risks a third, shared by 15 risks) that is 1/3 x 1/15 x 1/4 =
 * 0.0056. A score difference below that step is smaller than the rounding of a single judgment (and, for the modelled
 * outcomes at a sixth each, below a 3.3 % difference in one of them), so ordering such courses would be false precision.
 * With weights that give no risk any weight the resolution is 0 (only equal scores tie).
 *
 * <p>Ties are formed from the top down: the highest remaining score opens a group and every course within the
 * resolution of that score joins it (no chaining); the group shares the rank of its first member (1, 1, 1, 4, ...).
 */
public final class RankResolution {
    private RankResolution() {}

    /** The score step of one risk level on the least-weighted risk that has weight (0 if no risk has weight). */
    public static double of(CriterionWeights weights) {
        double[] w = weights.normalised();
        double min = Double.POSITIVE_INFINITY;
        for (Criterion c : Criterion.values()) {
            if (c.risk() != null && w[c.ordinal()] > 0) min = Math.min(min, w[c.ordinal()]);
        }
        if (min == Double.POSITIVE_INFINITY) return 0;
        return min / Math.abs(CriterionScale.RISK_LEVEL.worst() - CriterionScale.RISK_LEVEL.best());
    }

    /**
     * Shared ranks for {@code scores} (index order is the order the courses were given; ties in exact score keep it).
     *
     * @return {@code ranks[k]} 1-based, and {@code groups[k]} the indices tied with {@code k} (excluding {@code k})
     */
    static Result rank(double[] scores, double resolution) {
        int[] order = DecisionMatrix.order(scores);
        int[] rank = new int[scores.length];
        int[] group = new int[scores.length];
        int pos = 0;
        int g = 0;
        while (pos < order.length) {
            double top = scores[order[pos]];
            int end = pos;
            while (end < order.length && top - scores[order[end]] < resolution) end++;
            if (end == pos) end = pos + 1; // resolution 0: a group of one (equal scores stay in the given order)
            for (int k = pos; k < end; k++) {
                rank[order[k]] = pos + 1;
                group[order[k]] = g;
            }
            g++;
            pos = end;
        }
        List<List<Integer>> tied = new ArrayList<>();
        for (int k = 0; k < scores.length; k++) {
            List<Integer> t = new ArrayList<>();
            for (int o : order) if (o != k && group[o] == group[k]) t.add(o);
            tied.add(List.copyOf(t));
        }
        return new Result(rank, tied);
    }

    /** Shared ranks and, per course, the indices it is tied with (in rank order). */
    record Result(int[] ranks, List<List<Integer>> tiedWith) {}
}
