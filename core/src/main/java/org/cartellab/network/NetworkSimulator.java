package org.cartellab.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.cartellab.model.NumericalTroubleException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.nonstiff.EmbeddedRungeKuttaIntegrator;

/**
 * Integrates the network model with Hipparchus's adaptive Dormand-Prince 5(4) integrator and samples it every week.
 * The integrator restarts at every parameter breakpoint and structural event, so it never steps across a jump.
 * Weekly states inside a step come from the integrator's own dense output, rebuilt once per step
 * ({@link StepPolynomial}) rather than evaluated afresh for each of the ~50 weeks a step spans; docs/performance.md
 * gives the measurements behind these choices. Stateless and thread-safe: every call builds its own integrator.
 */
public final class NetworkSimulator {
    /**
     * Below this many members in all, the model has collapsed: {@code eta / T} diverges and the equations no longer
     * describe organisations. The run stops there, reports the week, and records zero members afterwards.
     */
    public static final double COLLAPSE_MEMBERS = 1.0;

    /**
     * Extinction: an organisation whose members fall to this many leaves the model (held at exactly zero from then on,
     * the fraction of a member it had booked as exits; {@link Extinction}). The equations keep {@code C_i > 0} for
     * ever, but the adaptive integrator controls each component only to about one absolute tolerance per step, so a
     * component decaying towards zero would otherwise wander a few tolerances below it. The threshold is 1,000 default
     * absolute tolerances (1e-6 members), and a run with a looser absolute tolerance uses 1,000 times its own
     * ({@link #extinctionThreshold}), so solver error cannot carry an organisation below zero before it leaves.
     * A thousandth of a member is far below the smallest organisation in the data (about 140 members at the start).
     */
    public static final double EXTINCTION_MEMBERS = 1e-3;

    /**
     * How far below zero (in members) an organisation may be before it counts as a negative population, which is
     * numerical trouble: a value this far below zero cannot be solver noise around an extinction.
     */
    static final double NEGATIVE_SLACK = 1e-6;

    /**
     * Smallest step the integrators may take (weeks). Only the last step of a segment, cut to land exactly on its end,
     * ever comes near it; 1e-12 is still far above the rounding of model time (about 4e-13 at week 2,000), and a
     * larger floor (1e-9) made a run fail when an ordinary step happened to end within 1e-9 of a breakpoint.
     */
    static final double MIN_STEP = 1e-12;

    /** Shortest rest of a segment (weeks) an integrator is restarted for after an extinction. */
    private static final double MIN_RESTART = 1e-6;

    /** The extinction threshold in members for a run with tolerances {@code tol}: see {@link #EXTINCTION_MEMBERS}. */
    public static double extinctionThreshold(Tolerances tol) { return Math.max(EXTINCTION_MEMBERS, 1000 * tol.absolute()); }

    /**
     * The adaptive Hipparchus integrators this engine can drive, with the degree of their dense output. 5(4) is the
     * default: at the default tolerances it needs ~70 evaluations against ~92 for 8(5,3), its weekly samples are
     * cheaper (degree 4), and it is the more accurate of the two between step ends. 8(5,3) serves the tight-tolerance
     * reference runs in the tests.
     */
    enum Stepper {
        DORMAND_PRINCE_853(7, "Hipparchus DormandPrince853Integrator (adaptive Dormand-Prince 8(5,3))") {
            @Override
            EmbeddedRungeKuttaIntegrator create(double span, Tolerances tol) {
                return new DormandPrince853Integrator(MIN_STEP, span, tol.absolute(), tol.relative());
            }
        },
        DORMAND_PRINCE_54(4, "Hipparchus DormandPrince54Integrator (adaptive Dormand-Prince 5(4))") {
            @Override
            EmbeddedRungeKuttaIntegrator create(double span, Tolerances tol) {
                return new DormandPrince54Integrator(MIN_STEP, span, tol.absolute(), tol.relative());
            }
        };

        final int denseOutputDegree;
        final String description;

