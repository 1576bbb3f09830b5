package org.cartellab.app.report;

import org.cartellab.app.i18n.Messages;

import static org.cartellab.app.report.Xml.count;
import static org.cartellab.app.report.Xml.esc;
import static org.cartellab.app.report.Xml.num;
import static org.cartellab.app.report.Xml.pct;
import static org.cartellab.app.report.Xml.xy;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.cartellab.assessment.ComparisonEnsemble;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.comparison.Metric;
import org.cartellab.uncertainty.Spread;

/**
 * The ensemble section of report.html (id "ensemble"): banded outcomes and paired changes per course and horizon, bars
 * with whiskers for the percent change in members and cumulative casualties at the matrix horizon, and the rank
 * distribution across members. Well-formed XHTML with inline SVG.
 */
public final class EnsembleReportSection {
    private EnsembleReportSection() {}

    /** Appends the section; nothing when {@code e} is null (no ensemble was run). */
    public static void append(StringBuilder b, ComparisonEnsembleResult e) { append(b, e, id -> id); }

    /** As above, with course titles ({@code titles}: id to title) in tables and charts. */
    public static void append(StringBuilder b, ComparisonEnsembleResult e, java.util.function.UnaryOperator<String> titles) {
        append(b, e, titles, Messages.english());
    }

    /** As above, in the language of {@code t}. */
    public static void append(StringBuilder b, ComparisonEnsembleResult e, java.util.function.UnaryOperator<String> titles, Messages t) {
        if (e == null) return;
        int h = e.matrixHorizon();
        b.append("<h2 id=\"ensemble\">").append(esc(t.get("ens.h2", count(e.members())))).append("</h2>");
        b.append("<p id=\"ensemble-draws\">").append(esc(t.phrase(e.runsOverDrawsPhrase()))).append(".</p>");
        b.append("<p>").append(english(esc(t.get("ens.intro1", e.distribution(), e.seed())), e.distribution(), t)).append(" <strong>").append(esc(t.get("ens.paired"))).append("</strong>")
                .append(esc(t.get("ens.intro2"))).append("</p>");
        b.append("<div class=\"charts\">");
        whiskers(b, e, Metric.MEMBERS, h, titles, t);
        whiskers(b, e, Metric.CUMULATIVE_CASUALTIES, h, titles, t);
        b.append("</div>");
        b.append("<details><summary>").append(esc(t.get("ens.outcomes", e.ids().size() * e.horizonsYears().size())))
                .append("</summary>").append(ReportChrome.copyButton("ensemble-outcomes", t));
        table(b, e, titles, t);
        b.append("</details>");
        ranks(b, e, titles, t);
        b.append("<h3>").append(esc(t.get("ens.assumptions"))).append("</h3><ol id=\"ensemble-assumptions\">");
        for (org.cartellab.text.Phrase a : e.assumptionPhrases()) b.append("<li>").append(english(esc(t.phrase(a)), e.distribution(), t)).append("</li>");
        b.append("</ol>");
    }

    private static void table(StringBuilder b, ComparisonEnsembleResult e, java.util.function.UnaryOperator<String> titles, Messages t) {
        b.append("<div class=\"wide\"><table id=\"ensemble-outcomes\"><thead><tr><th>").append(esc(t.get("ens.th.course"))).append("</th><th>")
                .append(esc(t.get("ens.th.years"))).append("</th>");
        for (Metric m : ComparisonEnsemble.METRICS) b.append("<th>").append(esc(t.getOr("metric." + m.id(), m.label()))).append("</th>");
        b.append("</tr></thead><tbody>");
        for (int y : e.horizonsYears()) {
            b.append("<tr data-coa=\"status_quo\" data-years=\"").append(y).append("\"><td>").append(esc(t.get("ens.status_quo"))).append("</td><td class=\"n\">").append(y).append("</td>");
            for (Metric m : ComparisonEnsemble.METRICS) b.append("<td class=\"n\">").append(spread(e.statusQuo().get(y).get(m), t)).append("</td>");
            b.append("</tr>");
        }
        for (String id : e.ids()) {
            if (e.identicalToBaseline(id)) continue; // e.g. the catalog's lever-less status_quo: shown once, as the baseline
            for (int y : e.horizonsYears()) {
                b.append("<tr data-coa=\"").append(esc(id)).append("\" data-years=\"").append(y).append("\"><td>").append(esc(titles.apply(id)))
                        .append("</td><td class=\"n\">").append(y).append("</td>");
                for (Metric m : ComparisonEnsemble.METRICS) {
                    ComparisonEnsembleResult.Outcome o = e.outcome(id, y, m);
                    b.append("<td class=\"n\" data-metric=\"").append(m.id()).append("\" data-prob-lower=\"").append(num(o.probLower(), 4)).append("\">")
                            .append(spread(o.level(), t)).append("<br/>").append(esc(t.get("ens.change"))).append(' ').append(pct(o.changePct().median())).append(" [")
                            .append(pct(o.changePct().p5())).append(' ').append(esc(t.get("report.to"))).append(' ').append(pct(o.changePct().p95())).append("]<br/>")
                            .append(esc(t.get("ens.p_lower"))).append(' ')
                            .append(String.format(Locale.ROOT, "%.0f%%", 100 * o.probLower())).append("</td>");
                }
                b.append("</tr>");
            }
        }
        b.append("</tbody></table></div>");
    }

