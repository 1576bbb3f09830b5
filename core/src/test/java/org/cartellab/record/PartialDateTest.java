package org.cartellab.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void parsesTheThreePrecisionsAndRoundTrips() {
        assertThat(PartialDate.parse("2025-09-02").precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(PartialDate.parse("2025-09").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("2025").precision()).isEqualTo(PartialDate.Precision.YEAR);
        for (String s : new String[] {"2025-09-02", "2025-09", "2025"}) assertThat(PartialDate.parse(s)).hasToString(s);
    }

    @Test
    void refusesMalformedAndImpossibleDates() {
        assertThat(PartialDate.parse("2025-02-30")).isNull();
        assertThat(PartialDate.parse("2025-13")).isNull();
        assertThat(PartialDate.parse("25-01-01")).isNull();
        assertThat(PartialDate.parse("2025/01/01")).isNull();
        assertThat(PartialDate.parse("")).isNull();
    }

    @Test
    void aMonthSpansItsDaysAndSortsBeforeThem() {
        PartialDate month = PartialDate.parse("2026-02");
        assertThat(month.earliest()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(month.latest()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(PartialDate.parse("2024").latest()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(month).isLessThan(PartialDate.parse("2026-02-01")).isGreaterThan(PartialDate.parse("2026-01-31"));
    }
}
