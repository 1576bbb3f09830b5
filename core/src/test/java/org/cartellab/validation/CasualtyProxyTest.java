package org.cartellab.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cartellab.calibration.CalibrationTarget;
import org.cartellab.data.BundledData;
import org.cartellab.data.NationalYear;
import org.cartellab.data.TrendYear;
import org.junit.jupiter.api.Test;

/** The extended series, the homicide-based proxy and the targets built from them. */
class CasualtyProxyTest {
    private static final List<NationalYear> SERIES = BundledData.national();

    @Test
    void theExtendedSeriesRepeatsTheCalibrationDataAndAddsInegiHomicides() {
        List<TrendYear> trends = BundledData.trends();
        for (int i = 0; i < trends.size(); i++) {
            NationalYear y = SERIES.get(i);
            assertThat(y.year()).isEqualTo(trends.get(i).year());
            assertThat(y.homicides()).isEqualTo(trends.get(i).homicides());
            assertThat(y.missing().getAsDouble()).isEqualTo(trends.get(i).missing());
        }
        NationalYear y2024 = CasualtyProxy.find(SERIES, 2024);
        assertThat(y2024.homicides()).isEqualTo(33_550);
        assertThat(y2024.definitive()).isTrue();
        assertThat(y2024.missing()).isEmpty();
    }

    @Test
    void theProxyScalesThe2021TargetByHomicides() {
        MissingRatio r = CasualtyProxy.ratio(SERIES);
        assertThat(r.central()).isCloseTo(22_470.0 / 35_625, within(1e-12));
        assertThat(r.low()).isCloseTo(10_760.0 / 25_967, within(1e-12));
        assertThat(r.high()).isCloseTo(17_887.0 / 20_013, within(1e-12));
        ObservedCasualties y2021 = CasualtyProxy.of(CasualtyProxy.find(SERIES, 2021), r);
        ObservedCasualties y2022 = CasualtyProxy.of(CasualtyProxy.find(SERIES, 2022), r);
        assertThat(y2021.proxy()).isFalse();
        assertThat(y2022.proxy()).isTrue();
        assertThat(y2022.value()).isCloseTo(y2021.value() * 33_287 / 35_625, within(1e-9));
        assertThat(y2022.low()).isLessThan(y2022.value());
        assertThat(y2022.high()).isGreaterThan(y2022.value());
    }

    @Test
    void aTargetThrough2021IsThePapersTarget() {
        CalibrationTarget paper = CalibrationTarget.fromTrends(BundledData.trends());
        CalibrationTarget ours = ExtendedCalibration.target(SERIES, 2021);
        assertThat(ours.casualties()).isEqualTo(paper.casualties());
        assertThat(ours.knotWeeks()).isEqualTo(paper.knotWeeks());
        CalibrationTarget holdout = ExtendedCalibration.target(SERIES, 2018);
        assertThat(holdout.knotWeeks()).hasSize(7);
        assertThat(holdout.weeks()).isEqualTo(364); // spline points 2012.0 .. 2018.99 at the paper's spacing
        for (int k = 0; k < 300; k++) assertThat(holdout.casualties()[k]).isNotNaN();
    }

    @Test
    void aYearWithoutDefinitiveDataIsRefusedWithTheRangeThatExists() {
        assertThatThrownBy(() -> ExtendedCalibration.target(SERIES, 2025)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025").hasMessageContaining("2012-2024");
        assertThatThrownBy(() -> ExtendedCalibration.target(SERIES, 2015)).hasMessageContaining("2017");
    }
}
