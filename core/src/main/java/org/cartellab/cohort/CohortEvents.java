package org.cartellab.cohort;

import java.util.List;

/**
 * What happened to one birth cohort in a run, week by week: members recruited, incapacitated, killed and leaving
 * (each person at most once per kind), every incapacitation with the age then, and the cohort's active members on
 * each snapshot date. {@code potentialActivityWeeks} is the sum over the cohort's recruits of the weeks from
 * recruitment to the end age (the authors' "maximum activity").
 */
public record CohortEvents(int birthYear, int firstBirthWeek, int lastBirthWeek, int[] recruited, int[] incapacitated,
                           int[] killed, int[] exited, List<Incarceration> incarcerations, long[] activeAtSnapshot,
                           long potentialActivityWeeks) {
    public CohortEvents {
        incarcerations = List.copyOf(incarcerations);
    }

    static long total(int[] v) {
        long s = 0;
        for (int x : v) s += x;
        return s;
    }

    public long totalRecruited() { return total(recruited); }

    public long totalIncapacitated() { return total(incapacitated); }

    public long totalKilled() { return total(killed); }

    public long totalExited() { return total(exited); }
}
