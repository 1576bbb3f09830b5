package org.cartellab.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.network.NetworkParameters;
import org.cartellab.progress.Progress;
import org.cartellab.progress.ProgressListener;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.optim.nonlinear.vector.leastsquares.ParameterValidator;
import org.hipparchus.util.Pair;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Least-squares fit of the network model within bounds: Hipparchus's BOBYQA (Powell's bound-constrained
 * derivative-free trust-region method) in scaled coordinates {@code [0,1]^5}, from several starts; the best end
 * point wins, and a short Levenberg-Marquardt polish (bounds by projection) finishes it off. Deterministic for a seed. BOBYQA suits this problem: the loss is smooth, each evaluation is a full
 * engine run, and BOBYQA's quadratic models need far fewer evaluations than CMA-ES or Nelder-Mead in five dimensions.
 */
public final class Calibrator {
    /** Scaled distance from a bound below which a parameter is reported as sitting on it. */
    public static final double ON_BOUND = 1e-3;

    public CalibrationFit fit(CalibrationProblem problem, FitOptions options, ProgressListener progress) {
        int d = problem.bounds().dimension();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(options.seed());
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(hi, 1.0);
        List<CalibrationFit.Start> starts = new ArrayList<>();
        long started = System.nanoTime();
        int total = 0;
        PointValuePair best = null;
        for (int s = 0; s < options.starts(); s++) {
            double[] from = new double[d];
            for (int i = 0; i < d; i++) from[i] = s == 0 ? 0.5 : rng.nextDouble();
            int[] count = {0};
            PointValuePair[] seen = {null};
            BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * d + 1, options.initialRadius(), options.stoppingRadius());
            PointValuePair end;
            boolean converged = true;
            try {
                end = optimizer.optimize(
                        new MaxEval(options.maxEvaluationsPerStart()),
                        new ObjectiveFunction(u -> {
                            count[0]++;
                            double f = problem.lossScaled(u);
                            if (seen[0] == null || f < seen[0].getValue()) seen[0] = new PointValuePair(u, f);
                            return f;
                        }),
                        GoalType.MINIMIZE,
                        new InitialGuess(from),
                        new SimpleBounds(lo, hi));
            } catch (MathIllegalStateException budget) {
                // The evaluation budget ran out before the trust region shrank: keep the best point evaluated.
                if (seen[0] == null) throw budget;
                end = seen[0];
                converged = false;
            }
            total += count[0];
            starts.add(new CalibrationFit.Start(from, end.getPoint(), end.getValue(), count[0], converged));
            if (best == null || end.getValue() < best.getValue()) best = end;
            progress.onProgress(Progress.since("fit", s + 1, options.starts(), started));
        }
        if (options.polishEvaluations() > 0) {
            Polish polished = polish(problem, best, options.polishEvaluations());
            total += polished.runs;
            best = polished.best;
            progress.onProgress(Progress.since("polish", 1, 1, started));
        }
        return summarise(problem, best.getPoint(), starts, total);
    }

    private record Polish(PointValuePair best, int runs) {}

    /**
     * Levenberg-Marquardt from BOBYQA's best point, with a central-difference Jacobian of the model series and steps
     * projected back onto the box. The loss valley is long and narrow (curvatures over ten orders of magnitude),
     * where BOBYQA's quadratic models stall before the bottom; LM's damped Gauss-Newton steps follow the valley.
     * Kept only if it lowers the loss.
     */
    private static Polish polish(CalibrationProblem problem, PointValuePair from, int maxEvaluations) {
        int d = from.getPoint().length;
        double h = Identifiability.DEFAULT_STEP;
        int[] runs = {0};
        PointValuePair[] seen = {from};
        double[] observed = problem.observedVector();
        MultivariateJacobianFunction model = point -> {
            double[] u = point.toArray();
            double[] m = problem.modelVector(problem.simulate(problem.bounds().fromScaled(u)));
            double f = 0;
            for (int k = 0; k < m.length; k++) f += (observed[k] - m[k]) * (observed[k] - m[k]);
            if (f < seen[0].getValue()) seen[0] = new PointValuePair(u, f);
            double[][] jac = new double[m.length][d];
            for (int i = 0; i < d; i++) {
                double[] up = u.clone();
                up[i] += h;
                double[] down = u.clone();
                down[i] -= h;
                double[] mp = problem.modelVector(problem.simulate(problem.bounds().fromScaled(up)));
                double[] mm = problem.modelVector(problem.simulate(problem.bounds().fromScaled(down)));
                for (int k = 0; k < m.length; k++) jac[k][i] = (mp[k] - mm[k]) / (2 * h);
            }
            runs[0] += 1 + 2 * d;
            return new Pair<>(new ArrayRealVector(m, false), new Array2DRowRealMatrix(jac, false));
        };
        ParameterValidator box = v -> {
            double[] u = v.toArray();
            for (int i = 0; i < u.length; i++) u[i] = Math.min(1, Math.max(0, u[i]));
            return new ArrayRealVector(u, false);
        };
        LeastSquaresProblem lsq = new LeastSquaresBuilder()
                .model(model).target(observed).start(from.getPoint()).parameterValidator(box)
                .maxEvaluations(maxEvaluations).maxIterations(maxEvaluations).lazyEvaluation(false).build();
        try {
            new LevenbergMarquardtOptimizer().optimize(lsq);
        } catch (MathIllegalStateException budget) {
            // out of evaluations: the best point seen so far stands
        }
        return new Polish(seen[0], runs[0]);
    }

    /** The fit record for a given point (also used for the reference parameters, with no starts). */
    public static CalibrationFit summarise(CalibrationProblem problem, double[] scaled, List<CalibrationFit.Start> starts, int evaluations) {
        NetworkParameters p = problem.bounds().fromScaled(scaled);
        ModelSeries m = problem.simulate(p);
        CalibrationTarget t = problem.target();
        FitStatistics cas = FitStatistics.of(t.casualties(), m.casualties());
        FitStatistics arr = t.hasArrests() ? FitStatistics.of(t.arrests(), m.incapacitations()) : null;
        boolean[] atLo = new boolean[scaled.length];
        boolean[] atHi = new boolean[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            atLo[i] = scaled[i] < ON_BOUND;
            atHi[i] = scaled[i] > 1 - ON_BOUND;
        }
        return new CalibrationFit(p, scaled, problem.loss(m), cas, arr, m, starts, atLo, atHi, evaluations);
    }
}