    /**
     * Escaped text with the parameter distribution's description (the core's English words, e.g. "calibration
     * posterior (published draws ...)") marked {@code lang="en"} when the page is in another language.
     */
    private static String english(String escaped, String distribution, Messages t) {
        if (t.language() == org.cartellab.i18n.Language.EN || distribution == null || distribution.isEmpty()) return escaped;
        return escaped.replace(esc(distribution), "<span lang=\"en\">" + esc(distribution) + "</span>");
    }

    /** A chart label: at most 34 characters, cut at a word with an ellipsis. */
    static String shorten(String t) {
        if (t.length() <= 34) return t;
        int cut = t.lastIndexOf(' ', 33);
        return t.substring(0, cut > 10 ? cut : 33) + "\u2026";
    }

    private static String spread(Spread s, Messages t) {
        return count(s.median()) + "<br/>[" + count(s.p5()) + " " + esc(t.get("report.to")) + " " + count(s.p95()) + "]";
    }

    /** Horizontal bars: 25-75 % box, 5-95 % whisker, median tick, of the paired percent change per course. */
    private static void whiskers(StringBuilder b, ComparisonEnsembleResult e, Metric m, int years, java.util.function.UnaryOperator<String> titles, Messages t) {
        StringBuilder outer = b;
        b = new StringBuilder();
        int w = 560;
        int labelW = 200;
        int rowH = 20;
        int top = 30;
        int height = top + rowH * e.ids().size() + 30;
        double lo = 0;
        double hi = 0;
        for (String id : e.ids()) {
            Spread s = e.outcome(id, years, m).changePct();
            lo = Math.min(lo, s.p5());
            hi = Math.max(hi, s.p95());
        }
        if (hi - lo < 1e-9) hi = lo + 1;
        double pad = 0.05 * (hi - lo);
        double x0 = lo - pad;
        double x1 = hi + pad;
        double plotW = w - labelW - 20;
        DoubleUnaryOperator x = v -> labelW + (v - x0) / (x1 - x0) * plotW;
        String title = t.get(m == Metric.MEMBERS ? "ens.whiskers_members" : "ens.whiskers_casualties", years);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"whiskers\" id=\"ensemble-change-").append(m.id()).append("\" data-metric=\"")
                .append(m.id()).append("\" data-years=\"").append(years).append("\" width=\"").append(w).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(height).append("\" role=\"img\"><title>").append(esc(title)).append("</title>").append(SvgCharts.STYLE);
        b.append("<text x=\"4\" y=\"18\" class=\"chart-title\">").append(esc(title)).append("</text>");
        double zx = x.applyAsDouble(0);
        double bottom = top + rowH * e.ids().size();
        b.append("<line class=\"zero\" stroke=\"#888\" stroke-dasharray=\"4 3\" x1=\"").append(xy(zx)).append("\" y1=\"").append(top).append("\" x2=\"").append(xy(zx)).append("\" y2=\"")
                .append(xy(bottom)).append("\"/>");
        int row = 0;
        for (String id : e.ids()) {
            ComparisonEnsembleResult.Outcome o = e.outcome(id, years, m);
            Spread s = o.changePct();
            double y = top + row * rowH;
            double mid = y + rowH / 2.0;
            b.append("<g class=\"row\" data-coa=\"").append(esc(id)).append("\" data-p5=\"").append(num(s.p5(), 4)).append("\" data-p25=\"")
                    .append(num(s.p25(), 4)).append("\" data-median=\"").append(num(s.median(), 4)).append("\" data-p75=\"").append(num(s.p75(), 4))
                    .append("\" data-p95=\"").append(num(s.p95(), 4)).append("\" data-prob-lower=\"").append(num(o.probLower(), 4)).append("\">");
            b.append("<text class=\"tick\" x=\"").append(labelW - 6).append("\" y=\"").append(xy(mid + 4)).append("\" text-anchor=\"end\">").append(esc(shorten(titles.apply(id)))).append("</text>");
            b.append("<line class=\"whisker\" stroke=\"#1f4e8c\" stroke-width=\"1.4\" x1=\"").append(xy(x.applyAsDouble(s.p5()))).append("\" y1=\"").append(xy(mid)).append("\" x2=\"")
                    .append(xy(x.applyAsDouble(s.p95()))).append("\" y2=\"").append(xy(mid)).append("\"/>");
            b.append("<rect class=\"iqr\" fill=\"#4c78a8\" fill-opacity=\"0.45\" stroke=\"#1f4e8c\" x=\"").append(xy(x.applyAsDouble(s.p25()))).append("\" y=\"").append(xy(y + 4)).append("\" width=\"")
                    .append(xy(Math.max(0.5, x.applyAsDouble(s.p75()) - x.applyAsDouble(s.p25())))).append("\" height=\"").append(rowH - 8).append("\"/>");
            b.append("<line class=\"median\" stroke=\"#0b2545\" stroke-width=\"2.4\" x1=\"").append(xy(x.applyAsDouble(s.median()))).append("\" y1=\"").append(xy(y + 2)).append("\" x2=\"")
                    .append(xy(x.applyAsDouble(s.median()))).append("\" y2=\"").append(xy(y + rowH - 2)).append("\"/>");
            b.append("</g>");
            row++;
        }
        for (double v : new TreeSet<>(List.of(lo, 0.0, hi))) {
            b.append("<text class=\"tick\" x=\"").append(xy(x.applyAsDouble(v))).append("\" y=\"").append(xy(bottom + 16)).append("\" text-anchor=\"middle\">")
                    .append(esc(pct(v))).append("</text>");
        }
        b.append("</svg>");
        outer.append(ReportChrome.figure("ensemble-change-" + m.id(), b.toString(), "", t));
    }

    private static void ranks(StringBuilder b, ComparisonEnsembleResult e, java.util.function.UnaryOperator<String> titles, Messages t) {
        b.append("<h3 id=\"ensemble-ranks\">").append(esc(t.get("ens.ranks_h3", e.matrixHorizon()))).append("</h3>");
        b.append("<p>").append(esc(t.get("ens.ranks_intro"))).append("</p>");
        b.append("<table id=\"ensemble-rank-table\"><thead><tr>");
        for (String k : List.of("course", "median_rank", "first", "shares")) b.append("<th>").append(esc(t.get("ens.th." + k))).append("</th>");
        b.append("</tr></thead><tbody>");
        Map<String, Double> first = new LinkedHashMap<>();
        e.ids().stream().sorted(Comparator.comparingDouble((String id) -> e.ranks().get(id).medianRank())
                .thenComparingDouble(id -> -e.ranks().get(id).shareFirst())).forEach(id -> {
                    ComparisonEnsembleResult.RankDistribution r = e.ranks().get(id);
                    first.put(shorten(titles.apply(id)), r.shareFirst());
                    StringBuilder shares = new StringBuilder();
                    for (double s : r.shareAtRank()) shares.append(shares.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f%%", 100 * s));
                    b.append("<tr data-coa=\"").append(esc(id)).append("\"><td>").append(esc(titles.apply(id))).append("</td><td class=\"n\">").append(num(r.medianRank(), 1))
                            .append("</td><td class=\"n\">").append(String.format(Locale.ROOT, "%.1f%%", 100 * r.shareFirst())).append("</td><td>")
                            .append(shares).append("</td></tr>");
                });
        b.append("</tbody></table>");
        b.append(ReportChrome.figure("ensemble-rank-bars", SvgCharts.shareBars("ensemble-rank-bars", t.get("ens.first_bars"), first), "", t));
    }
}
