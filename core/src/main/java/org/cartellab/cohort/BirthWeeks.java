package org.cartellab.cohort;

import java.time.LocalDate;
import org.cartellab.model.ModelClock;

/** The model weeks (from 1965-01-01, negative before) whose dates fall in one calendar year: a birth cohort's members. */
public record BirthWeeks(int year, int first, int last) {
    public static BirthWeeks of(int year) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        return new BirthWeeks(year, ModelClock.COHORT.firstWeekOnOrAfter(jan1), ModelClock.COHORT.firstWeekOnOrAfter(jan1.plusYears(1)) - 1);
    }

    public boolean contains(int birthWeek) { return birthWeek >= first && birthWeek <= last; }
}
