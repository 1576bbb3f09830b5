package org.cartellab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ModelClockTest {
    @Test
    void theTwentyTwentyTwoStartIsWeek520DatedTheNineteenthOfDecember2021() {
        assertThat(ModelClock.START_2022).isEqualTo(520);
        assertThat(ModelClock.NETWORK.dateOf(ModelClock.START_2022)).isEqualTo(LocalDate.of(2021, 12, 19));
        // 1 January 2022 lies in week 521 (2021-12-26 .. 2022-01-01); the first week starting in 2022 is 522.
        assertThat(ModelClock.NETWORK.weekContaining(LocalDate.of(2022, 1, 1))).isEqualTo(521);
        assertThat(ModelClock.NETWORK.firstWeekOnOrAfter(LocalDate.of(2022, 1, 1))).isEqualTo(522);
        assertThat(ModelClock.NETWORK.dateOf(522)).isEqualTo(LocalDate.of(2022, 1, 2));
    }

    @Test
    void originsAndHorizonsOfBothModels() {
        assertThat(ModelClock.NETWORK.dateOf(0)).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(ModelClock.COHORT.dateOf(0)).isEqualTo(LocalDate.of(1965, 1, 1));
        assertThat(ModelClock.COHORT.dateOf(ModelClock.COHORT.defaultWeeks())).isEqualTo(LocalDate.of(2046, 1, 5));
        assertThat(ModelClock.COHORT.weekContaining(LocalDate.of(2022, 1, 1))).isEqualTo(2974);
        assertThat(ModelClock.COHORT.weekContaining(LocalDate.of(1964, 12, 31))).isEqualTo(-1);
        assertThat(ModelClock.of("cohort")).isSameAs(ModelClock.COHORT);
        assertThat(ModelClock.yearsAfter(ModelClock.START_2022, 5)).isEqualTo(780);
    }

    @Property
    void everyDayOfAWeekMapsBackToThatWeek(@ForAll @IntRange(min = -5000, max = 10_000) int week,
                                            @ForAll @IntRange(min = 0, max = 6) int day) {
        LocalDate d = ModelClock.COHORT.dateOf(week).plusDays(day);
        assertThat(ModelClock.COHORT.weekContaining(d)).isEqualTo(week);
        assertThat(ModelClock.COHORT.firstWeekOnOrAfter(d)).isEqualTo(day == 0 ? week : week + 1);
    }
}
