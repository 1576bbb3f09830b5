package org.cartellab.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.Quantiles;
import org.cartellab.uncertainty.RunStreams;

/**
 * Variance-based global sensitivity (Sobol 1993/2001) by Monte Carlo on a {@link SaltelliDesign}. With f_A, f_B and
 * f_ABi the outputs on rows of A, B and AB_i, and V the variance of all 2N outputs on A and B:
 * <ul>
 *   <li>first order, Saltelli et al. (2010, Comput. Phys. Commun. 181:259, table 2 (b)):
 *       {@code S_i = mean((f_B - m) (f_ABi - f_A)) / V}, with f_B centred on the sample mean m of all outputs on A and B:
 *       since E[f_ABi - f_A] = 0 the centring leaves the estimate consistent but removes the variance a large output
 *       mean adds (Sobol 2001, Math. Comput. Simul. 55:271, on subtracting c0 close to f0; cartel members average
 *       ~170,000 with a spread of ~6,000, where the uncentred form's intervals span more than 1);</li>
 *   <li>total, Jansen (1999, Comput. Phys. Commun. 117:35), as recommended in Saltelli et al. 2010 table 2 (f):
 *       {@code ST_i = mean((f_A - f_ABi)^2) / (2 V)}.</li>
 * </ul>
 * Intervals: percentile bootstrap over the N base points (Archer, Saltelli and Sobol 1997), resampled with a seeded
 * stream per resample ({@link RunStreams}), so results are reproducible. Since the base is quasi-random, the
 * bootstrap (which assumes independent points) tends to overstate the error; treat the intervals as conservative.
 */
public final class SobolAnalysis {
    private SobolAnalysis() {}

    /** Evaluates {@code model} on the design with {@code runner}'s threads, then estimates. */
    public static SobolResult analyse(UnitCubeModel model, int baseSize, EnsembleRunner runner, long bootstrapSeed,
                                      int resamples, ProgressListener progress) {
        SaltelliDesign design = SaltelliDesign.of(baseSize, model.inputs().size());
        double[][] y = evaluate(model, design, runner, progress);
        return estimate(design, model.inputs(), model.outputs(), y, bootstrapSeed, resamples);
    }

    /** The model's outputs on every row of the design, computed in parallel; row r of the result is f(point(r)). */
    public static double[][] evaluate(UnitCubeModel model, SaltelliDesign design, EnsembleRunner runner, ProgressListener progress) {
        int rows = Math.toIntExact(design.rows());
        long[] idx = new long[rows];
        for (int r = 0; r < rows; r++) idx[r] = r;
        double[][] y = new double[rows][];
        int[] next = {0};
        runner.compute(r -> model.value(design.point(r)), idx, chunk -> {
            for (double[] v : chunk) y[next[0]++] = v;
        }, progress);
        return y;
    }

    /** Indices from outputs already computed ({@code y[r]} = outputs at row r; e.g. by Spark). */
    public static SobolResult estimate(SaltelliDesign design, List<String> inputs, List<String> outputs, double[][] y,
                                       long bootstrapSeed, int resamples) {
        int n = design.baseSize();
        int d = design.dimension();
        int k = outputs.size();
        if (inputs.size() != d) throw new IllegalArgumentException(inputs.size() + " input names for a design of " + d);
        if (y.length != design.rows()) throw new IllegalArgumentException(y.length + " output rows for a design of " + design.rows());
        if (resamples < 0) throw new IllegalArgumentException("resamples must be >= 0");
        double confidence = 0.95;
        double[] variance = new double[k];
        List<SobolIndex> out = new ArrayList<>();
        for (int o = 0; o < k; o++) {
            double[] fa = new double[n];
            double[] fb = new double[n];
            double[][] fab = new double[d][n];
            for (int j = 0; j < n; j++) {
                int r = j * (d + 2);
                fa[j] = check(y[r], o, k, r, outputs);
                fb[j] = check(y[r + 1], o, k, r + 1, outputs);
                for (int i = 0; i < d; i++) fab[i][j] = check(y[r + 2 + i], o, k, r + 2 + i, outputs);
            }
            int[] all = new int[n];
            for (int j = 0; j < n; j++) all[j] = j;
            double[] est = indices(fa, fb, fab, all);
            variance[o] = est[2 * d];
            double[][] boot = new double[2 * d][resamples];
            for (int b = 0; b < resamples; b++) {
                UniformRandomProvider rng = RunStreams.forRun(bootstrapSeed, (long) o * resamples + b);
                int[] pick = new int[n];
                for (int j = 0; j < n; j++) pick[j] = rng.nextInt(n);
                double[] e = indices(fa, fb, fab, pick);
                for (int c = 0; c < 2 * d; c++) boot[c][b] = e[c];
            }
            for (int i = 0; i < d; i++) {
                double[] lo = interval(boot[i], confidence);
                double[] lt = interval(boot[d + i], confidence);
                out.add(new SobolIndex(outputs.get(o), inputs.get(i), est[i], lo[0], lo[1], est[d + i], lt[0], lt[1]));
            }
        }
        return new SobolResult(inputs, outputs, n, design.rows(), resamples, confidence, variance, out);
    }

    /** First-order indices [0, d), total [d, 2d), variance at 2d, over the base points {@code pick}. */
    static double[] indices(double[] fa, double[] fb, double[][] fab, int[] pick) {
        int d = fab.length;
        int n = pick.length;
        double mean = 0;
        for (int j : pick) mean += fa[j] + fb[j];
        mean /= 2.0 * n;
        double var = 0;
        for (int j : pick) {
            double a = fa[j] - mean;
            double b = fb[j] - mean;
            var += a * a + b * b;
        }
        var /= 2.0 * n;
        double[] r = new double[2 * d + 1];
        r[2 * d] = var;
        for (int i = 0; i < d; i++) {
            double s = 0;
            double t = 0;
            double[] f = fab[i];
            for (int j : pick) {
                s += (fb[j] - mean) * (f[j] - fa[j]);
                double diff = fa[j] - f[j];
                t += diff * diff;
            }
            r[i] = var > 0 ? s / n / var : Double.NaN;
            r[d + i] = var > 0 ? t / (2.0 * n) / var : Double.NaN;
        }
        return r;
    }

    /**
     * The percentile interval of the bootstrap estimates. A resample whose outputs all coincide has no variance and
     * so no index: it is left out. With no resample left (none asked for, or none with variance) the bounds are NaN,
     * meaning "not available"; SobolCsv writes them as empty cells, never as NaN.
     */
    private static double[] interval(double[] samples, double confidence) {
        double[] s = Arrays.stream(samples).filter(Double::isFinite).toArray();
        if (s.length == 0) return new double[] {Double.NaN, Double.NaN};
        Arrays.sort(s);
        double tail = (1 - confidence) / 2;
        return new double[] {Quantiles.ofSorted(s, tail), Quantiles.ofSorted(s, 1 - tail)};
    }

    private static double check(double[] row, int o, int k, int r, List<String> outputs) {
        if (row == null || row.length != k) throw new IllegalArgumentException("row " + r + " has " + (row == null ? 0 : row.length) + " outputs, expected " + k);
        double v = row[o];
        if (!Double.isFinite(v)) throw new IllegalArgumentException("output " + outputs.get(o) + " is " + v + " at row " + r);
        return v;
    }
}
