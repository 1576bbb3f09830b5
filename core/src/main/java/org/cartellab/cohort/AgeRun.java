package org.cartellab.cohort;

import java.util.List;

/** Step S2's result: the age distribution of the active on every 1 January, the followed cohort's events, final mean age. */
public record AgeRun(List<AgeSnapshot> snapshots, CohortEvents cohort, double finalMeanAgeWeeks) {
    public AgeRun {
        snapshots = List.copyOf(snapshots);
    }
}
