package org.cartellab.ensemble;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cartellab.model.ModelClock;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;

/**
 * The metrics an ensemble keeps per run, and therefore its memory: N runs cost {@code 8 N metrics().size()} bytes
 * (100,000 runs of 150 metrics: 120 MB). Weekly series are kept on a grid of every {@code stride}-th week (plus the
 * last), so their bands are exact at those weeks; full trajectories are never held.
 */
public record ReportPlan(List<EnsembleMetric> metrics, int horizon) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Values kept per run (all metrics together) that {@link #standard} aims to stay within when choosing a stride. */
    public static final long DEFAULT_BUDGET = 16_000_000L;

    public ReportPlan {
        metrics = List.copyOf(metrics);
        Set<String> names = new HashSet<>();
        for (EnsembleMetric m : metrics) {
            if (!names.add(m.name())) throw new IllegalArgumentException("duplicate metric name " + m.name());
            if (m.week() > horizon) throw new IllegalArgumentException("metric " + m.name() + " at week " + m.week() + " beyond the horizon " + horizon);
        }
    }

    /**
     * Members and weekly deaths every {@code stride} weeks from 0 to the horizon (and at the horizon), then summary
     * metrics: members and weekly deaths on 1 January 2022 and 2027 when within the horizon (the 520-week baseline ends
     * on 19 December 2021, so it has neither), members and weekly deaths at the horizon, and cumulative deaths, recruits
     * and incapacitations at the horizon.
     */
    public static ReportPlan standard(int horizon, int stride) {
        if (stride < 1) throw new IllegalArgumentException("series stride must be >= 1 week, got " + stride);
        List<EnsembleMetric> m = new ArrayList<>();
        for (int w : seriesWeeks(horizon, stride)) {
            m.add(new EnsembleMetric("members@" + w, WeeklyColumn.MEMBERS, w));
            m.add(new EnsembleMetric("deaths@" + w, WeeklyColumn.DEATHS, w));
        }
        for (int year : new int[] {2022, 2027}) {
            int w = weekOf(LocalDate.of(year, 1, 1));
            if (w <= horizon) {
                m.add(new EnsembleMetric("members_" + year, WeeklyColumn.MEMBERS, w));
                m.add(new EnsembleMetric("deaths_" + year, WeeklyColumn.DEATHS, w));
            }
        }
        m.add(new EnsembleMetric("members_end", WeeklyColumn.MEMBERS, horizon));
        m.add(new EnsembleMetric("deaths_end", WeeklyColumn.DEATHS, horizon));
        m.add(new EnsembleMetric("cum_deaths", WeeklyColumn.CUM_DEATHS, horizon));
        m.add(new EnsembleMetric("cum_recruits", WeeklyColumn.CUM_RECRUITS, horizon));
        m.add(new EnsembleMetric("cum_incapacitations", WeeklyColumn.CUM_INCAPACITATIONS, horizon));
        return new ReportPlan(m, horizon);
    }

    /** {@link #standard} with the finest stride that keeps {@code runs} x metrics within {@link #DEFAULT_BUDGET}. */
    public static ReportPlan forRuns(int horizon, long runs) {
        long perRun = Math.max(16, DEFAULT_BUDGET / Math.max(1, runs));
        int points = (int) Math.max(2, (perRun - 12) / 2);
        int stride = Math.max(1, (int) Math.ceil((horizon + 1) / (double) (points - 1)));
        return standard(horizon, stride);
    }

    static List<Integer> seriesWeeks(int horizon, int stride) {
        List<Integer> w = new ArrayList<>();
        for (int t = 0; t <= horizon; t += stride) w.add(t);
        if (w.get(w.size() - 1) != horizon) w.add(horizon);
        return w;
    }

    /** Week of a calendar date in the network model's time (first week on or after it, {@link ModelClock#firstWeekOnOrAfter}). */
    public static int weekOf(LocalDate d) {
        return ModelClock.NETWORK.firstWeekOnOrAfter(d);
    }

    /** The weeks of the members series, ascending. */
    public List<Integer> seriesWeeks() {
        List<Integer> w = new ArrayList<>();
        for (EnsembleMetric m : metrics) if (m.name().startsWith("members@")) w.add(m.week());
        return w;
    }

    public int indexOf(String name) {
        for (int k = 0; k < metrics.size(); k++) if (metrics.get(k).name().equals(name)) return k;
        throw new IllegalArgumentException("no metric named " + name);
    }

    /** Every metric's value in one run's table, in plan order. */
    public double[] extract(WeeklyTable t) {
        double[] v = new double[metrics.size()];
        for (int k = 0; k < v.length; k++) v[k] = metrics.get(k).of(t);
        return v;
    }
}
