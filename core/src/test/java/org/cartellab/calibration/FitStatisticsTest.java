package org.cartellab.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FitStatisticsTest {
    @Test
    void toyCaseByHand() {
        // residuals 0,0,0,-1: SSR 1, RMSE sqrt(1/4); mean 2.5, SST 2.25+0.25+0.25+2.25 = 5, R^2 = 1 - 1/5
        FitStatistics f = FitStatistics.of(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 5});
        assertThat(f.ssr()).isEqualTo(1.0);
        assertThat(f.rmse()).isCloseTo(0.5, within(1e-15));
        assertThat(f.rSquared()).isCloseTo(0.8, within(1e-15));
    }

    @Test
    void fittingTheMeanGivesZeroAndWorseGivesNegative() {
        double[] obs = {1, 2, 3, 4};
        assertThat(FitStatistics.of(obs, new double[] {2.5, 2.5, 2.5, 2.5}).rSquared()).isCloseTo(0, within(1e-15));
        assertThat(FitStatistics.of(obs, new double[] {4, 3, 2, 1}).rSquared()).isCloseTo(1 - 20.0 / 5, within(1e-15));
    }
}
