package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;
import static org.cartellab.app.report.Xml.num;

import java.util.List;
import java.util.Locale;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.calibration.PublishedPosterior;
import org.cartellab.data.BundledData;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.validation.Backtest;
import org.cartellab.validation.BacktestPart;
import org.cartellab.validation.YearForecast;

/**
 * The comparison report's "What the model got wrong" section: the published calibration against INEGI's homicides
 * after 2021 (back-test (a) of {@code cartel-lab backtest}, computed here with every 10th published posterior draw,
 * 500 runs, so the report stays quick) and what that means for reading the comparison. The hold-out and full metrics
 * are in {@code cartel-lab backtest} and docs/validation.md.
 */
public final class ValidationReportSection {
    /** Every how many published draws the report's band uses. */
    static final int EVERY = PublishedBacktest.EVERY;

    private ValidationReportSection() {}

    public static void append(StringBuilder b) {
        BacktestPart a = PublishedBacktest.part();
        double sq = PublishedBacktest.statusQuoCasualtyChange();
        List<YearForecast> ys = a.years();
        YearForecast last = ys.get(ys.size() - 1);
        b.append("<h2 id=\"validation\">What the model got wrong</h2>");
        b.append("<p class=\"flag\">").append(esc(String.format(Locale.ROOT,
                "The status quo at the published parameters has weekly casualties %+.1f %% from 2022 to 2027. INEGI's homicides moved %+.1f %% "
                        + "from %d to %d while the calibrated model rose %+.1f %%. The published calibration over-predicts every year since 2021 "
                        + "(MAPE %.0f %%; %.0f-%.0f %% over the missing-persons assumption's range) and %d of %d years fall in its 90 %% "
                        + "predictive band.", sq, last.observedGrowthPct(), a.baseYear(), last.year(), last.modelGrowthPct(), a.metrics().mapePct(),
                Math.min(a.metricsLow().mapePct(), a.metricsHigh().mapePct()), Math.max(a.metricsLow().mapePct(), a.metricsHigh().mapePct()),
                Math.round(a.metrics().coverage90() * a.metrics().n()), a.metrics().n()))).append("</p>");
        b.append("<table id=\"validation-table\"><tr><th>year</th><th>observed (casualties/week)</th><th>proxy range</th>"
                + "<th>predictive median</th><th>90 % band</th><th>in 90 % band</th></tr>");
        for (YearForecast y : ys) {
            b.append("<tr><td>").append(y.year()).append("</td><td>").append(num(y.observed().value(), 1)).append("</td><td>")
                    .append(num(y.observed().low(), 1)).append("-").append(num(y.observed().high(), 1)).append("</td><td>")
                    .append(num(y.predictive().median(), 1)).append("</td><td>").append(num(y.predictive().p5(), 1)).append("-")
                    .append(num(y.predictive().p95(), 1)).append("</td><td>").append(y.in90() ? "yes" : "no").append("</td></tr>");
        }
        b.append("</table>");
        b.append("<p>").append(esc("Observed after 2021 = 10 % of INEGI homicides x (1 + the 2021 ratio of missing persons to homicides)/52 "
                + "(ASSUMPTION; the missing-persons registry after 2021 is contested); the band is the posterior predictive from "
                + (a.posterior().draws() / EVERY) + " of the published draws (parameters plus yearly residual noise). What it means: the "
                + "model cannot produce the plateau and fall in homicides since 2019, so read the comparison as changes against the "
                + "model's own status quo, not as forecasts of casualty counts; long horizons deserve more caution than the bands show. "
                + "Full back-test with a 2012-2018 hold-out: cartel-lab backtest, docs/validation.md.")).append("</p>");
    }
}
