package org.cartellab.calibration;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.cartellab.progress.Progress;
import org.cartellab.progress.ProgressListener;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Random-walk Metropolis on the unit box {@code [0,1]^d} with a uniform prior, with the proposal adapted during
 * burn-in only (Haario, Saksman and Tamminen 2001): every {@link #ADAPT_EVERY} burn-in iterations the Gaussian
 * proposal covariance becomes {@code 2.38^2/d} times the chain's covariance so far plus a small ridge. After burn-in
 * the proposal is frozen, so the kept draws come from an ordinary, reversible Metropolis chain with the exact target.
 * Proposals outside the box have prior density zero and are rejected without evaluating the likelihood.
 */
public final class AdaptiveMetropolis {
    /** Burn-in iterations between proposal updates. */
    public static final int ADAPT_EVERY = 100;
    /** Initial proposal standard deviation per coordinate, scaled units. */
    public static final double INITIAL_STEP = 0.05;
    private static final double RIDGE = 1e-6;

    /** The kept chain: draws (rows), their log densities, and the share of proposals accepted after burn-in. */
    public record Chain(double[][] draws, double[] logDensity, double acceptanceRate, int evaluations) {}

    private AdaptiveMetropolis() {}

    public static Chain run(ToDoubleFunction<double[]> logDensity, double[] start, int burnIn, int draws,
                            UniformRandomProvider rng, ProgressListener progress) {
        return run(logDensity, start, burnIn, draws, 1, rng, progress);
    }

    /**
     * The same, keeping every {@code thin}-th state after burn-in ({@code burnIn + draws * thin} iterations in all);
     * the acceptance rate counts every post-burn-in iteration.
     */
    public static Chain run(ToDoubleFunction<double[]> logDensity, double[] start, int burnIn, int draws, int thin,
                            UniformRandomProvider rng, ProgressListener progress) {
        if (thin < 1) throw new IllegalArgumentException("thinning must be >= 1, got " + thin);
        int d = start.length;
        double[] x = start.clone();
        double lx = logDensity.applyAsDouble(x);
        if (!Double.isFinite(lx)) throw new IllegalArgumentException("the starting point has log density " + lx);
        int evaluations = 1;
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] chol = new double[d][d];
        for (int i = 0; i < d; i++) chol[i][i] = INITIAL_STEP;
        // running sums over burn-in for the adaptive covariance
        double[] sum = new double[d];
        double[][] cross = new double[d][d];
        double[][] kept = new double[draws][];
        double[] keptLog = new double[draws];
        int accepted = 0;
        int total = burnIn + draws * thin;
        long started = System.nanoTime();
        for (int it = 0; it < total; it++) {
            double[] z = new double[d];
            for (int i = 0; i < d; i++) z[i] = normal.sample();
            double[] y = new double[d];
            boolean inside = true;
            for (int i = 0; i < d; i++) {
                double step = 0;
                for (int j = 0; j <= i; j++) step += chol[i][j] * z[j];
                y[i] = x[i] + step;
                if (!(y[i] >= 0 && y[i] <= 1)) inside = false;
            }
            double u = rng.nextDouble(); // drawn every iteration so the stream does not depend on where proposals fall
            if (inside) {
                double ly = logDensity.applyAsDouble(y);
                evaluations++;
                if (Double.isNaN(ly)) throw new IllegalStateException("log density is NaN at " + Arrays.toString(y));
                if (Math.log(u) < ly - lx) {
                    x = y;
                    lx = ly;
                    if (it >= burnIn) accepted++;
                }
            }
            if (it < burnIn) {
                for (int i = 0; i < d; i++) {
                    sum[i] += x[i];
                    for (int j = 0; j < d; j++) cross[i][j] += x[i] * x[j];
                }
                int seen = it + 1;
                if (seen % ADAPT_EVERY == 0 && seen >= 2 * ADAPT_EVERY) chol = adaptedCholesky(sum, cross, seen, chol);
            } else if ((it - burnIn + 1) % thin == 0) {
                int k = (it - burnIn + 1) / thin - 1;
                kept[k] = x.clone();
                keptLog[k] = lx;
            }
            if ((it + 1) % 250 == 0 || it + 1 == total) progress.onProgress(Progress.since("posterior", it + 1, total, started));
        }
        return new Chain(kept, keptLog, draws == 0 ? Double.NaN : (double) accepted / ((long) draws * thin), evaluations);
    }

    private static double[][] adaptedCholesky(double[] sum, double[][] cross, int n, double[][] previous) {
        int d = sum.length;
        double scale = 2.38 * 2.38 / d;
        double[][] cov = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                cov[i][j] = scale * (cross[i][j] / n - (sum[i] / n) * (sum[j] / n));
            }
            cov[i][i] += scale * RIDGE;
        }
        try {
            RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(cov), 1e-12, 1e-14).getL();
            return l.getData();
        } catch (RuntimeException notPositive) {
            return previous; // a chain that has not moved yet: keep the last proposal
        }
    }
}
