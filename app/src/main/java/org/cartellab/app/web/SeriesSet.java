package org.cartellab.app.web;

import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.NetworkResult;

/**
 * The weekly series one run contributes to a page: members, casualties (deaths), incapacitations, recruits and exits,
 * from week 0, with cumulative casualties and incapacitations since week 0; {@code collapseWeek} is null unless total
 * members fell below one.
 */
public record SeriesSet(double[] members, double[] deaths, double[] incapacitations, double[] recruits, double[] exits,
                        double[] cumDeaths, double[] cumIncapacitations, Double collapseWeek) {

    public static SeriesSet of(NetworkResult r) {
        return new SeriesSet(r.weekly().column(WeeklyColumn.MEMBERS), r.weekly().column(WeeklyColumn.DEATHS),
                r.weekly().column(WeeklyColumn.INCAPACITATIONS), r.weekly().column(WeeklyColumn.RECRUITS),
                r.weekly().column(WeeklyColumn.EXITS), r.weekly().column(WeeklyColumn.CUM_DEATHS),
                r.weekly().column(WeeklyColumn.CUM_INCAPACITATIONS), r.collapsed() ? r.collapseWeek() : null);
    }

    /** A copy with every value rounded to 0.01 (for JSON sent to pages; CSV downloads keep full precision). */
    public SeriesSet rounded() {
        return new SeriesSet(round(members), round(deaths), round(incapacitations), round(recruits), round(exits), round(cumDeaths),
                round(cumIncapacitations), collapseWeek);
    }

    private static double[] round(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Math.round(v[i] * 100) / 100.0;
        return out;
    }
}
