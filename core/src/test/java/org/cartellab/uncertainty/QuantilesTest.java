package org.cartellab.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cartellab.ensemble.Band;
import org.cartellab.ensemble.EnsembleMetric;
import org.cartellab.model.WeeklyColumn;
import org.junit.jupiter.api.Test;

class QuantilesTest {
    @Test
    void matchesRsDefaultDefinition7() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // R: quantile(1:10, c(.05, .25, .5, .75, .95)) = 1.45 3.25 5.50 7.75 9.55
        assertThat(Quantiles.ofSorted(x, 0.05)).isCloseTo(1.45, within(1e-12));
        assertThat(Quantiles.ofSorted(x, 0.25)).isCloseTo(3.25, within(1e-12));
        assertThat(Quantiles.ofSorted(x, 0.50)).isCloseTo(5.50, within(1e-12));
        assertThat(Quantiles.ofSorted(x, 0.75)).isCloseTo(7.75, within(1e-12));
        assertThat(Quantiles.ofSorted(x, 0.95)).isCloseTo(9.55, within(1e-12));
        assertThat(Quantiles.ofSorted(x, 1.0)).isEqualTo(10);
        assertThat(Quantiles.ofSorted(new double[] {3}, 0.3)).isEqualTo(3);
    }

    @Test
    void bandSortsAndAverages() {
        Band b = Band.of(new EnsembleMetric("m", WeeklyColumn.MEMBERS, 0), new double[] {10, 1, 9, 2, 8, 3, 7, 4, 6, 5});
        assertThat(b.mean()).isEqualTo(5.5);
        assertThat(b.q50()).isEqualTo(5.5);
        assertThat(b.q05()).isCloseTo(1.45, within(1e-12));
        assertThat(b.q95()).isCloseTo(9.55, within(1e-12));
    }

    @Test
    void unsortedValuesAndTheCentralNinetyFivePercentRange() {
        double[] x = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
        // R: quantile(1:10, c(.025, .5, .975)) = 1.225 5.5 9.775
        assertThat(Quantiles.of(x, 0.025)).isCloseTo(1.225, within(1e-12));
        assertThat(Quantiles.of(x, 0.975)).isCloseTo(9.775, within(1e-12));
        assertThat(x[0]).as("the input is not sorted in place").isEqualTo(10);
        Spread s = Spread.of(x);
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(s.low()).isCloseTo(1.225, within(1e-12));
        assertThat(s.p5()).isCloseTo(1.45, within(1e-12));
        assertThat(s.median()).isEqualTo(5.5);
        assertThat(s.high()).isCloseTo(9.775, within(1e-12));
        assertThatThrownBy(() -> Spread.of(new double[] {1, Double.NaN})).isInstanceOf(IllegalArgumentException.class);
        assertThat(Spread.orUndefined(new double[] {1, Double.POSITIVE_INFINITY}).mean()).isNaN();
    }
}
