package org.cartellab.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cartellab.model.NumericalTroubleException;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * Integrates the network model with Hipparchus's Dormand-Prince 8(5,3) integrator and samples it every week.
 * The integrator restarts at every parameter breakpoint and structural event, so it never steps across a jump.
 * Stateless and thread-safe: every call builds its own integrator.
 */
public final class NetworkSimulator {
    /** Week 0 of the network model. */
    public static final LocalDate ORIGIN = LocalDate.of(2012, 1, 1);

    /**
     * Below this many members in all, the model has collapsed: {@code eta / T} diverges and the equations no longer
     * describe organisations. The run stops there, reports the week, and records zero members afterwards.
     */
    public static final double COLLAPSE_MEMBERS = 1.0;

    public NetworkResult run(NetworkRun run) {
        ConflictNetwork network = run.network();
        double[] members = run.initialMembers() != null ? run.initialMembers()
                : network.initialMembers(run.parameters().at(run.startWeek()).initialMembers());
        int rows = run.endWeek() - run.startWeek() + 1;
        Recorder rec = new Recorder(run.startWeek(), rows, run.keepCartelSeries());
        double[] cumulative = new double[4];

        double[] boundaries = boundaries(run);
        List<NetworkEvent> events = new ArrayList<>(run.events());
        events.sort((a, b) -> Integer.compare(a.week(), b.week()));
        int nextEvent = 0;
        double collapse = Double.NaN;
        int evaluations = 0;

        for (int s = 0; s + 1 < boundaries.length || s == 0; s++) {
            double t0 = boundaries[s];
            double t1 = s + 1 < boundaries.length ? boundaries[s + 1] : t0;
            while (nextEvent < events.size() && events.get(nextEvent).week() == t0) {
                NetworkState after = events.get(nextEvent++).apply(new NetworkState(network, members));
                network = after.network();
                members = after.members();
            }
            NetworkDynamics dynamics = new NetworkDynamics(network, run.parameters());
            boolean last = s + 2 >= boundaries.length;
            if (t1 <= t0) { // zero-length run
                rec.record(t0, members, cumulative, dynamics);
                break;
            }
            // The integrator's last stages sit at t1, where a parameter may already have jumped; it integrates the
            // segment with the values from just before t1, so nothing after a breakpoint leaks into the weeks before.
            ParameterPath path = run.parameters();
            double end = t1;
            NetworkDynamics integrand = new NetworkDynamics(network, week -> path.at(Math.min(week, Math.nextDown(end))));
            Segment segment = integrate(integrand, dynamics, run.tolerances(), t0, t1, members, cumulative, rec, last);
            evaluations += segment.evaluations;
            members = segment.members;
            cumulative = segment.cumulative;
            if (segment.collapsedAt >= 0) {
                collapse = segment.collapsedAt;
                Arrays.fill(members, 0);
                rec.fillCollapsed(collapse, members.length, cumulative);
                break;
            }
            if (last) break;
        }
        return new NetworkResult(rec.table(), new NetworkState(network, members), rec.cartelSeries(), collapse, evaluations);
    }

