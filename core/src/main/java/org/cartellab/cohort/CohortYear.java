package org.cartellab.cohort;

/**
 * One calendar year of a followed birth cohort: people recruited, incapacitated, killed and leaving in weeks dated in
 * that year, and cohort members active on its first snapshot (the week containing 1 January). Shares divide by the
 * cohort size.
 */
public record CohortYear(int year, long recruited, long imprisoned, long killed, long exited, long activeOnJanuary1, double cohortSize) {
    public double recruitedShare() { return recruited / cohortSize; }

    public double imprisonedShare() { return imprisoned / cohortSize; }

    public double killedShare() { return killed / cohortSize; }

    public double exitedShare() { return exited / cohortSize; }

    public double activeShare() { return activeOnJanuary1 / cohortSize; }
}