        Stepper(int denseOutputDegree, String description) {
            this.denseOutputDegree = denseOutputDegree;
            this.description = description;
        }

        abstract EmbeddedRungeKuttaIntegrator create(double span, Tolerances tol);
    }

    private final Stepper stepper;
    private final boolean rebuildDenseOutput;

    /** The engine every caller uses: Dormand-Prince 5(4) with its dense output rebuilt once per step. */
    public NetworkSimulator() { this(Stepper.DORMAND_PRINCE_54, true); }

    /**
     * @param rebuildDenseOutput false to ask Hipparchus's interpolator for every weekly state (the slow path, kept to
     *                           check the fast one against)
     */
    NetworkSimulator(Stepper stepper, boolean rebuildDenseOutput) {
        this.stepper = stepper;
        this.rebuildDenseOutput = rebuildDenseOutput;
    }

    /**
     * The integrator this simulator drives, for reports (summary.json names it), e.g. "Hipparchus
     * DormandPrince54Integrator (adaptive Dormand-Prince 5(4)), restarted at every parameter breakpoint".
     */
    public String integrator() { return stepper.description + ", restarted at every parameter breakpoint"; }

    /**
     * Runs the network model from {@code run.startWeek()} to {@code run.endWeek()} (model weeks on
     * {@link org.cartellab.model.ModelClock#NETWORK}), sampling one weekly row per week at that instant: members and
     * the four flows in members per week, cumulative flows from the start week. Stops integrating at a collapse
     * (fewer than {@link #COLLAPSE_MEMBERS} members in all) and records zero members afterwards.
     *
     * @return the weekly table ({@code endWeek - startWeek + 1} rows), final members per organisation (network
     *         order), the collapse week (NaN if none) and the number of right-hand-side evaluations
     * @throws NumericalTroubleException when the integrator fails or the state becomes non-finite or negative
     */
    public NetworkResult run(NetworkRun run) {
        ConflictNetwork network = run.network();
        double[] members = run.initialMembers() != null ? run.initialMembers()
                : network.initialMembers(run.parameters().at(run.startWeek()).initialMembers());
        int rows = run.endWeek() - run.startWeek() + 1;
        WeeklyRecorder rec = new WeeklyRecorder(run.startWeek(), rows, run.keepCartelSeries());
        double[] cumulative = new double[4];

        double[] boundaries = boundaries(run);
        List<NetworkEvent> events = new ArrayList<>(run.events());
        events.sort((a, b) -> Integer.compare(a.week(), b.week()));
        int nextEvent = 0;
        double collapse = Double.NaN;
        int evaluations = 0;
        List<Extinction> extinctions = new ArrayList<>();
        double startTotal = 0;
        for (double m : members) startTotal += m;
        if (!(startTotal >= COLLAPSE_MEMBERS) && Double.isFinite(startTotal)) {
            // Fewer than one member at the start (initial_members below 1, e.g. 0): collapsed from the first week.
            double[] rates = new double[NetworkDynamics.RATES];
            rates[NetworkDynamics.TOTAL] = startTotal;
            rec.recordRow(run.startWeek(), rates, cumulative, run.keepCartelSeries() ? Arrays.copyOf(members, members.length + 4) : null);
            rec.fillCollapsed(run.startWeek(), members.length, cumulative);
            return new NetworkResult(rec.table(), new NetworkState(network, new double[members.length]), rec.cartelSeries(),
                    run.startWeek(), 0, List.of());
        }

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
            // Recorded rows still use the path itself (a row at a breakpoint shows the new values).
            ParameterPath path = run.parameters();
            double segmentEnd = t1;
            NetworkDynamics integrand = new NetworkDynamics(network, week -> path.at(Math.min(week, Math.nextDown(segmentEnd))));
            Segment segment = integrate(integrand, dynamics, run.tolerances(), t0, t1, members, cumulative, rec, last, extinctions);
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
        return new NetworkResult(rec.table(), new NetworkState(network, members), rec.cartelSeries(), collapse, evaluations,
                List.copyOf(extinctions));
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

    /**
     * Integrates one segment [t0, t1]. An extinction stops the integrator where the smallest organisation reaches the
     * threshold; the organisation leaves ({@link ExtinctionDetector#remove}) and a fresh integrator continues from
     * there, so no integrator ever steps across the jump (extinctions are rare: a restart costs one first step).
     */
    private Segment integrate(NetworkDynamics integrand, NetworkDynamics dynamics, Tolerances tol, double t0, double t1,
                              double[] members, double[] cumulative, WeeklyRecorder rec, boolean lastSegment,
                              List<Extinction> extinctions) {
        int n = dynamics.cartels();
        double[] y = new double[n + 4];
        System.arraycopy(members, 0, y, 0, n);
        System.arraycopy(cumulative, 0, y, n, 4);
        ExtinctionDetector extinction = new ExtinctionDetector(dynamics.network(), extinctionThreshold(tol));
        double t = t0;
        int evaluations = 0;
        while (true) {
            check(t, y, n);
            extinction.remove(t, y, false); // organisations already at the threshold leave before the integrator starts
            double total = 0;
            for (int k = 0; k < n; k++) total += y[k];
            if (total < COLLAPSE_MEMBERS && t > t0) { // the collapse fell with an extinction, before this restart
                extinctions.addAll(extinction.extinctions());
                return new Segment(Arrays.copyOf(y, n), Arrays.copyOfRange(y, n, n + 4), t, evaluations);
            }
            EmbeddedRungeKuttaIntegrator integrator = stepper.create(t1 - t, tol);
            integrator.setMaxEvaluations(2_000_000);
            CollapseDetector collapse = new CollapseDetector(n);
            integrator.addEventDetector(collapse);
            integrator.addEventDetector(extinction);
            extinction.arm();
            StepPolynomial polynomial = rebuildDenseOutput ? new StepPolynomial(stepper.denseOutputDegree, n + 4) : null;
            integrator.addStepHandler(new WeeklySampler(dynamics, rec, t, t1, lastSegment, polynomial));
            ODEStateAndDerivative end;
            try {
                end = integrator.integrate(integrand, new ODEState(t, y), t1);
            } catch (org.hipparchus.exception.MathRuntimeException e) {
                throw new NumericalTroubleException(integrator.getStepStart() == null ? t : integrator.getStepStart().getTime(),
                        "the integrator failed (" + e.getMessage() + ")", e);
            }
            evaluations += integrator.getEvaluations();
            y = end.getPrimaryState().clone();
            check(end.getTime(), y, n);
            if (collapse.fired()) {
                extinctions.addAll(extinction.extinctions());
                return new Segment(Arrays.copyOf(y, n), Arrays.copyOfRange(y, n, n + 4), end.getTime(), evaluations);
            }
            if (!extinction.fired() || end.getTime() >= t1) {
                if (extinction.fired()) extinction.remove(end.getTime(), y, true);
                extinctions.addAll(extinction.extinctions());
                return new Segment(Arrays.copyOf(y, n), Arrays.copyOfRange(y, n, n + 4), -1, evaluations);
            }
            t = end.getTime();
            extinction.remove(t, y, true);
            if (t1 - t < MIN_RESTART) {
                // The extinction fell within a millionth of a week of the segment's end: one Euler step covers the
                // rest (error of order 1e-12 of the rates) instead of an integrator over an interval below its
                // smallest step.
                double[] dy = integrand.computeDerivatives(t, y);
                for (int k = 0; k < y.length; k++) y[k] += (t1 - t) * dy[k];
                check(t1, y, n);
                if (lastSegment && Math.ceil(t) >= t1 && t1 == Math.rint(t1)) rec.recordState(t1, y, dynamics);
                extinctions.addAll(extinction.extinctions());
                return new Segment(Arrays.copyOf(y, n), Arrays.copyOfRange(y, n, n + 4), -1, evaluations + 1);
            }
        }
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
}
