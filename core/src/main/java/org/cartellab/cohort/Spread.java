package org.cartellab.cohort;

import java.util.Arrays;

/** Mean and central 95 % range (2.5th and 97.5th percentiles, linear interpolation) of a statistic over seeds. */
public record Spread(double mean, double low, double high, int n) {
    public static Spread of(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        double[] v = values.clone();
        Arrays.sort(v);
        double s = 0;
        for (double x : v) {
            if (!Double.isFinite(x)) return new Spread(Double.NaN, Double.NaN, Double.NaN, v.length);
            s += x;
        }
        return new Spread(s / v.length, quantile(v, 0.025), quantile(v, 0.975), v.length);
    }

    /** Quantile of sorted values (type 7, as R's default). */
    public static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }
}
