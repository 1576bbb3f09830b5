package org.cartellab.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** The binomial sampler against the exact law (chi-square goodness of fit) and at its edges. */
class BinomialSamplerTest {
    private static double fit(long n, double p, int draws) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {n, 77});
        BinomialDistribution d = BinomialDistribution.of((int) n, p);
        int lo = d.inverseCumulativeProbability(0.001);
        int hi = d.inverseCumulativeProbability(0.999);
        long[] observed = new long[hi - lo + 3];
        for (int i = 0; i < draws; i++) {
            long k = BinomialSampler.sample(rng, n, p);
            assertThat(k).isBetween(0L, n);
            int bin = k < lo ? 0 : k > hi ? observed.length - 1 : (int) (k - lo + 1);
            observed[bin]++;
        }
        double[] expected = new double[observed.length];
        expected[0] = d.cumulativeProbability(lo - 1) * draws;
        for (int k = lo; k <= hi; k++) expected[k - lo + 1] = d.probability(k) * draws;
        expected[observed.length - 1] = d.survivalProbability(hi) * draws;
        return new ChiSquareTest().chiSquareTest(expected, observed);
    }

    @Test
    void matchesTheBinomialLaw() {
        assertThat(fit(23_000, 7.14e-4, 100_000)).isGreaterThan(1e-3);
        assertThat(fit(600_000, 6.26e-4, 50_000)).isGreaterThan(1e-3);
        assertThat(fit(40, 0.3, 100_000)).isGreaterThan(1e-3);
        assertThat(fit(1000, 0.9, 100_000)).isGreaterThan(1e-3);
    }

    @Test
    void edges() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(1L);
        assertThat(BinomialSampler.sample(rng, 0, 0.5)).isZero();
        assertThat(BinomialSampler.sample(rng, 10, 0)).isZero();
        assertThat(BinomialSampler.sample(rng, 10, 1)).isEqualTo(10);
        assertThatThrownBy(() -> BinomialSampler.sample(rng, -1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BinomialSampler.sample(rng, 5, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
