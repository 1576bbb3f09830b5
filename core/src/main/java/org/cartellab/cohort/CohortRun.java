package org.cartellab.cohort;

import org.cartellab.model.WeeklyTable;

/** One seeded run of the cohort model: the weekly counts (S1), the ages (S2) and the followed birth cohort. */
public record CohortRun(CohortTimeSeries series, AgeRun ages, BirthCohortOutcome cohort) {
    /** Runs S1 then S2, each on its own stream of {@code seed}. */
    public static CohortRun simulate(CohortRates rates, long seed) {
        CohortTimeSeries series = CohortTimeSeries.simulate(rates, seed);
        AgeRun ages = AgeAssignment.assign(series, seed);
        return new CohortRun(series, ages, BirthCohortOutcome.of(series, ages));
    }

    public WeeklyTable weekly() { return series.table(); }
}
