package org.cartellab.uncertainty;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics, Hyndman and Fan's (1996) definition 7 (R's
 * default): for sorted x of length n, q(p) = x[h] + (h - floor h)(x[h+1] - x[h]) with h = (n - 1) p, zero-based.
 * The project's one quantile: ensembles, bands, spreads, posterior summaries and load-test latencies use it.
 */
public final class Quantiles {
    private Quantiles() {}

    /**
     * The p-quantile of {@code sorted}, which must be ascending and free of NaN.
     *
     * @throws IllegalArgumentException when there are no values or p is outside [0, 1]
     */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) return sorted[sorted.length - 1];
        double frac = h - lo;
        return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * The p-quantile of {@code values} in any order (a sorted copy is made; the array is not changed).
     *
     * @throws IllegalArgumentException when there are no values, a value is NaN or p is outside [0, 1]
     */
    public static double of(double[] values, double p) {
        return ofSorted(sortedCopy(values), p);
    }

    /** An ascending copy of {@code values}; NaN is refused with IllegalArgumentException. */
    static double[] sortedCopy(double[] values) {
        for (double v : values) if (Double.isNaN(v)) throw new IllegalArgumentException("NaN among the values");
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }
}
