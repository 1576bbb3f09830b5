package org.cartellab.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cartellab.uncertainty.Spread;
import org.junit.jupiter.api.Test;

/** Error metrics and coverage on numbers worked out by hand. */
class BacktestMetricsTest {
    @Test
    void maeMapeBiasAndRmseOfKnownErrors() {
        // errors +10, -5, +20 against observations 100, 50, 200
        BacktestMetrics m = BacktestMetrics.of(new double[] {110, 45, 220}, new double[] {100, 50, 200},
                new boolean[] {true, false, false}, new boolean[] {true, true, false});
        assertThat(m.n()).isEqualTo(3);
        assertThat(m.mae()).isCloseTo(35.0 / 3, within(1e-12));
        assertThat(m.mapePct()).isCloseTo((10.0 + 10.0 + 10.0) / 3, within(1e-12));
        assertThat(m.bias()).isCloseTo(25.0 / 3, within(1e-12));
        assertThat(m.rmse()).isCloseTo(Math.sqrt((100 + 25 + 400) / 3.0), within(1e-12));
        assertThat(m.coverage50()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.coverage90()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void aPerfectForecastHasZeroErrorAndFullCoverage() {
        BacktestMetrics m = BacktestMetrics.of(new double[] {5, 6}, new double[] {5, 6}, new boolean[] {true, true}, new boolean[] {true, true});
        assertThat(m.mae()).isZero();
        assertThat(m.bias()).isZero();
        assertThat(m.coverage50()).isEqualTo(1.0);
    }

    @Test
    void bandMembershipIncludesTheEdgesAndNothingOutside() {
        Spread s = new Spread(10, 20, 25, 30, 40);
        assertThat(YearForecast.in50(s, 20)).isTrue();
        assertThat(YearForecast.in50(s, 30)).isTrue();
        assertThat(YearForecast.in50(s, 19.999)).isFalse();
        assertThat(YearForecast.in50(s, 35)).isFalse();
        assertThat(YearForecast.in90(s, 35)).isTrue();
        assertThat(YearForecast.in90(s, 40.001)).isFalse();
        assertThat(YearForecast.in90(s, 9.999)).isFalse();
    }

    @Test
    void metricsFromForecastsUseThePredictiveMedianAndTheChosenEndOfTheProxyRange() {
        Spread band = new Spread(80, 95, 100, 105, 120);
        ObservedCasualties obs = new ObservedCasualties(2022, 90, 70, 110, 33_000, true, "proxy");
        YearForecast y = new YearForecast(obs, band, band, false, true, 0, 0);
        BacktestMetrics central = BacktestMetrics.of(List.of(y), 0);
        assertThat(central.bias()).isEqualTo(10.0);
        assertThat(central.coverage50()).isZero();
        assertThat(central.coverage90()).isEqualTo(1.0);
        BacktestMetrics low = BacktestMetrics.of(List.of(y), -1);
        assertThat(low.bias()).isEqualTo(30.0);
        assertThat(low.coverage90()).isZero(); // 70 lies below the 5 % quantile
        BacktestMetrics high = BacktestMetrics.of(List.of(y), 1);
        assertThat(high.bias()).isEqualTo(-10.0);
        assertThat(high.coverage90()).isEqualTo(1.0);
        assertThat(high.coverage50()).isZero(); // 110 is above the 75 % quantile
    }

    @Test
    void refusesMismatchedOrNonPositiveInput() {
        assertThatThrownBy(() -> BacktestMetrics.of(new double[] {1}, new double[] {1, 2}, new boolean[2], new boolean[2]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BacktestMetrics.of(new double[] {1}, new double[] {0}, new boolean[1], new boolean[1]))
                .hasMessageContaining("positive");
    }
}
