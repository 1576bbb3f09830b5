package org.cartellab.validation;

import java.util.List;
import org.cartellab.calibration.PosteriorSummary;

/**
 * One back-test: which years the parameters were calibrated on, the posterior they come from (with its convergence
 * diagnostics), the predicted years and the error metrics against the observations' central values and against the
 * low and high ends of the proxy range (equal to the central metrics when no proxy was needed).
 *
 * @param name              short id: {@code published} or {@code holdout}
 * @param title             one line for readers
 * @param calibratedFrom    first calibration year
 * @param calibratedTo      last calibration year
 * @param posterior         the posterior the bands come from (ESS and split-R-hat per parameter)
 * @param posteriorSource   how that posterior was obtained
 * @param years             the predicted years
 * @param metrics           metrics against the central observations (predictive median as the point forecast)
 * @param metricsLow        against the low end of the proxy range
 * @param metricsHigh       against the high end
 * @param baseYear          the year growth is measured from (the last calibration year)
 */
public record BacktestPart(String name, String title, int calibratedFrom, int calibratedTo, PosteriorSummary posterior,
                           String posteriorSource, List<YearForecast> years, BacktestMetrics metrics, BacktestMetrics metricsLow,
                           BacktestMetrics metricsHigh, int baseYear) {
    public BacktestPart {
        years = List.copyOf(years);
    }
}
