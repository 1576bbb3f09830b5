package org.cartellab.calibration;

import java.util.Arrays;
import java.util.List;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.Tolerances;

/**
 * The least-squares problem of the paper: the network model with constant parameters from week 0, compared week by
 * week with a {@link CalibrationTarget}. The loss is the sum of squared differences between the target casualties
 * and the model's casualties at weeks {@code 0..n-1}; with arrests switched on, plus the same for the target
 * arrests against the model's incapacitation flow. Immutable; every evaluation runs the engine afresh.
 */
public final class CalibrationProblem {
    private final ConflictNetwork network;
    private final CalibrationTarget target;
    private final ParameterBounds bounds;
    private final boolean withArrests;
    private final Tolerances tolerances;
    private final NetworkSimulator simulator = new NetworkSimulator();

    public CalibrationProblem(ConflictNetwork network, CalibrationTarget target, ParameterBounds bounds,
                              boolean withArrests, Tolerances tolerances) {
        if (withArrests && !target.hasArrests()) throw new IllegalArgumentException("the target has no arrest series");
        this.network = network;
        this.target = target;
        this.bounds = bounds;
        this.withArrests = withArrests;
        this.tolerances = tolerances;
    }

    /** The paper's set-up: casualties only, paper bounds, the engine's default tolerances. */
    public static CalibrationProblem paper(ConflictNetwork network, CalibrationTarget target) {
        return new CalibrationProblem(network, target, ParameterBounds.PAPER, false, Tolerances.DEFAULT);
    }

    public CalibrationProblem withTolerances(Tolerances t) { return new CalibrationProblem(network, target, bounds, withArrests, t); }

    public CalibrationProblem withArrests(boolean on) { return new CalibrationProblem(network, target, bounds, on, tolerances); }

    public CalibrationTarget target() { return target; }

    public ParameterBounds bounds() { return bounds; }

    public boolean usesArrests() { return withArrests; }

    public ConflictNetwork network() { return network; }

    /** The model's weekly casualties and incapacitations at weeks {@code 0..target.weeks()-1}. */
    public ModelSeries simulate(NetworkParameters p) { return simulate(p, target.weeks() - 1); }

    /** The same up to {@code lastWeek} only (cheaper when only early weeks are needed). */
    public ModelSeries simulate(NetworkParameters p, int lastWeek) {
        NetworkRun run = new NetworkRun(network, ParameterPath.constant(p), 0, lastWeek, null, List.of(), tolerances, false);
        WeeklyTable table = simulator.run(run).weekly();
        return new ModelSeries(table.column(WeeklyColumn.DEATHS), table.column(WeeklyColumn.INCAPACITATIONS));
    }

    /** Sum of squared residuals over the weekly target (casualties, plus arrests if switched on). */
    public double loss(NetworkParameters p) { return loss(simulate(p)); }

    public double loss(ModelSeries m) {
        double ssr = ssr(target.casualties(), m.casualties());
        if (withArrests) ssr += ssr(target.arrests(), m.incapacitations());
        return ssr;
    }

    /** The observations the loss compares with: target casualties, then target arrests if switched on. */
    public double[] observedVector() {
        return withArrests ? concat(target.casualties(), target.arrests()) : target.casualties();
    }

    /** The model's counterpart of {@link #observedVector()}. */
    public double[] modelVector(ModelSeries m) {
        return withArrests ? concat(m.casualties(), m.incapacitations()) : m.casualties();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The loss at scaled coordinates (see {@link ParameterBounds}). */
    public double lossScaled(double[] u) { return loss(bounds.fromScaled(u)); }

    private static double ssr(double[] observed, double[] model) {
        double s = 0;
        for (int k = 0; k < observed.length; k++) {
            double r = observed[k] - model[k];
            s += r * r;
        }
        return s;
    }
}
