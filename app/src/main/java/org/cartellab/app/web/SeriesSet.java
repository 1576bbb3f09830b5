package org.cartellab.app.web;

import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;

/**
 * The weekly series one run contributes to a page or CSV, index = model week from week 0: members, casualties
 * (deaths), incapacitations, recruits, exits, cumulative casualties and incapacitations since week 0 and since the
 * levers' start {@code from} (NaN before it), the prison-years estimate; {@code collapseWeek} is null unless total
 * members fell below one.
 */
public record SeriesSet(int from, double[] members, double[] deaths, double[] incapacitations, double[] recruits, double[] exits,
                        double[] cumDeaths, double[] cumIncapacitations, double[] cumDeathsFromStart, double[] cumIncapacitationsFromStart,
                        double[] prisonYears, Double collapseWeek) {

    /**
     * From a table covering weeks 0 to the horizon, the table of the run from the levers' start (its cumulative columns
     * count from there; null for a run with no separate start, whose counts from week 0 are used), and prison-years.
     */
    static SeriesSet of(WeeklyTable weekly, WeeklyTable fromStart, int from, double[] prisonYears, Double collapseWeek) {
        int n = weekly.rows();
        double[] cd = new double[n];
        double[] ci = new double[n];
        java.util.Arrays.fill(cd, Double.NaN);
        java.util.Arrays.fill(ci, Double.NaN);
        WeeklyTable k = fromStart == null ? weekly : fromStart;
        double[] kd = k.column(WeeklyColumn.CUM_DEATHS);
        double[] ki = k.column(WeeklyColumn.CUM_INCAPACITATIONS);
        int offset = fromStart == null ? 0 : from;
        for (int w = from; w < n; w++) {
            cd[w] = kd[w - offset];
            ci[w] = ki[w - offset];
        }
        return new SeriesSet(from, weekly.column(WeeklyColumn.MEMBERS), weekly.column(WeeklyColumn.DEATHS), weekly.column(WeeklyColumn.INCAPACITATIONS),
                weekly.column(WeeklyColumn.RECRUITS), weekly.column(WeeklyColumn.EXITS), weekly.column(WeeklyColumn.CUM_DEATHS),
                weekly.column(WeeklyColumn.CUM_INCAPACITATIONS), cd, ci, prisonYears, collapseWeek);
    }

    /** Values rounded to 0.01 (for JSON sent to pages; CSV downloads keep full precision). */
    static double[] rounded(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Math.round(v[i] * 100) / 100.0;
        return out;
    }
}
