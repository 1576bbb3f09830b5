package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Number formatting in the output CSVs: rounding noise around zero is not shown as a negative, real negatives are. */
class WeeklyCsvTest {
    @Test
    void roundingNoiseBelowZeroPrintsAsZeroButRealNegativesShow() {
        assertThat(WeeklyCsv.number(-5.4e-16)).isEqualTo("0.000000");
        assertThat(WeeklyCsv.number(0)).isEqualTo("0.000000");
        assertThat(WeeklyCsv.number(-1e-3)).isEqualTo("-0.001000");
        assertThat(WeeklyCsv.number(173836.95368089364)).isEqualTo("173836.953681");
    }

    @Test
    void theHeaderIsTheContract() {
        assertThat(WeeklyCsv.header()).startsWith("week,date,members,deaths,recruits,incapacitations,exits,");
    }
}
