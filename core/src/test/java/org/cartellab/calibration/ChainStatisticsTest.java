package org.cartellab.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ChainStatisticsTest {
    @Test
    void effectiveSampleSizeOfIndependentAndAutoregressiveChains() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = 20_000;
        double[] iid = new double[n];
        double[] ar = new double[n];
        double phi = 0.9;
        for (int i = 0; i < n; i++) {
            iid[i] = g.sample();
            ar[i] = (i == 0 ? 0 : phi * ar[i - 1]) + g.sample();
        }
        assertThat(ChainStatistics.effectiveSampleSize(iid)).isBetween(0.85 * n, 1.0 * n);
        // AR(1): integrated autocorrelation time (1 + phi) / (1 - phi) = 19
        assertThat(ChainStatistics.effectiveSampleSize(ar)).isBetween(0.7 * n / 19, 1.3 * n / 19);
        assertThat(ChainStatistics.effectiveSampleSize(new double[] {3, 3, 3, 3})).isZero();
    }

    @Test
    void correlationOfExactlyRelatedColumns() {
        double[][] rows = {{1, 2, 5}, {2, 4, 3}, {3, 6, 1}, {4, 8, -1}};
        double[][] c = ChainStatistics.correlation(rows);
        assertThat(c[0][1]).isCloseTo(1, within(1e-12));
        assertThat(c[0][2]).isCloseTo(-1, within(1e-12));
    }
}
