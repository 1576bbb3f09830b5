package org.cartellab.cohort;

import java.util.List;

/**
 * Step S2's result: the age distribution of the active on every 1 January, the followed cohort's events, final mean
 * age, and every incapacitation (all birth cohorts) from the week recording was asked for (empty if not asked).
 */
public record AgeRun(List<AgeSnapshot> snapshots, CohortEvents cohort, double finalMeanAgeWeeks, List<Incarceration> recordedArrests) {
    public AgeRun {
        snapshots = List.copyOf(snapshots);
        recordedArrests = List.copyOf(recordedArrests);
    }

    public AgeRun(List<AgeSnapshot> snapshots, CohortEvents cohort, double finalMeanAgeWeeks) {
        this(snapshots, cohort, finalMeanAgeWeeks, List.of());
    }
}
