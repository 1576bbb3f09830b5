package org.cartellab.sensitivity;

/**
 * Sobol indices as CSV text (one row per output and input), the format of {@code sobol.csv} for every back end. A
 * value that is not available (an interval without bootstrap resamples, an index of an output without variance) is
 * an empty cell, never "NaN".
 */
public final class SobolCsv {
    private SobolCsv() {}

    public static final String HEADER = "output,input,first,first_low,first_high,total,total_low,total_high,base_size,evaluations";

    public static String of(SobolResult r) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (SobolIndex x : r.indices()) {
            sb.append(x.output()).append(',').append(x.input());
            for (double v : new double[] {x.first(), x.firstLow(), x.firstHigh(), x.total(), x.totalLow(), x.totalHigh()}) sb.append(',').append(Double.isFinite(v) ? String.valueOf(v) : "");
            sb.append(',').append(r.baseSize()).append(',').append(r.evaluations()).append('\n');
        }
        return sb.toString();
    }
}
