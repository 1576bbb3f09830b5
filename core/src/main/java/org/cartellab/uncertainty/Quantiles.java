package org.cartellab.uncertainty;

/**
 * Sample quantiles by linear interpolation between order statistics, Hyndman and Fan's (1996) definition 7 (R's
 * default): for sorted x of length n, q(p) = x[h] + (h - floor h)(x[h+1] - x[h]) with h = (n - 1) p, zero-based.
 */
public final class Quantiles {
    private Quantiles() {}

    /** The p-quantile of {@code sorted}, which must be ascending and free of NaN. */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) return sorted[sorted.length - 1];
        double frac = h - lo;
        return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }
}
