package org.cartellab.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one formatter: no negative zero, one precision per kind, shares that never read 0.0 % for a few draws. */
class NumbersTest {
    @Test
    void signedPercentagesNeverShowNegativeZeroAndKeepOneDecimal() {
        assertThat(Numbers.signedPct(-0.004)).isEqualTo("0.0%");
        assertThat(Numbers.signedPct(-0.049)).isEqualTo("0.0%");
        assertThat(Numbers.signedPct(0.0)).isEqualTo("0.0%");
        assertThat(Numbers.signedPct(-0.0)).isEqualTo("0.0%");
        assertThat(Numbers.signedPct(-0.84)).isEqualTo("-0.8%");
        assertThat(Numbers.signedPct(28.63)).isEqualTo("+28.6%");
        assertThat(Numbers.signedPctRange(-0.84, -0.0001)).isEqualTo("-0.8% to 0.0%");
        assertThat(Numbers.signedPct(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void amountsAreWholeWithSeparatorsOrThreeSignificantDigitsAndZeroIsZero() {
        assertThat(Numbers.amount(-5000)).isEqualTo("-5,000");
        assertThat(Numbers.amount(0)).isEqualTo("0");
        assertThat(Numbers.amount(-0.0)).isEqualTo("0");
        assertThat(Numbers.amount(-0.0001)).isEqualTo("-0.0001");
        assertThat(Numbers.amount(0.25)).isEqualTo("0.25");
        assertThat(Numbers.amount(12.5)).isEqualTo("12.5");
        assertThat(Numbers.amount(498_409.6)).isEqualTo("498,410");
        for (double v : new double[] {-3000, -500, 0, 0.001, 1, 99.4, 100}) assertThat(Numbers.amount(v)).doesNotStartWith("-0").doesNotEndWith(".00");
    }

    @Test
    void sharesSayNoneAllOrNearlySoInsteadOfRoundingToTheEnds() {
        assertThat(Numbers.share(0)).isEqualTo("0%");
        assertThat(Numbers.share(1)).isEqualTo("100%");
        assertThat(Numbers.share(0.0001)).isEqualTo("<0.1%");
        assertThat(Numbers.share(0.9999)).isEqualTo(">99.9%");
        assertThat(Numbers.share(0.5111)).isEqualTo("51.1%");
    }
}
