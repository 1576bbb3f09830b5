package org.cartellab.cohort;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The model weeks (from 1965-01-01, negative before) whose dates fall in one calendar year: a birth cohort's members. */
public record BirthWeeks(int year, int first, int last) {
    public static BirthWeeks of(int year) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        long d0 = ChronoUnit.DAYS.between(CohortTimeSeries.ORIGIN, jan1);
        long d1 = ChronoUnit.DAYS.between(CohortTimeSeries.ORIGIN, jan1.plusYears(1));
        return new BirthWeeks(year, (int) -Math.floorDiv(-d0, 7L), (int) -Math.floorDiv(-d1, 7L) - 1);
    }

    public boolean contains(int birthWeek) { return birthWeek >= first && birthWeek <= last; }
}
