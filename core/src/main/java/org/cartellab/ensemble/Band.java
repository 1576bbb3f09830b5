package org.cartellab.ensemble;

import java.util.Arrays;
import org.cartellab.uncertainty.Quantiles;

/** The spread of one metric across an ensemble: mean, and the 5, 25, 50, 75 and 95 % quantiles (definition 7). */
public record Band(EnsembleMetric metric, long n, double mean, double q05, double q25, double q50, double q75, double q95) {
    /** The band of {@code values} (which this method sorts in place). */
    public static Band of(EnsembleMetric metric, double[] values) {
        double sum = 0;
        for (double v : values) {
            if (Double.isNaN(v)) throw new IllegalArgumentException("metric " + metric.name() + " has a NaN value");
            sum += v;
        }
        Arrays.sort(values);
        return new Band(metric, values.length, sum / values.length, Quantiles.ofSorted(values, 0.05), Quantiles.ofSorted(values, 0.25),
                Quantiles.ofSorted(values, 0.5), Quantiles.ofSorted(values, 0.75), Quantiles.ofSorted(values, 0.95));
    }
}