    private static double[] boundaries(NetworkRun run) {
        TreeSet<Double> b = new TreeSet<>();
        b.add((double) run.startWeek());
        b.add((double) run.endWeek());
        for (double t : run.parameters().breakpoints()) if (t > run.startWeek() && t < run.endWeek()) b.add(t);
        for (NetworkEvent e : run.events()) b.add((double) e.week());
        return b.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private record Segment(double[] members, double[] cumulative, double collapsedAt, int evaluations) {}

    private static Segment integrate(NetworkDynamics integrand, NetworkDynamics dynamics, Tolerances tol, double t0,
                                     double t1, double[] members,
                                     double[] cumulative, Recorder rec, boolean lastSegment) {
        int n = dynamics.cartels();
        double[] y0 = new double[n + 4];
        System.arraycopy(members, 0, y0, 0, n);
        System.arraycopy(cumulative, 0, y0, n, 4);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-9, t1 - t0, tol.absolute(), tol.relative());
        integrator.setMaxEvaluations(2_000_000);
        CollapseDetector collapse = new CollapseDetector(n);
        integrator.addEventDetector(collapse);
        integrator.addStepHandler(new WeeklySampler(dynamics, rec, t0, t1, lastSegment));
        ODEStateAndDerivative end;
        try {
            end = integrator.integrate(integrand, new ODEState(t0, y0), t1);
        } catch (MathIllegalStateException e) {
            throw new NumericalTroubleException(integrator.getStepStart() == null ? t0 : integrator.getStepStart().getTime(),
                    "the integrator failed (" + e.getMessage() + ")", e);
        }
        double[] y = end.getPrimaryState();
        check(end.getTime(), y, n);
        return new Segment(Arrays.copyOf(y, n), Arrays.copyOfRange(y, n, n + 4),
                collapse.fired ? end.getTime() : -1, integrator.getEvaluations());
    }

