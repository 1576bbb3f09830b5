package org.cartellab.uncertainty;

/**
 * The spread of one quantity across ensemble members or seeds: count, mean, and the 2.5, 5, 25, 50, 75, 95 and
 * 97.5 % sample quantiles ({@link Quantiles}, Hyndman-Fan definition 7). The project's one spread: the comparison
 * ensemble reports p5..p95, the cohort model's seeds the mean with the central 95 % range ({@link #low()},
 * {@link #high()}).
 */
public record Spread(int n, double mean, double p2_5, double p5, double p25, double median, double p75, double p95, double p97_5) {

    /**
     * A spread known only by its 5, 25, 50, 75 and 95 % quantiles (e.g. a stored or hand-made band): the count is 0
     * and the mean and the 2.5 and 97.5 % quantiles are unknown (NaN).
     */
    public Spread(double p5, double p25, double median, double p75, double p95) {
        this(0, Double.NaN, Double.NaN, p5, p25, median, p75, p95, Double.NaN);
    }

    /**
     * The spread of {@code values} (the array is not changed).
     *
     * @throws IllegalArgumentException when there are no values or one is NaN
     */
    public static Spread of(double[] values) {
        double[] s = Quantiles.sortedCopy(values);
        if (s.length == 0) throw new IllegalArgumentException("no values");
        double sum = 0;
        for (double x : s) sum += x;
        return new Spread(s.length, sum / s.length, Quantiles.ofSorted(s, 0.025), Quantiles.ofSorted(s, 0.05),
                Quantiles.ofSorted(s, 0.25), Quantiles.ofSorted(s, 0.5), Quantiles.ofSorted(s, 0.75),
                Quantiles.ofSorted(s, 0.95), Quantiles.ofSorted(s, 0.975));
    }

    /**
     * Like {@link #of}, but a statistic that is undefined for some member (a non-finite value, e.g. a share of an empty
     * group) gives a spread whose every value is NaN, which reports print as "n/a".
     *
     * @throws IllegalArgumentException when there are no values
     */
    public static Spread orUndefined(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        for (double v : values) {
            if (!Double.isFinite(v)) {
                double nan = Double.NaN;
                return new Spread(values.length, nan, nan, nan, nan, nan, nan, nan, nan);
            }
        }
        return of(values);
    }

    /** Lower end of the central 95 % range (the 2.5 % quantile). */
    public double low() { return p2_5; }

    /** Upper end of the central 95 % range (the 97.5 % quantile). */
    public double high() { return p97_5; }
}
