package org.cartellab.calibration;

import java.util.Arrays;

/**
 * Convergence diagnostics of several Markov chains of one scalar: split-R̂ and the multi-chain effective sample size.
 *
 * <p>Both work on <em>split</em> chains: each of the {@code M} chains (equal length {@code n}; an odd last draw is
 * dropped) is cut into its first and second half, giving {@code 2M} chains of length {@code n/2}, so a chain that
 * drifts within itself is caught as well as chains that disagree with each other (Gelman et al., <i>Bayesian Data
 * Analysis</i>, 3rd ed., 2013, section 11.4).
 *
 * <ul>
 *   <li>{@code W} = mean of the within-chain variances (denominator {@code m - 1}), {@code B/m} = variance of the
 *       chain means, {@code var+ = (m-1)/m W + B/m} and {@code R̂ = sqrt(var+ / W)} ({@code m} = split length).
 *       R̂ near 1 means the chains agree; above 1.01 (strict) or 1.1 (lenient) they have not mixed.</li>
 *   <li>ESS (BDA3 section 11.5): {@code rho_t = 1 - (W - mean_j acov_j(t)) / var+} with each chain's autocovariance
 *       {@code acov_j(t)} (denominator {@code m}); autocorrelations are summed in adjacent pairs while the pair sums
 *       are positive, each capped by the previous one (Geyer's initial monotone sequence), and
 *       {@code ESS = 2M m / (-1 + 2 sum of pairs)}, at most {@code 2M m}.</li>
 * </ul>
 * Chains that never moved (zero within-chain variance) give R̂ = NaN and ESS = 0: a stuck sampler cannot pass.
 * No rank normalisation (Vehtari et al. 2021) is applied; the posteriors here have bounded support and no heavy tails.
 */
public final class ConvergenceDiagnostics {
    private ConvergenceDiagnostics() {}

    /** Split-R̂ of chains {@code chains[j][t]} (all of equal length, at least 4 draws each). */
    public static double splitRhat(double[][] chains) {
        double[][] s = split(chains);
        Moments mo = moments(s);
        if (mo.w == 0) return Double.NaN;
        return Math.sqrt(mo.varPlus / mo.w);
    }

    /** Multi-chain effective sample size of {@code chains[j][t]} (split chains, Geyer's initial monotone sequence). */
    public static double effectiveSampleSize(double[][] chains) {
        double[][] s = split(chains);
        Moments mo = moments(s);
        int k = s.length;
        int m = s[0].length;
        if (mo.w == 0) return 0;
        double sum = 0;
        double previousPair = Double.POSITIVE_INFINITY;
        for (int t = 0; t + 1 < m; t += 2) {
            double pair = rho(s, mo, t) + rho(s, mo, t + 1);
            if (pair <= 0) break;
            pair = Math.min(pair, previousPair);
            sum += pair;
            previousPair = pair;
        }
        double total = (double) k * m;
        double tau = Math.max(-1 + 2 * sum, 1.0 / total);
        return Math.min(total, total / tau);
    }

    private record Moments(double[] means, double w, double varPlus) {}

    private static Moments moments(double[][] s) {
        int k = s.length;
        int m = s[0].length;
        double[] means = new double[k];
        double w = 0;
        for (int j = 0; j < k; j++) {
            means[j] = ChainStatistics.mean(s[j]);
            double v = 0;
            for (double x : s[j]) v += (x - means[j]) * (x - means[j]);
            w += v / (m - 1);
        }
        w /= k;
        double grand = ChainStatistics.mean(means);
        double b = 0;
        for (double mu : means) b += (mu - grand) * (mu - grand);
        b = b * m / (k - 1);
        double varPlus = (m - 1.0) / m * w + b / m;
        return new Moments(means, w, varPlus);
    }

    private static double rho(double[][] s, Moments mo, int lag) {
        int m = s[0].length;
        double acov = 0;
        for (int j = 0; j < s.length; j++) {
            double a = 0;
            for (int t = 0; t + lag < m; t++) a += (s[j][t] - mo.means[j]) * (s[j][t + lag] - mo.means[j]);
            acov += a / m;
        }
        acov /= s.length;
        return 1 - (mo.w - acov) / mo.varPlus;
    }

    private static double[][] split(double[][] chains) {
        if (chains.length < 1) throw new IllegalArgumentException("need at least one chain");
        int n = chains[0].length;
        for (double[] c : chains) {
            if (c.length != n) throw new IllegalArgumentException("chains differ in length: " + n + " and " + c.length);
        }
        int half = n / 2;
        if (half < 2) throw new IllegalArgumentException("need at least 4 draws per chain, got " + n);
        double[][] s = new double[2 * chains.length][];
        for (int j = 0; j < chains.length; j++) {
            s[2 * j] = Arrays.copyOfRange(chains[j], 0, half);
            s[2 * j + 1] = Arrays.copyOfRange(chains[j], n - half, n);
        }
        return s;
    }
}
