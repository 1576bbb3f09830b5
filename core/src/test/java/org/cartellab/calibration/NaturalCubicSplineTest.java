package org.cartellab.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.cartellab.data.BundledData;
import org.junit.jupiter.api.Test;

class NaturalCubicSplineTest {
    private static final double[] YEARS = {2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021};

    private static double[] casualtiesPerWeek() {
        return BundledData.trends().stream().mapToDouble(t -> 0.1 * (t.homicides() + t.missing()) / 52).toArray();
    }

    @Test
    void passesThroughTheYearlyKnots() {
        double[] y = casualtiesPerWeek();
        NaturalCubicSpline s = new NaturalCubicSpline(YEARS, y);
        for (int i = 0; i < YEARS.length; i++) assertThat(s.value(YEARS[i])).isCloseTo(y[i], within(1e-9));
    }

    /**
     * Values printed by R 4.x: {@code spline(2012:2021, y, n = 520, method = "natural", xmin = 2012, xmax = 2022)$y}
     * at indices 1, 2, 52, 100, 260, 467, 468, 469, 500, 519, 520, and splinefun(..., "natural") at 2011 and 2023.
     */
    @Test
    void reproducesRsNaturalSplineIncludingBeyondTheLastKnot() {
        double[] v = CalibrationTarget.fromTrends(BundledData.trends()).casualties();
        int[] index = {1, 2, 52, 100, 260, 467, 468, 469, 500, 519, 520};
        double[] r = {70.6288461538462, 70.8346900224740, 78.1976131439483, 73.7551029274785, 94.8969872363103,
                111.7812399664587, 111.7266159782673, 111.6719946753165, 109.9787343464816, 108.9409296288091,
                108.8863083278788};
        for (int i = 0; i < index.length; i++) assertThat(v[index[i] - 1]).as("R index %d", index[i]).isCloseTo(r[i], within(1e-9));
        NaturalCubicSpline s = new NaturalCubicSpline(YEARS, casualtiesPerWeek());
        assertThat(s.value(2011)).isCloseTo(59.944402847738, within(1e-9));
        assertThat(s.value(2023)).isCloseTo(106.051462809604, within(1e-9));
        assertThat(s.rightSlope()).isCloseTo(-2.83484551827505, within(1e-9));
    }

    @Test
    void reproducesRsArrestSpline() {
        double[] v = CalibrationTarget.fromTrends(BundledData.trends()).arrests();
        assertThat(v[0]).isCloseTo(98.5913461538462, within(1e-9));
        assertThat(v[299]).isCloseTo(100.7655776062825, within(1e-9));
        assertThat(v[519]).isCloseTo(131.1228016116945, within(1e-9));
    }

    @Property(tries = 50)
    void extendsLinearlyWithTheEndSlope(@ForAll @DoubleRange(min = 0.01, max = 5) double beyond) {
        NaturalCubicSpline s = new NaturalCubicSpline(YEARS, casualtiesPerWeek());
        double end = 2021;
        double y = s.value(end);
        assertThat(s.value(end + beyond)).isCloseTo(y + s.rightSlope() * beyond, within(1e-9));
        // the slope just inside the last knot agrees with the extension's slope (continuous first derivative)
        double inside = (y - s.value(end - 1e-6)) / 1e-6;
        assertThat(inside).isCloseTo(s.rightSlope(), within(1e-4));
        assertThat(s.value(2012 - beyond)).isCloseTo(s.value(2012) - s.leftSlope() * beyond, within(1e-9));
    }

    @Test
    void rejectsKnotsOutOfOrder() {
        assertThatThrownBy(() -> new NaturalCubicSpline(new double[] {1, 3, 2}, new double[] {0, 0, 0}))
                .hasMessageContaining("increase strictly");
    }
}
