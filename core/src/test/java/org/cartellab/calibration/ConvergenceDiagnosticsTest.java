package org.cartellab.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Split-R-hat and multi-chain ESS on chains whose answer is known. */
class ConvergenceDiagnosticsTest {
    private static double[][] iid(int chains, int n, long seed, double[] means) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] c = new double[chains][n];
        for (int j = 0; j < chains; j++) for (int t = 0; t < n; t++) c[j][t] = means[j] + g.sample();
        return c;
    }

    @Test
    void chainsFromOneKnownDistributionHaveRhatNearOneAndFullEss() {
        double[][] c = iid(4, 2000, 5, new double[] {0, 0, 0, 0});
        assertThat(ConvergenceDiagnostics.splitRhat(c)).isBetween(0.99, 1.01);
        // independent draws: ESS close to the 8,000 draws
        assertThat(ConvergenceDiagnostics.effectiveSampleSize(c)).isBetween(0.85 * 8000, 8000.0);
    }

    @Test
    void chainsStuckInDifferentPlacesHaveRhatAboveOnePointOne() {
        double[][] c = iid(4, 1000, 6, new double[] {0, 0, 3, 3});
        assertThat(ConvergenceDiagnostics.splitRhat(c)).isGreaterThan(1.1);
        // and the ESS collapses far below the draw count
        assertThat(ConvergenceDiagnostics.effectiveSampleSize(c)).isLessThan(400);
    }

    @Test
    void aChainThatDriftsWithinItselfIsCaughtBySplitting() {
        int n = 2000;
        double[][] c = new double[1][n];
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int t = 0; t < n; t++) c[0][t] = 4.0 * t / n + 0.5 * g.sample(); // a trend: not stationary
        assertThat(ConvergenceDiagnostics.splitRhat(c)).isGreaterThan(1.1);
    }

    @Test
    void autoregressiveChainsHaveTheirKnownEss() {
        // AR(1) with phi = 0.8: integrated autocorrelation time (1 + phi) / (1 - phi) = 9
        int chains = 4;
        int n = 20_000;
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(8L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] c = new double[chains][n];
        for (int j = 0; j < chains; j++) for (int t = 0; t < n; t++) c[j][t] = (t == 0 ? 0 : 0.8 * c[j][t - 1]) + g.sample();
        double expected = chains * n / 9.0;
        assertThat(ConvergenceDiagnostics.effectiveSampleSize(c)).isBetween(0.85 * expected, 1.15 * expected);
        assertThat(ConvergenceDiagnostics.splitRhat(c)).isBetween(0.99, 1.01);
    }

    @Test
    void stuckChainsCannotPass() {
        double[][] c = {{2, 2, 2, 2, 2, 2}, {2, 2, 2, 2, 2, 2}};
        assertThat(ConvergenceDiagnostics.splitRhat(c)).isNaN();
        assertThat(ConvergenceDiagnostics.effectiveSampleSize(c)).isZero();
    }
}
