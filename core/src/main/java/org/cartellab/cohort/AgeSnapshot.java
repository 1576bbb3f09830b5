package org.cartellab.cohort;

import java.time.LocalDate;

/** The active members on one date by whole year of age (index = age in years, 52 weeks to the year). */
public record AgeSnapshot(LocalDate date, int week, long[] byYearOfAge) {
    public AgeSnapshot {
        byYearOfAge = byYearOfAge.clone();
    }

    @Override
    public long[] byYearOfAge() { return byYearOfAge.clone(); }

    public long members(int ageYears) { return ageYears < 0 || ageYears >= byYearOfAge.length ? 0 : byYearOfAge[ageYears]; }

    public long total() {
        long s = 0;
        for (long v : byYearOfAge) s += v;
        return s;
    }

    /** Mean age in completed years plus one half (the midpoint of each year of age). */
    public double meanAgeYears() {
        long n = 0;
        double s = 0;
        for (int a = 0; a < byYearOfAge.length; a++) {
            n += byYearOfAge[a];
            s += byYearOfAge[a] * (a + 0.5);
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
