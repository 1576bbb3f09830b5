package org.cartellab.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.cartellab.calibration.CalibrationProblem;
import org.cartellab.calibration.CalibrationTarget;
import org.cartellab.calibration.ModelSeries;
import org.cartellab.calibration.PosteriorOptions;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.network.NetworkParameters;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.RunStreams;

/**
 * Posterior predictive draws of yearly casualties per week under the calibration's error model.
 *
 * <p>For posterior draw {@code i} with parameters {@code theta_i}: the model runs with constant parameters from week 0
 * (as in calibration, and as the status quo continues after 2022) to the last forecast year; its sum of squared
 * residuals at the calibration knots {@code SSR_i} (n yearly values) gives the residual variance's conditional
 * posterior under Jeffreys' prior, {@code sigma_i^2 = SSR_i / chi^2_n}; each forecast year {@code Y} gets
 * {@code y = m_i(Y) + sigma_i z}, {@code z} standard normal, with {@code m_i(Y)} the model's weekly casualties at the
 * week where the calibration's alignment puts year {@code Y} ({@link CalibrationTarget#weekOfYear}). So the band holds
 * parameter uncertainty and independent yearly residual noise of the size the calibration years showed. It does not
 * hold: uncertainty in the observation itself (the missing-persons proxy, reported separately), residual correlation
 * between years, or any change in the process after the calibration period.
 *
 * <p>Draw {@code i} uses the random stream {@code RunStreams.forRun(seed, i)}: results do not depend on threads. The
 * engine runs once per distinct parameter vector; draws that repeat a vector share its run and get their own noise.
 */
public final class PosteriorPredictive {
    /** The draws: {@code model[i][j]} and {@code predictive[i][j]} for draw i and year {@code years[j]}. */
    public record Draws(int[] years, double[][] model, double[][] predictive, double[] baseModel) {}

    private record Run(int index, double[] model, double ssr, double base) {}

    private PosteriorPredictive() {}

    /**
     * @param problem   the calibration problem whose target's knots are the calibration years (its tolerances are
     *                  replaced by the posterior's)
     * @param draws     posterior draws (natural units)
     * @param years     forecast years
     * @param baseYear  a year whose noise-free model value is also kept per draw (for growth since then)
     */
    public static Draws compute(CalibrationProblem problem, List<NetworkParameters> draws, int[] years, int baseYear, long seed,
                                EnsembleRunner pool) {
        CalibrationTarget target = problem.target();
        double[] knotWeeks = target.knotWeeks();
        double[] knotValues = target.knotCasualties();
        int n = knotWeeks.length;
        double maxWeek = CalibrationTarget.weekOfYear(baseYear);
        for (int y : years) maxWeek = Math.max(maxWeek, CalibrationTarget.weekOfYear(y));
        for (double w : knotWeeks) maxWeek = Math.max(maxWeek, w);
        int lastWeek = (int) Math.ceil(maxWeek) + 1;
        ThreadLocal<CalibrationProblem> local = ThreadLocal.withInitial(() -> problem.withTolerances(PosteriorOptions.DEFAULT.tolerances()));
        // the engine runs once per distinct parameter vector (a chain repeats a draw when it rejects a proposal)
        Map<NetworkParameters, Integer> firstIndex = new LinkedHashMap<>();
        int[] runOf = new int[draws.size()];
        for (int i = 0; i < runOf.length; i++) {
            Integer k = firstIndex.putIfAbsent(draws.get(i), firstIndex.size());
            runOf[i] = k == null ? firstIndex.size() - 1 : k;
        }
        List<NetworkParameters> distinct = List.copyOf(firstIndex.keySet());
        Run[] runs = new Run[distinct.size()];
        long[] idx = new long[distinct.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        pool.compute(k -> {
            ModelSeries m = local.get().simulate(distinct.get((int) k), lastWeek);
            double ssr = 0;
            for (int j = 0; j < n; j++) {
                double r = knotValues[j] - m.casualtiesAt(knotWeeks[j]);
                ssr += r * r;
            }
            double[] mv = new double[years.length];
            for (int j = 0; j < years.length; j++) mv[j] = m.casualtiesAt(CalibrationTarget.weekOfYear(years[j]));
            return new Run((int) k, mv, ssr, m.casualtiesAt(CalibrationTarget.weekOfYear(baseYear)));
        }, idx, chunk -> {
            for (Run r : chunk) runs[r.index()] = r;
        }, ProgressListener.NONE);
        double[][] model = new double[draws.size()][];
        double[][] pred = new double[draws.size()][];
        double[] base = new double[draws.size()];
        for (int i = 0; i < runOf.length; i++) {
            Run r = runs[runOf[i]];
            UniformRandomProvider rng = RunStreams.forRun(seed, i);
            ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
            double chi2 = 0;
            for (int k = 0; k < n; k++) {
                double g = z.sample();
                chi2 += g * g;
            }
            double sigma = Math.sqrt(r.ssr() / chi2);
            pred[i] = new double[years.length];
            for (int j = 0; j < years.length; j++) pred[i][j] = r.model()[j] + sigma * z.sample();
            model[i] = r.model().clone();
            base[i] = r.base();
        }
        return new Draws(years.clone(), model, pred, base);
    }
}