    static void check(double t, double[] y, int n) {
        double sum = 0;
        double min = 0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i];
            if (i < n) min = Math.min(min, y[i]);
        }
        if (!Double.isFinite(sum)) {
            for (int i = 0; i < y.length; i++) {
                if (!Double.isFinite(y[i])) throw new NumericalTroubleException(t, "state component " + i + " is " + y[i]);
            }
        }
        // The equations keep every C_i >= 0 (dC_i/dt is proportional to C_i); a negative value is solver error.
        if (min < -NEGATIVE_SLACK) {
            for (int i = 0; i < n; i++) {
                if (y[i] < -NEGATIVE_SLACK) throw new NumericalTroubleException(t, "organisation " + i + " has negative members (" + y[i] + ")");
            }
        }
    }

    /** How far below zero (in members) rounding may take an organisation before it counts as a negative population. */
    static final double NEGATIVE_SLACK = 1e-6;

    /** Records integer weeks in [t0, t1) of each segment, and t1 too for the last one. */
    private static final class WeeklySampler implements ODEStepHandler {
        private final NetworkDynamics dynamics;
        private final Recorder rec;
        private final double t1;
        private final boolean last;
        private double nextWeek;

        WeeklySampler(NetworkDynamics dynamics, Recorder rec, double t0, double t1, boolean last) {
            this.dynamics = dynamics;
            this.rec = rec;
            this.t1 = t1;
            this.last = last;
            this.nextWeek = Math.ceil(t0);
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            double end = interpolator.getCurrentState().getTime();
            while (nextWeek <= end && (nextWeek < t1 || (last && nextWeek <= t1))) {
                ODEStateAndDerivative s = nextWeek == end ? interpolator.getCurrentState()
                        : nextWeek == interpolator.getPreviousState().getTime() ? interpolator.getPreviousState()
                        : interpolator.getInterpolatedState(nextWeek);
                double[] y = s.getPrimaryState();
                check(nextWeek, y, dynamics.cartels());
                rec.recordState(nextWeek, y, dynamics);
                nextWeek += 1;
            }
        }
    }

    /** Stops the integration when total members fall to {@link #COLLAPSE_MEMBERS}. */
    private static final class CollapseDetector implements ODEEventDetector {
        private final int n;
        boolean fired;

        CollapseDetector(int n) { this.n = n; }

        @Override
        public AdaptableInterval getMaxCheckInterval() { return s -> Double.POSITIVE_INFINITY; }

        @Override
        public int getMaxIterationCount() { return 100; }

        @Override
        public BracketedUnivariateSolver<UnivariateFunction> getSolver() { return new BracketingNthOrderBrentSolver(1e-10, 1e-6, 1e-12, 5); }

        @Override
        public ODEEventHandler getHandler() {
            return (state, detector, increasing) -> {
                fired = true;
                return Action.STOP;
            };
        }

        @Override
        public double g(ODEStateAndDerivative state) {
            double[] y = state.getPrimaryState();
            double total = 0;
            for (int i = 0; i < n; i++) total += y[i];
            return total - COLLAPSE_MEMBERS;
        }
    }

    /** Accumulates the weekly rows. */
    private static final class Recorder {
        private final int firstWeek;
        private final Map<WeeklyColumn, double[]> columns = new EnumMap<>(WeeklyColumn.class);
        private final double[][] cartelSeries;
        private double[] dy = new double[0];

        Recorder(int firstWeek, int rows, boolean keepCartels) {
            this.firstWeek = firstWeek;
            for (WeeklyColumn c : WeeklyColumn.values()) columns.put(c, new double[rows]);
            this.cartelSeries = keepCartels ? new double[rows][] : null;
        }

        void record(double week, double[] members, double[] cumulative, NetworkDynamics dynamics) {
            int n = members.length;
            double[] y = new double[n + 4];
            System.arraycopy(members, 0, y, 0, n);
            System.arraycopy(cumulative, 0, y, n, 4);
            recordState(week, y, dynamics);
        }

        void recordState(double week, double[] y, NetworkDynamics dynamics) {
            int k = (int) week - firstWeek;
            int n = dynamics.cartels();
            if (dy.length != n + 4) dy = new double[n + 4];
            dynamics.flows(week, y, dy);
            double total = 0;
            for (int i = 0; i < n; i++) total += y[i];
            set(WeeklyColumn.MEMBERS, k, total);
            set(WeeklyColumn.RECRUITS, k, dy[n + NetworkDynamics.CUM_RECRUITS]);
            set(WeeklyColumn.INCAPACITATIONS, k, dy[n + NetworkDynamics.CUM_INCAPACITATIONS]);
            set(WeeklyColumn.DEATHS, k, dy[n + NetworkDynamics.CUM_DEATHS]);
            set(WeeklyColumn.EXITS, k, dy[n + NetworkDynamics.CUM_EXITS]);
            set(WeeklyColumn.CUM_RECRUITS, k, y[n + NetworkDynamics.CUM_RECRUITS]);
            set(WeeklyColumn.CUM_INCAPACITATIONS, k, y[n + NetworkDynamics.CUM_INCAPACITATIONS]);
            set(WeeklyColumn.CUM_DEATHS, k, y[n + NetworkDynamics.CUM_DEATHS]);
            set(WeeklyColumn.CUM_EXITS, k, y[n + NetworkDynamics.CUM_EXITS]);
            if (cartelSeries != null) cartelSeries[k] = Arrays.copyOf(y, n);
        }

        /** After a collapse: zero members and flows, cumulative sums frozen, from the first week after it. */
        void fillCollapsed(double collapseWeek, int n, double[] cumulative) {
            int rows = columns.get(WeeklyColumn.MEMBERS).length;
            for (int k = (int) Math.floor(collapseWeek) + 1 - firstWeek; k < rows; k++) {
                if (k < 0) continue;
                set(WeeklyColumn.MEMBERS, k, 0);
                set(WeeklyColumn.RECRUITS, k, 0);
                set(WeeklyColumn.INCAPACITATIONS, k, 0);
                set(WeeklyColumn.DEATHS, k, 0);
                set(WeeklyColumn.EXITS, k, 0);
                set(WeeklyColumn.CUM_RECRUITS, k, cumulative[NetworkDynamics.CUM_RECRUITS]);
                set(WeeklyColumn.CUM_INCAPACITATIONS, k, cumulative[NetworkDynamics.CUM_INCAPACITATIONS]);
                set(WeeklyColumn.CUM_DEATHS, k, cumulative[NetworkDynamics.CUM_DEATHS]);
                set(WeeklyColumn.CUM_EXITS, k, cumulative[NetworkDynamics.CUM_EXITS]);
                if (cartelSeries != null) cartelSeries[k] = new double[n];
            }
        }

        private void set(WeeklyColumn c, int k, double v) { columns.get(c)[k] = v; }

        WeeklyTable table() { return new WeeklyTable(ORIGIN, firstWeek, columns); }

        double[][] cartelSeries() { return cartelSeries; }
    }
}
