package org.cartellab.cohort;

import java.time.LocalDate;
import org.cartellab.model.ModelClock;
import org.cartellab.model.WeeklyColumn;

/**
 * The figures the authors report around 2022 (docs/cohort.md), measured on a run: active members in the week containing
 * 1 January 2022, and recruits, killed and incapacitated in the 52 weeks centred on it (26 weeks before, that week and
 * 25 after). The published yearly flows are the weekly rates at 175,000 members times 52, so a year centred on the
 * date is the like-for-like comparison.
 */
public record Figures2022(long active, long recruits, long killed, long incapacitated) {
    /** Published: ~175,000 active on 1 January 2022; ~19,300 recruits, ~6,500 killed, ~5,700 incapacitated a year. */
    public static final Figures2022 PUBLISHED = new Figures2022(175_000, 19_300, 6_500, 5_700);
    public static final LocalDate DATE = LocalDate.of(2022, 1, 1);

    public static Figures2022 of(CohortTimeSeries s) {
        int w = ModelClock.COHORT.weekContaining(DATE);
        if (w + 25 > s.weeks()) throw new IllegalArgumentException("the run ends before mid-2022 (week " + (w + 25) + ")");
        return new Figures2022(s.active(w), s.sum(WeeklyColumn.RECRUITS, w - 26, w + 25), s.sum(WeeklyColumn.DEATHS, w - 26, w + 25),
                s.sum(WeeklyColumn.INCAPACITATIONS, w - 26, w + 25));
    }
}
