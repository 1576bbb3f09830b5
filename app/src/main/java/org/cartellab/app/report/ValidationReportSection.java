package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;
import static org.cartellab.app.report.Xml.num;

import java.util.List;
import org.cartellab.app.i18n.Messages;
import org.cartellab.validation.Backtest;
import org.cartellab.validation.BacktestPart;
import org.cartellab.validation.BundledBacktest;
import org.cartellab.validation.YearForecast;

/**
 * The comparison report's "What the model got wrong" section: the published calibration against INEGI's homicides
 * after 2021 (back-test (a) of {@code cartel-lab backtest}: {@link BundledBacktest}, the one computation the verb and
 * the web show too, so the figures are the same everywhere) and what that means for reading the comparison, in the
 * report's language. The hold-out and full metrics are in {@code cartel-lab backtest} and docs/validation.md.
 */
public final class ValidationReportSection {
    private ValidationReportSection() {}

    /** The section in English. */
    public static void append(StringBuilder b) { append(b, Messages.english()); }

    /** The section in the language of {@code t}. */
    public static void append(StringBuilder b, Messages t) {
        BundledBacktest.Published r = BundledBacktest.published();
        BacktestPart a = r.part();
        List<YearForecast> ys = a.years();
        b.append("<h2 id=\"validation\">").append(esc(t.get("report.toc.validation"))).append("</h2>");
        b.append("<p class=\"flag\">").append(esc(BacktestFiles.statusQuoSentence(a, r.statusQuoCasualtyChangePct(), t))).append(' ')
                .append(esc(BacktestFiles.publishedSentence(a, t))).append("</p>");
        b.append("<table id=\"validation-table\"><tr>");
        for (String h : t.get("report.validation.table").split("\\|")) b.append("<th>").append(esc(h)).append("</th>");
        b.append("</tr>");
        for (YearForecast y : ys) {
            b.append("<tr><td>").append(y.year()).append("</td><td>").append(num(y.observed().value(), 1)).append("</td><td>")
                    .append(num(y.observed().low(), 1)).append("-").append(num(y.observed().high(), 1)).append("</td><td>")
                    .append(num(y.predictive().median(), 1)).append("</td><td>").append(num(y.predictive().p5(), 1)).append("-")
                    .append(num(y.predictive().p95(), 1)).append("</td><td>").append(esc(t.get(y.in90() ? "report.yes" : "report.no"))).append("</td></tr>");
        }
        b.append("</table>");
        b.append("<p>").append(esc(t.get("report.validation.note", r.drawsUsed(), r.posteriorDraws(), Backtest.PUBLISHED_THIN))).append(' ')
                .append(esc(t.get("backtest.verdict.meaning"))).append("</p>");
    }
}
