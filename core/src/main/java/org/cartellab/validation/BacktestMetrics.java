package org.cartellab.validation;

import java.util.List;

/**
 * Error metrics of point forecasts against observations over {@code n} years (casualties per week): mean absolute
 * error, mean absolute percentage error (percent of the observation), bias = mean of (forecast - observed) (positive:
 * the model predicted too much), and root mean square error; plus the share of years whose observation falls in the
 * central 50 % and 90 % predictive bands (coverage; a calibrated forecast covers about 50 % and 90 % in the long run).
 */
public record BacktestMetrics(int n, double mae, double mapePct, double bias, double rmse, double coverage50, double coverage90) {

    /** Metrics of {@code forecast[i]} against {@code observed[i]}, with per-year band membership. */
    public static BacktestMetrics of(double[] forecast, double[] observed, boolean[] in50, boolean[] in90) {
        int n = observed.length;
        if (n == 0 || forecast.length != n || in50.length != n || in90.length != n) {
            throw new IllegalArgumentException("need equally long, non-empty forecast, observation and coverage arrays");
        }
        double abs = 0;
        double pct = 0;
        double bias = 0;
        double sq = 0;
        int c50 = 0;
        int c90 = 0;
        for (int i = 0; i < n; i++) {
            double e = forecast[i] - observed[i];
            if (!(observed[i] > 0)) throw new IllegalArgumentException("observation " + i + " must be positive for a percentage error, got " + observed[i]);
            abs += Math.abs(e);
            pct += 100 * Math.abs(e) / observed[i];
            bias += e;
            sq += e * e;
            if (in50[i]) c50++;
            if (in90[i]) c90++;
        }
        return new BacktestMetrics(n, abs / n, pct / n, bias / n, Math.sqrt(sq / n), (double) c50 / n, (double) c90 / n);
    }

    /** Metrics of the predictive medians against the observations' central values. */
    public static BacktestMetrics of(List<YearForecast> years) {
        return of(years, 0);
    }

    /**
     * The same against the observation's {@code low} ({@code which < 0}), central ({@code 0}) or {@code high}
     * ({@code > 0}) proxy value; band membership is recomputed for that value.
     */
    public static BacktestMetrics of(List<YearForecast> years, int which) {
        int n = years.size();
        double[] f = new double[n];
        double[] o = new double[n];
        boolean[] a = new boolean[n];
        boolean[] b = new boolean[n];
        for (int i = 0; i < n; i++) {
            YearForecast y = years.get(i);
            f[i] = y.predictive().median();
            o[i] = which < 0 ? y.observed().low() : which > 0 ? y.observed().high() : y.observed().value();
            a[i] = YearForecast.in50(y.predictive(), o[i]);
            b[i] = YearForecast.in90(y.predictive(), o[i]);
        }
        return of(f, o, a, b);
    }
}
