package org.cartellab.calibration;

/** Summaries of one scalar Markov chain or sample: mean and effective sample size (quantiles: {@link org.cartellab.uncertainty.Quantiles}). */
public final class ChainStatistics {
    private ChainStatistics() {}

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /**
     * Effective sample size {@code N / (1 + 2 sum rho_k)} with Geyer's initial monotone sequence: autocorrelations are
     * summed in adjacent pairs while the pair sums stay positive, each pair sum capped by the previous one. A constant
     * chain (it never moved) returns 0, so that a stuck sampler cannot pass for a good one.
     */
    public static double effectiveSampleSize(double[] x) {
        int n = x.length;
        double m = mean(x);
        double c0 = 0;
        for (double v : x) c0 += (v - m) * (v - m);
        c0 /= n;
        if (c0 == 0) return 0;
        double sum = 0;
        double previousPair = Double.POSITIVE_INFINITY;
        for (int k = 0; k + 1 < n; k += 2) {
            double pair = autocorrelation(x, m, c0, k) + autocorrelation(x, m, c0, k + 1);
            if (pair <= 0) break;
            pair = Math.min(pair, previousPair);
            sum += pair;
            previousPair = pair;
        }
        // sum of pairs from lag 0 counts rho_0 = 1 once: tau = -1 + 2 * sum
        double tau = Math.max(-1 + 2 * sum, 1.0 / n);
        return Math.min(n, n / tau);
    }

    private static double autocorrelation(double[] x, double m, double c0, int lag) {
        double s = 0;
        for (int i = 0; i + lag < x.length; i++) s += (x[i] - m) * (x[i + lag] - m);
        return s / x.length / c0;
    }

    /** Pearson correlation matrix of the columns of {@code draws} (rows are draws); NaN where a column is constant. */
    public static double[][] correlation(double[][] draws) {
        int d = draws[0].length;
        int n = draws.length;
        double[] mean = new double[d];
        for (double[] r : draws) for (int i = 0; i < d; i++) mean[i] += r[i] / n;
        double[][] cov = new double[d][d];
        for (double[] r : draws) {
            for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) cov[i][j] += (r[i] - mean[i]) * (r[j] - mean[j]);
        }
        double[][] corr = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) corr[i][j] = cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
        }
        return corr;
    }
}
