package org.cartellab.calibration;

/**
 * Goodness of fit of a series to observations: sum of squared residuals, root mean square error, and the
 * coefficient of determination {@code R^2 = 1 - SSR / SST} (SST about the observations' mean; can be negative).
 */
public record FitStatistics(int n, double ssr, double rmse, double rSquared) {

    public static FitStatistics of(double[] observed, double[] fitted) {
        if (observed.length != fitted.length) throw new IllegalArgumentException(observed.length + " observations but " + fitted.length + " fitted values");
        int n = observed.length;
        if (n < 2) throw new IllegalArgumentException("need at least 2 observations, got " + n);
        double mean = 0;
        for (double o : observed) mean += o;
        mean /= n;
        double ssr = 0;
        double sst = 0;
        for (int i = 0; i < n; i++) {
            double r = observed[i] - fitted[i];
            ssr += r * r;
            double d = observed[i] - mean;
            sst += d * d;
        }
        double r2 = sst > 0 ? 1 - ssr / sst : Double.NaN;
        return new FitStatistics(n, ssr, Math.sqrt(ssr / n), r2);
    }
}
