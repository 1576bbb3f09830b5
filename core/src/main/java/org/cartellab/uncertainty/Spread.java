package org.cartellab.uncertainty;

import java.util.Arrays;

/** The 5, 25, 50, 75 and 95 % sample quantiles (Hyndman-Fan definition 7) of one quantity across ensemble members. */
public record Spread(double p5, double p25, double median, double p75, double p95) {
    /** The spread of {@code values} (sorted in place); NaN is refused. */
    public static Spread of(double[] values) {
        for (double v : values) if (Double.isNaN(v)) throw new IllegalArgumentException("NaN among ensemble values");
        Arrays.sort(values);
        return new Spread(Quantiles.ofSorted(values, 0.05), Quantiles.ofSorted(values, 0.25), Quantiles.ofSorted(values, 0.5),
                Quantiles.ofSorted(values, 0.75), Quantiles.ofSorted(values, 0.95));
    }
}
