package org.cartellab.comparison;

import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.NetworkResult;
import org.cartellab.policy.CompiledPolicy;

/** One run of the network engine under one set of lever values from a comparison start; metrics by weeks after it. */
public record PolicyRun(NetworkResult result, CompiledPolicy policy, int startWeek, double meanSentenceYears) {

    /** A metric {@code weeks} weeks after the start. */
    public double value(Metric m, int weeks) {
        int w = startWeek + weeks;
        return switch (m) {
            case MEMBERS -> result.weekly().get(WeeklyColumn.MEMBERS, w);
            case WEEKLY_CASUALTIES -> result.weekly().get(WeeklyColumn.DEATHS, w);
            case CUMULATIVE_CASUALTIES -> result.weekly().get(WeeklyColumn.CUM_DEATHS, w);
            case CUMULATIVE_INCAPACITATIONS -> result.weekly().get(WeeklyColumn.CUM_INCAPACITATIONS, w);
            case SENTENCE_YEARS -> result.weekly().get(WeeklyColumn.CUM_INCAPACITATIONS, w) * meanSentenceYears;
        };
    }

    /** A weekly column from the start to the end of the run (index = weeks after the start). */
    public double[] series(WeeklyColumn c) { return result.weekly().column(c); }

    public int weeks() { return result.weekly().lastWeek() - startWeek; }
}
