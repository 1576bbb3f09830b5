package org.cartellab.network;

import java.util.Arrays;
import org.cartellab.model.ModelClock;
import org.cartellab.model.NumericalTroubleException;
import org.cartellab.model.WeeklyTable;
import org.cartellab.model.WeeklyTableBuilder;

/**
 * Accumulates the weekly rows of one run: totals, the four flows (weekly rates at that instant, from the same
 * arithmetic as the right-hand side), the four integrated cumulative flows, and optionally every organisation's size.
 * Not thread-safe; one per run.
 */
final class WeeklyRecorder {
    private final int firstWeek;
    private final WeeklyTableBuilder table;
    private final double[][] cartelSeries;
    private final double[] rates = new double[NetworkDynamics.RATES];

    WeeklyRecorder(int firstWeek, int rows, boolean keepCartels) {
        this.firstWeek = firstWeek;
        this.table = new WeeklyTableBuilder(ModelClock.NETWORK, firstWeek, rows);
        this.cartelSeries = keepCartels ? new double[rows][] : null;
    }

    /** Records week {@code week} from members and cumulative flows given separately (a zero-length run). */
    void record(double week, double[] cartels, double[] cumulative, NetworkDynamics dynamics) {
        int n = cartels.length;
        double[] y = Arrays.copyOf(cartels, n + 4);
        System.arraycopy(cumulative, 0, y, n, 4);
        recordState(week, y, dynamics);
    }

    /**
     * Records week {@code week} from the full state y (members, then the four cumulative flows); y is not kept.
     *
     * @throws org.cartellab.model.NumericalTroubleException if the state has a non-finite component or a negative
     *                                                       population
     */
    void recordState(double week, double[] y, NetworkDynamics dynamics) {
        int k = (int) week - firstWeek;
        int n = dynamics.cartels();
        dynamics.weeklyRates(week, y, rates);
        double cumulative = y[n] + y[n + 1] + y[n + 2] + y[n + 3];
        if (!Double.isFinite(rates[NetworkDynamics.TOTAL] + cumulative) || rates[NetworkDynamics.SMALLEST] < -NetworkSimulator.NEGATIVE_SLACK) {
            NetworkSimulator.check(week, y, n); // names the offending component
        }
        store(k, rates, y[n + NetworkDynamics.CUM_RECRUITS], y[n + NetworkDynamics.CUM_INCAPACITATIONS],
                y[n + NetworkDynamics.CUM_DEATHS], y[n + NetworkDynamics.CUM_EXITS]);
        if (cartelSeries != null) cartelSeries[k] = Arrays.copyOf(y, n);
    }

    /** Whether per-organisation series are kept (then {@link #recordRow} needs the members). */
    boolean keepsCartels() { return cartelSeries != null; }

    /**
     * Records week {@code week} from row quantities already computed: {@code rates} as filled by
     * NetworkDynamics.weeklyRates, the four cumulative flows, and, if series are kept, the full state (members,
     * then cumulative flows; copied), otherwise null.
     *
     * @throws org.cartellab.model.NumericalTroubleException if a total is not finite
     */
    void recordRow(double week, double[] rates, double[] cumulative, double[] state) {
        int k = (int) week - firstWeek;
        double sum = cumulative[0] + cumulative[1] + cumulative[2] + cumulative[3];
        for (int r = 0; r < 5; r++) sum += rates[r];
        if (!Double.isFinite(sum)) {
            throw new NumericalTroubleException(week, "the weekly totals are not finite (members "
                    + rates[NetworkDynamics.TOTAL] + ", casualties " + rates[1 + NetworkDynamics.CUM_DEATHS] + ")");
        }
        store(k, rates, cumulative[NetworkDynamics.CUM_RECRUITS], cumulative[NetworkDynamics.CUM_INCAPACITATIONS],
                cumulative[NetworkDynamics.CUM_DEATHS], cumulative[NetworkDynamics.CUM_EXITS]);
        if (cartelSeries != null) {
            if (state == null) throw new IllegalArgumentException("per-organisation series are kept: the state is needed");
            cartelSeries[k] = Arrays.copyOf(state, state.length - 4);
        }
    }

    private void store(int k, double[] rates, double cumR, double cumI, double cumD, double cumE) {
        table.flows(k, rates[NetworkDynamics.TOTAL], rates[1 + NetworkDynamics.CUM_DEATHS], rates[1 + NetworkDynamics.CUM_RECRUITS],
                rates[1 + NetworkDynamics.CUM_INCAPACITATIONS], rates[1 + NetworkDynamics.CUM_EXITS]);
        table.cumulative(k, cumD, cumR, cumI, cumE);
    }

    /** After a collapse: zero members and flows, cumulative sums frozen, from the first week after it. */
    void fillCollapsed(double collapseWeek, int n, double[] cumulative) {
        for (int k = Math.max(0, (int) Math.floor(collapseWeek) + 1 - firstWeek); k < table.rows(); k++) {
            table.flows(k, 0, 0, 0, 0, 0);
            table.cumulative(k, cumulative[NetworkDynamics.CUM_DEATHS], cumulative[NetworkDynamics.CUM_RECRUITS],
                    cumulative[NetworkDynamics.CUM_INCAPACITATIONS], cumulative[NetworkDynamics.CUM_EXITS]);
            if (cartelSeries != null) cartelSeries[k] = new double[n];
        }
    }

    WeeklyTable table() { return table.build(); }

    double[][] cartelSeries() { return cartelSeries; }
}
