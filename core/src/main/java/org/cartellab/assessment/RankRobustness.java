package org.cartellab.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * How much the ranking depends on the weights: the share of {@code samples} weight vectors drawn uniformly on the
 * simplex (flat Dirichlet: normalised standard exponentials, seeded) under which each course of action ranks first, and,
 * when the status quo is compared, the share under which each course scores strictly above the status quo
 * ({@code shareAboveStatusQuo}; empty without a status-quo row). Scores use the matrix's fixed-scale normalised values,
 * so a course's share above the status quo does not depend on which other courses are compared. Ties for first go to
 * the course given first, as in the matrix.
 */
public record RankRobustness(int samples, long seed, Map<String, Double> shareFirst, Map<String, Double> shareAboveStatusQuo) {
    public RankRobustness {
        shareFirst = Collections.unmodifiableMap(new LinkedHashMap<>(shareFirst));
        shareAboveStatusQuo = Collections.unmodifiableMap(new LinkedHashMap<>(shareAboveStatusQuo));
    }

    public static RankRobustness of(DecisionMatrix matrix, int samples, long seed) {
        if (samples < 1) throw new IllegalArgumentException("need at least one weight sample");
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[][] norm = matrix.normalisedMatrix();
        int m = norm[0].length;
        int[] firsts = new int[norm.length];
        int[] above = new int[norm.length];
        int sq = -1;
        for (int k = 0; k < norm.length; k++) if (sq < 0 && matrix.rows().get(k).statusQuo()) sq = k;
        double[] w = new double[m];
        for (int s = 0; s < samples; s++) {
            double sum = 0;
            for (int c = 0; c < m; c++) {
                w[c] = -Math.log(1 - rng.nextDouble()); // Exp(1); 1 - u is in (0, 1]
                sum += w[c];
            }
            for (int c = 0; c < m; c++) w[c] /= sum;
            double[] scores = DecisionMatrix.scores(norm, w);
            int[] ranks = DecisionMatrix.ranks(scores);
            for (int k = 0; k < ranks.length; k++) {
                if (ranks[k] == 1) firsts[k]++;
                if (sq >= 0 && scores[k] > scores[sq]) above[k]++;
            }
        }
        Map<String, Double> share = new LinkedHashMap<>();
        Map<String, Double> aboveSq = new LinkedHashMap<>();
        for (int k = 0; k < norm.length; k++) {
            share.put(matrix.rows().get(k).id(), (double) firsts[k] / samples);
            if (sq >= 0 && k != sq) aboveSq.put(matrix.rows().get(k).id(), (double) above[k] / samples);
        }
        return new RankRobustness(samples, seed, share, aboveSq);
    }
}
