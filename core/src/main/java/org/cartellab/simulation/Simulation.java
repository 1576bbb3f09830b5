package org.cartellab.simulation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.ComparisonStart;
import org.cartellab.comparison.PolicyRun;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.network.NetworkParameters;

/**
 * Runs {@link SimulatorInput}s: the history from week 0 to the start week at the base parameters (cached for the last
 * {@value #HISTORIES} base/start pairs; every slider move shares one), then the levers and the status quo from that
 * state through the comparison's single-run unit {@link ComparisonRunner#run}. From the 2022 start (week 520) the run
 * from the start is therefore exactly the one {@code compare} reports for the same lever values. Thread-safe.
 */
public final class Simulation {
    static final int HISTORIES = 16;
    static final int STATUS_QUOS = 32;
    private final PrisonYears prison;
    private final Map<String, ComparisonStart.History> histories = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ComparisonStart.History> eldest) { return size() > HISTORIES; }
    };

    private final Map<String, SimulatedRun> statusQuos = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SimulatedRun> eldest) { return size() > STATUS_QUOS; }
    };

    public Simulation(PrisonYears prison) { this.prison = prison; }

    /** With the bundled ENPOL 2021 sentences for the prison-years estimate. */
    public static Simulation bundled() { return new Simulation(PrisonYears.bundled()); }

    public PrisonYears prisonYears() { return prison; }

    /**
     * The input's levers and its status quo.
     *
     * @throws IllegalArgumentException when the cartels collapse before the start or a lever cannot be compiled
     * @throws org.cartellab.model.NumericalTroubleException when the engine fails
     */
    public SimulatorOutcome run(SimulatorInput in) {
        ComparisonStart.History h = history(in.base(), in.from());
        SimulatedRun statusQuo = statusQuo(in, h);
        SimulatedRun scenario = in.levers().isEmpty() ? statusQuo : arm(in, h);
        return new SimulatorOutcome(in, scenario, statusQuo, scenario.fromStart().policy().assumptions());
    }

    /** The status quo arm alone (the same as {@code run(in.statusQuo()).statusQuo()}). */
    public SimulatedRun statusQuo(SimulatorInput in) {
        return statusQuo(in, history(in.base(), in.from()));
    }

    /** The status quo for the input's base, start, horizon and share, cached (the last {@value #STATUS_QUOS}). */
    private SimulatedRun statusQuo(SimulatorInput in, ComparisonStart.History h) {
        String key = key(in.base(), in.from()) + "/" + in.weeks() + "/" + in.dependentShare();
        synchronized (statusQuos) {
            SimulatedRun hit = statusQuos.get(key);
            if (hit != null) return hit;
        }
        SimulatedRun run = arm(in.statusQuo(), h);
        synchronized (statusQuos) {
            statusQuos.put(key, run);
        }
        return run;
    }

    private static String key(NetworkParameters base, int from) { return java.util.Arrays.toString(base.toArray()) + "@" + from; }

    /** The input's run and status quo from a given history (an ensemble member's own; not cached). */
    SimulatorOutcome run(SimulatorInput in, ComparisonStart.History h) {
        SimulatedRun scenario = arm(in, h);
        SimulatedRun statusQuo = in.levers().isEmpty() ? scenario : arm(in.statusQuo(), h);
        return new SimulatorOutcome(in, scenario, statusQuo, scenario.fromStart().policy().assumptions());
    }

    /**
     * Only what the bands need, without building full tables: members, casualties, incapacitations and prison-years per
     * week from week 0 for the input's levers from history {@code h} (the same run as {@link #arm}).
     */
    double[][] bandSeries(SimulatorInput in, ComparisonStart.History h) {
        PolicyRun run = ComparisonRunner.run(h.start(), in.levers(), in.weeks() - in.from(), in.dependentShare(), prison.meanSentenceYears());
        WeeklyTable k = run.result().weekly();
        WeeklyColumn[] cols = {WeeklyColumn.MEMBERS, WeeklyColumn.DEATHS, WeeklyColumn.INCAPACITATIONS};
        double[][] out = new double[4][];
        double[] cum = stitch(h.weekly(), k, in.from(), in.weeks()).column(WeeklyColumn.CUM_INCAPACITATIONS);
        for (int c = 0; c < cols.length; c++) {
            double[] v = new double[in.weeks() + 1];
            System.arraycopy(h.weekly().column(cols[c]), 0, v, 0, in.from());
            System.arraycopy(k.column(cols[c]), 0, v, in.from(), in.weeks() - in.from() + 1);
            out[c] = v;
        }
        out[3] = prison.weekly(cum, in.levers(), in.from());
        return out;
    }

    SimulatedRun arm(SimulatorInput in, ComparisonStart.History h) {
        PolicyRun run = ComparisonRunner.run(h.start(), in.levers(), in.weeks() - in.from(), in.dependentShare(), prison.meanSentenceYears());
        WeeklyTable weekly = stitch(h.weekly(), run.result().weekly(), in.from(), in.weeks());
        return new SimulatedRun(weekly, run, prison.weekly(weekly.column(WeeklyColumn.CUM_INCAPACITATIONS), in.levers(), in.from()));
    }

    private ComparisonStart.History history(NetworkParameters base, int from) {
        String key = key(base, from);
        synchronized (histories) {
            ComparisonStart.History h = histories.get(key);
            if (h != null) return h;
        }
        ComparisonStart.History h = ComparisonStart.history(base, from);
        synchronized (histories) {
            histories.put(key, h);
        }
        return h;
    }

    /**
     * Weeks 0 to {@code weeks}: the history's rows before {@code from}, then the continuation's (whose first row is
     * week {@code from}); cumulative columns of the continuation are offset by the history's totals at {@code from}.
     */
    static WeeklyTable stitch(WeeklyTable history, WeeklyTable continuation, int from, int weeks) {
        Map<WeeklyColumn, double[]> columns = new EnumMap<>(WeeklyColumn.class);
        for (WeeklyColumn c : WeeklyColumn.values()) {
            double[] h = history.column(c);
            double[] k = continuation.column(c);
            double offset = cumulative(c) ? h[from] : 0;
            double[] v = new double[weeks + 1];
            System.arraycopy(h, 0, v, 0, from);
            for (int w = from; w <= weeks; w++) v[w] = offset + k[w - from];
            columns.put(c, v);
        }
        return new WeeklyTable(history.origin(), 0, columns);
    }

    private static boolean cumulative(WeeklyColumn c) {
        return c == WeeklyColumn.CUM_DEATHS || c == WeeklyColumn.CUM_RECRUITS || c == WeeklyColumn.CUM_INCAPACITATIONS || c == WeeklyColumn.CUM_EXITS;
    }
}
