package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.count;
import org.cartellab.i18n.Language;
import static org.cartellab.app.report.Xml.esc;
import static org.cartellab.app.report.Xml.pct;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.cartellab.app.i18n.Messages;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.assessment.Criterion;
import org.cartellab.assessment.DecisionMatrix;
import java.time.LocalDate;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.assessment.JudgmentRiskSensitivity;
import org.cartellab.assessment.WeakEffect;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.CohortMetric;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.MetricBand;
import org.cartellab.comparison.PolicyRun;
import org.cartellab.data.DataSet;
import org.cartellab.model.ModelClock;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.LegalBasis;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.OutsideModelOutcome;
import org.cartellab.policy.Range;
import org.cartellab.policy.RiskDimension;
import org.cartellab.policy.RiskRating;
import org.cartellab.record.PublicRecord;

/**
 * Renders a comparison as one self-contained, well-formed XHTML page: inline CSS and SVG, no scripts, no external
 * resources. Sections carry ids (scope, summary, charts, decision-matrix, robustness, weak-effects, courses,
 * assumptions, and the public record: timeline, positions, precedents, claims) so readers and tests can find them.
 */
public final class ComparisonReport {
    private ComparisonReport() {}

    /** The scope statement every comparison report carries. */
    public static final String SCOPE = "Strategic analysis from public data: aggregate models of organisations and totals, published "
            + "legal instruments, and risk ratings with their sources. This is not legal advice, and it is not operational: it names "
            + "no person, locates no one, selects no targets and plans no operation.";

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:1180px;margin:2em auto;padding:0 1em;color:#1d2329;line-height:1.45}
            h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccd;padding-bottom:.2em}
            table{border-collapse:collapse;margin:.6em 0;font-size:.9em}th,td{border:1px solid #ccd;padding:.25em .5em;text-align:left;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums}#outcomes td.n,#cohort-outcomes td.n{white-space:nowrap}th{background:#eef0f4}
            #outcomes,#cohort-outcomes{width:100%}#cohort-outcomes{font-size:.8em}tr.first td{border-top:2px solid #99a3b3}tr.baseline td{background:#f4f6f9;font-weight:600}
            td small{color:#555}
            .scope{background:#fff6e0;border:1px solid #e0b040;padding:.8em 1em}.flag{color:#9a4a00;font-weight:600}
            .outside{color:#555;font-style:italic}.wide{overflow-x:auto}#decision-matrix{font-size:.8em}.charts{display:flex;flex-wrap:wrap;gap:8px}
            svg .grid{stroke:#e4e6ea;stroke-width:1}svg .axis{stroke:#555;stroke-width:1}svg .tick{font-size:10px;fill:#444}
            svg .chart-title{font-size:12px;font-weight:600;fill:#1d2329}svg .legend{font-size:9px;fill:#666}
            svg .band{fill:#4c78a8;fill-opacity:.25;stroke:none}svg .central{fill:none;stroke:#1f4e8c;stroke-width:1.8}
            svg .status-quo{fill:none;stroke:#888;stroke-width:1.2;stroke-dasharray:4 3}svg .bar{fill:#4c78a8}
            """;

    /**
     * @param catalog one line on where the courses of action came from
     * @param weightsSource one line on where the weights came from ("defaults" or a file)
     */
    public static String render(ComparisonAssessment a, String catalog, String weightsSource) {
        return render(a, catalog, weightsSource, id -> id);
    }

    /** As {@link #render(ComparisonAssessment, String, String)}, with evidence source ids resolved to citations. */
    public static String render(ComparisonAssessment a, String catalog, String weightsSource, UnaryOperator<String> citations) {
        return render(a, catalog, weightsSource, citations, null);
    }

    /** As above, with an ensemble section when {@code ensemble} is not null. */
    public static String render(ComparisonAssessment a, String catalog, String weightsSource, UnaryOperator<String> citations,
                                ComparisonEnsembleResult ensemble) {
        return render(a, catalog, weightsSource, citations, ensemble, Messages.english());
    }

    /**
     * As above, in the language of {@code t}: the report's own words from the message bundle, {@code lang} on the root
     * element, the public record localized. The courses' texts are those of the courses compared (localize them before
     * comparing, as {@code compare --lang es} does). Sentences generated by the core (weak effects, matrix notes,
     * assumptions) stay English.
     */
    public static String render(ComparisonAssessment a, String catalog, String weightsSource, UnaryOperator<String> citations,
                                ComparisonEnsembleResult ensemble, Messages t) {
        Comparison c = a.comparison();
        StringBuilder b = new StringBuilder(200_000);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(t.language().id()).append("\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(esc(t.get("report.title"))).append("</title><style>").append(CSS).append("</style></head><body>");
        b.append("<h1>").append(esc(t.get("report.h1"))).append("</h1>");
        b.append("<p class=\"scope\" id=\"scope\"><strong>").append(esc(t.get("report.scope_label"))).append("</strong> ").append(esc(t.get("report.scope"))).append("</p>");
        b.append("<p>").append(esc(t.get("report.intro", catalog, c.start().description(), c.horizonsYears().toString().replaceAll("[\\[\\]]", ""), weightsSource))).append("</p>");
        b.append("<p class=\"flag\">").append(esc(t.get(c.sweepsDependentShare() ? "report.bands_shares" : "report.bands"))).append("</p>");
        summary(b, c, t);
        ValidationReportSection.append(b);
        charts(b, c, t);
        matrix(b, a, t);
        robustness(b, a, t);
        JudgmentRiskSection.append(b, JudgmentRiskSensitivity.of(c, a.matrix().weights()));
        EnsembleReportSection.append(b, ensemble);
        weak(b, a.weakEffects(), t);
        courses(b, c, t);
        sources(b, c, citations, t);
        assumptions(b, a, t);
        RecordReportSection.append(b, PublicRecord.bundled(), courseIds(c), t);
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void summary(StringBuilder b, Comparison c, Messages t) {
        b.append("<h2 id=\"summary\">").append(esc(t.get("report.summary.h2"))).append("</h2>");
        b.append("<p>").append(esc(t.get("report.summary.intro"))).append(' ');
        if (!c.baselineEquivalents().isEmpty()) {
            b.append(esc(t.get("report.summary.baseline", String.join(", ", c.baselineEquivalents())))).append(' ');
        }
        b.append("</p>");
        b.append("<table id=\"outcomes\"><thead><tr><th>").append(esc(t.get("report.col.course"))).append("</th><th>").append(esc(t.get("report.col.years"))).append("</th>");
        for (Metric m : Metric.values()) b.append("<th>").append(esc(t.getOr("metric." + m.id(), m.label()))).append(m.estimate() ? " <span class=\"flag\">[" + esc(t.get("report.estimate")) + "]</span>" : "").append("</th>");
        b.append("</tr></thead><tbody>");
        int rows = c.horizonsYears().size();
        for (int y : c.horizonsYears()) {
            boolean first = y == c.horizonsYears().get(0);
            b.append("<tr class=\"baseline").append(first ? " first" : "").append("\">");
            if (first) b.append("<td rowspan=\"").append(rows).append("\">").append(esc(baselineLabel(c, t))).append("</td>");
            b.append("<td class=\"n\">").append(y).append("</td>");
            for (Metric m : Metric.values()) b.append("<td class=\"n\">").append(count(c.statusQuo().value(m, 52 * y))).append("</td>");
            b.append("</tr>");
        }
        for (CoaResult r : c.results()) {
            if (r.coa().isStatusQuo()) continue; // shown once, as the baseline row
            for (int y : c.horizonsYears()) {
                boolean first = y == c.horizonsYears().get(0);
                b.append(first ? "<tr class=\"first\"><td rowspan=\"" + rows + "\">" + esc(r.id()) + "</td>" : "<tr>").append("<td class=\"n\">").append(y).append("</td>");
                for (Metric m : Metric.values()) {
                    MetricBand band = r.band(y, m);
                    b.append("<td class=\"n\">").append(count(band.central())).append(" (").append(pct(band.centralChangePct())).append(")<br/><small>[")
                            .append(count(band.low())).append(' ').append(esc(t.get("report.to"))).append(' ').append(count(band.high())).append("]</small></td>");
                }
                b.append("</tr>");
            }
        }
        b.append("</tbody></table>");
        cohort(b, c, t);
    }

    /** Sentence levers: the cohort engine's outcomes, in their own table, never mixed with the network engine's members. */
    private static void cohort(StringBuilder b, Comparison c, Messages t) {
        List<CoaResult> rs = c.results().stream().filter(r -> !r.cohort().isEmpty()).toList();
        if (rs.isEmpty()) return;
        b.append("<h3 id=\"cohort\">").append(esc(t.get("report.cohort.h3"))).append("</h3>");
        b.append("<p>").append(esc(t.get("report.cohort.intro"))).append("</p>")
                .append("<p><small>").append(esc(t.get("report.method"))).append(' ').append(esc(rs.get(0).cohort().values().iterator().next().get(Range.Point.CENTRAL).method())).append(".</small></p>");
        b.append("<div class=\"wide\"><table id=\"cohort-outcomes\"><thead><tr><th>").append(esc(t.get("report.col.course"))).append("</th><th>")
                .append(esc(t.get("report.col.years"))).append("</th>");
        for (CohortMetric m : CohortMetric.values()) b.append("<th>").append(esc(t.getOr("cohort.short." + m.id(), m.shortLabel()))).append("</th>");
        b.append("</tr></thead><tbody>");
        for (CoaResult r : rs) {
            for (int y : c.horizonsYears()) {
                var perPoint = r.cohort().get(y);
                boolean first = y == c.horizonsYears().get(0);
                b.append(first ? "<tr class=\"first\"><td rowspan=\"" + c.horizonsYears().size() + "\">" + esc(r.id()) + "</td>" : "<tr>")
                        .append("<td class=\"n\">").append(y).append("</td>");
                for (CohortMetric m : CohortMetric.values()) {
                    double central = perPoint.get(Range.Point.CENTRAL).withLevers().get(m.id());
                    double sq = perPoint.get(Range.Point.CENTRAL).statusQuo().get(m.id());
                    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                    for (var o : perPoint.values()) {
                        lo = Math.min(lo, o.withLevers().get(m.id()));
                        hi = Math.max(hi, o.withLevers().get(m.id()));
                    }
                    b.append("<td class=\"n\">").append(esc(cfmt(central))).append(" (").append(esc(signed(central - sq, t))).append(")<br/><small>").append(esc(t.get("report.baseline"))).append(' ')
                            .append(esc(cfmt(sq))).append("</small><br/><small>[").append(esc(cfmt(lo))).append(' ').append(esc(t.get("report.to"))).append(' ').append(esc(cfmt(hi))).append("]</small></td>");
                }
                b.append("</tr>");
            }
        }
        b.append("</tbody></table></div><ul id=\"cohort-legend\">");
        for (CohortMetric m : CohortMetric.values()) {
            b.append("<li><strong>").append(esc(t.getOr("cohort.short." + m.id(), m.shortLabel()))).append("</strong> (").append(esc(m.id())).append("): ")
                    .append(esc(t.getOr("cohort.label." + m.id(), m.label()))).append(".</li>");
        }
        b.append("</ul>");
    }

    private static String signed(double d, Messages t) {
        if (Math.abs(d) < 5e-4) return t.get("report.no_change");
        return (d > 0 ? "+" : "\u2212") + cfmt(Math.abs(d));
    }

    /** Cohort numbers: whole numbers from 100, one decimal from 1, three significant decimals below. */
    private static String cfmt(double v) { return Math.abs(v) >= 100 ? count(v) : Math.abs(v) >= 1 ? Xml.num(v, 1) : Xml.num(v, 3); }

    private static void charts(StringBuilder b, Comparison c, Messages t) {
        b.append("<h2 id=\"charts\">").append(esc(t.get("report.charts.h2"))).append("</h2><div class=\"charts\">");
        // Week 520 is 2021-12-19; label the axis with the nearest calendar year, as docs/models.md calls it "2022".
        LocalDate start = ModelClock.NETWORK.dateOf(c.start().startWeek());
        int startYear = (int) Math.round(start.getYear() + (start.getDayOfYear() - 1) / 365.25);
        double[] sqMembers = c.statusQuo().series(WeeklyColumn.MEMBERS);
        double[] sqDeaths = c.statusQuo().series(WeeklyColumn.DEATHS);
        for (CoaResult r : c.results()) {
            if (r.coa().isStatusQuo()) continue; // no levers: its line is the dashed baseline in every chart
            for (WeeklyColumn col : List.of(WeeklyColumn.MEMBERS, WeeklyColumn.DEATHS)) {
                double[][] band = band(r, col);
                String metric = col == WeeklyColumn.MEMBERS ? "members" : "weekly_casualties";
                String title = r.id() + ": " + (col == WeeklyColumn.MEMBERS ? t.get("report.chart.members") : t.get("report.chart.casualties"));
                b.append(SvgCharts.timeSeries("chart-" + metric + "-" + r.id(), title, metric, r.id(), band[0], band[1], band[2],
                        col == WeeklyColumn.MEMBERS ? sqMembers : sqDeaths, startYear));
            }
        }
        b.append("</div>");
    }

    /** Per week: min, central, max over every run the band sweeps (lever points, and dependent shares where they matter). */
    static double[][] band(CoaResult r, WeeklyColumn col) {
        double[] central = r.runs().get(Range.Point.CENTRAL).series(col);
        double[] lo = central.clone();
        double[] hi = central.clone();
        for (PolicyRun run : r.sweep()) {
            double[] s = run.series(col);
            for (int k = 0; k < s.length; k++) {
                lo[k] = Math.min(lo[k], s[k]);
                hi[k] = Math.max(hi[k], s[k]);
            }
        }
        return new double[][] {lo, central, hi};
    }

    private static void matrix(StringBuilder b, ComparisonAssessment a, Messages t) {
        DecisionMatrix m = a.matrix();
        b.append("<h2 id=\"matrix\">").append(esc(t.get("report.matrix.h2"))).append("</h2>");
        b.append("<p>").append(esc(t.get("report.matrix.intro", m.horizonYears(), t.date(KnowledgeBase.bundled().reviewed())))).append("</p>");
        b.append("<table id=\"weights-used\"><thead><tr><th>").append(esc(t.get("report.weights.criterion"))).append("</th><th>").append(esc(t.get("report.weights.given")))
                .append("</th><th>").append(esc(t.get("report.weights.used"))).append("</th><th>").append(esc(t.get("report.weights.best"))).append("</th><th>")
                .append(esc(t.get("report.weights.worst"))).append("</th><th>").append(esc(t.get("report.weights.unit"))).append("</th></tr></thead><tbody>");
        double[] used = m.weights().normalised();
        for (Criterion c : Criterion.values()) {
            b.append("<tr><td>").append(esc(c.id())).append("</td><td class=\"n\">").append(Xml.num(m.weights().get(c), 4)).append("</td><td class=\"n\">")
                    .append(Xml.num(used[c.ordinal()], 4)).append("</td><td class=\"n\">").append(Xml.num(c.scale().best(), 0)).append("</td><td class=\"n\">")
                    .append(Xml.num(c.scale().worst(), 0)).append("</td><td>").append(esc(c.scale().unit())).append("</td></tr>");
        }
        b.append("</tbody></table>");
        m.assessedAgainstStatusQuo().ifPresent(r -> {
            DecisionMatrix.Row sq = m.statusQuoRow().orElseThrow();
            b.append("<p id=\"against-status-quo\">").append(esc(t.get("report.against_sq", r.id(), Xml.num(r.score(), 3), Xml.num(sq.score(), 3), sq.id(),
                    Xml.num(100 * a.robustness().shareAboveStatusQuo().get(r.id()), 1)))).append("</p>");
        });
        b.append("<div class=\"wide\"><table id=\"decision-matrix\"><thead><tr><th>").append(esc(t.get("report.col.rank"))).append("</th><th>")
                .append(esc(t.get("report.col.course"))).append("</th><th>").append(esc(t.get("report.col.score"))).append("</th>");
        for (Criterion c : Criterion.values()) b.append("<th>").append(esc(t.getOr("criterion." + c.id(), c.label()))).append("</th>");
        b.append("<th>").append(esc(t.get("report.col.rank_low"))).append("</th><th>").append(esc(t.get("report.col.rank_high"))).append("</th></tr><tr><th></th><th>")
                .append(esc(t.get("report.col.weight"))).append("</th><th></th>");
        double[] w = m.weights().normalised();
        for (Criterion c : Criterion.values()) b.append("<th class=\"n\">").append(Xml.num(w[c.ordinal()], 3)).append("</th>");
        b.append("<th></th><th></th></tr></thead><tbody>");
        for (DecisionMatrix.Row r : m.ranked()) {
            b.append("<tr data-coa=\"").append(esc(r.id())).append("\"><td class=\"n\">").append(r.rank()).append("</td><td>").append(esc(r.id()))
                    .append("<br/><small>").append(esc(r.title())).append("</small></td><td class=\"n\">").append(Xml.num(r.score(), 3)).append("</td>");
            for (Criterion c : Criterion.values()) {
                double raw = r.raw().get(c);
                String shown = c.group() == Criterion.Group.MODELLED ? pct(raw) : c.risk() != null ? t.get("risk.level." + (int) raw) + " (" + (int) raw + ")" : Xml.num(raw, 0);
                b.append("<td class=\"n\">").append(esc(shown)).append("<br/><small>").append(Xml.num(r.normalised().get(c), 2)).append("</small></td>");
            }
            b.append("<td class=\"n\">").append(a.lowLevers().row(r.id()).rank()).append("</td><td class=\"n\">").append(a.highLevers().row(r.id()).rank()).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        if (!m.notes().isEmpty()) {
            b.append("<ul class=\"flag\">");
            for (String n : m.notes()) b.append("<li>").append(esc(n)).append("</li>");
            b.append("</ul>");
        }
    }

    private static void robustness(StringBuilder b, ComparisonAssessment a, Messages t) {
        b.append("<h2 id=\"robustness\">").append(esc(t.get("report.robustness.h2"))).append("</h2>");
        b.append("<p>").append(esc(t.get("report.robustness.intro", count(a.robustness().samples()), a.robustness().seed()))).append("</p>");
        Map<String, Double> byRank = new LinkedHashMap<>();
        for (DecisionMatrix.Row r : a.matrix().ranked()) byRank.put(r.id(), a.robustness().shareFirst().get(r.id()));
        b.append(SvgCharts.shareBars("robustness-bars", t.get("report.robustness.first"), byRank));
        if (!a.robustness().shareAboveStatusQuo().isEmpty()) {
            Map<String, Double> above = new LinkedHashMap<>();
            for (DecisionMatrix.Row r : a.matrix().ranked()) if (a.robustness().shareAboveStatusQuo().containsKey(r.id())) above.put(r.id(), a.robustness().shareAboveStatusQuo().get(r.id()));
            b.append(SvgCharts.shareBars("above-status-quo-bars", t.get("report.robustness.above"), above));
        }
    }

    private static void weak(StringBuilder b, List<WeakEffect> weak, Messages t) {
        b.append("<h2 id=\"weak\">").append(esc(t.get("report.weak.h2"))).append("</h2>");
        if (weak.isEmpty()) {
            b.append("<p id=\"weak-effects\">").append(esc(t.get("report.weak.none", Xml.num(WeakEffect.SMALL_PCT, 0)))).append("</p>");
            return;
        }
        b.append("<ul id=\"weak-effects\">");
        for (WeakEffect w : weak) b.append("<li data-kind=\"").append(w.kind().name()).append("\">").append(esc(w.message())).append("</li>");
        b.append("</ul>");
    }

    private static Set<String> courseIds(Comparison c) {
        Set<String> ids = new LinkedHashSet<>();
        for (CoaResult r : c.results()) ids.add(r.coa().id());
        return ids;
    }

    private static void courses(StringBuilder b, Comparison c, Messages t) {
        b.append("<h2 id=\"courses\">").append(esc(t.get("report.courses.h2"))).append("</h2>");
        for (CoaResult r : c.results()) {
            CourseOfAction coa = r.coa();
            b.append("<section class=\"coa\" id=\"coa-").append(esc(coa.id())).append("\"><h3>").append(esc(coa.id())).append(": ").append(esc(coa.title())).append("</h3>");
            b.append("<p>").append(esc(coa.summary())).append("</p>");
            if (!coa.seeds().isEmpty()) b.append("<p>").append(esc(t.get("report.seeds"))).append(' ').append(esc(String.join(", ", coa.seeds())))
                    .append(esc(RecordReportSection.seedNote(PublicRecord.bundled(), coa.seeds(), t))).append("</p>");
            b.append("<table class=\"levers\"><thead><tr>").append(headers(t, "lever", "low", "central", "high", "unit", "start", "ramp", "scaled", "settings", "evidence"))
                    .append("</tr></thead><tbody>");
            for (LeverEffect e : coa.levers()) {
                boolean notEvaluated = r.notEvaluated().stream().map(LeverSetting::effect).anyMatch(e::equals);
                String engine = notEvaluated ? " <span class=\"flag\">[" + esc(t.get("report.not_evaluated")) + "]</span>"
                        : e.lever() == Lever.SENTENCE_MULTIPLIER ? " <small>[" + esc(t.get("report.cohort_engine")) + "]</small>" : "";
                b.append("<tr><td>").append(esc(e.lever().id())).append(engine)
                        .append("</td><td class=\"n\">").append(Xml.num(e.effect().low(), 3)).append("</td><td class=\"n\">").append(Xml.num(e.effect().central(), 3))
                        .append("</td><td class=\"n\">").append(Xml.num(e.effect().high(), 3)).append("</td><td>").append(esc(t.getOr("lever.unit." + e.lever().id(), e.lever().unit())))
                        .append("</td><td class=\"n\">").append(e.startWeek()).append("</td><td class=\"n\">").append(e.rampWeeks())
                        .append("</td><td>").append(esc(t.get(e.scaledByCooperation() ? "report.yes" : "report.no"))).append("</td><td>").append(esc(new TreeMap<>(e.settings()).toString()))
                        .append("</td><td>").append(evidence(e.evidence(), t)).append("</td></tr>");
            }
            b.append("</tbody></table>");
            PathwayHtml.append(b, coa, KnowledgeBase.bundled(), LocalDate.now(), t);
            b.append("<table class=\"legal\"><thead><tr>").append(headers(t, "role", "jurisdiction", "instrument", "reading", "source")).append("</tr></thead><tbody>");
            for (LegalBasis l : coa.legal()) {
                b.append("<tr><td>").append(esc(t.get(l.role() == LegalBasis.Role.AUTHORITY ? "report.authority" : "report.constraint"))).append("</td><td>").append(esc(l.jurisdiction().name()))
                        .append("</td><td>").append(esc(l.citation())).append("</td><td>").append(esc(l.note())).append("</td><td>")
                        .append(esc(l.provision().isEmpty() ? l.source() : t.get("coa.show.law") + " " + l.provision())).append("</td></tr>");
            }
            b.append("</tbody></table><table class=\"risks\"><thead><tr>").append(headers(t, "risk", "rating", "rationale", "evidence")).append("</tr></thead><tbody>");
            for (RiskDimension d : RiskDimension.values()) {
                RiskRating rr = coa.risks().get(d);
                b.append("<tr><td>").append(esc(t.getOr("risk." + d.id(), d.id()))).append("</td>");
                if (rr == null) b.append("<td class=\"flag\">").append(esc(t.get("report.not_rated"))).append("</td><td></td><td></td></tr>");
                else b.append("<td>").append(esc(t.get("risk.level." + rr.level()))).append(" (").append(rr.level()).append(")</td><td>").append(esc(rr.rationale()))
                        .append("</td><td>").append(riskEvidence(rr, t)).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (!coa.outsideModel().isEmpty()) {
                b.append("<table class=\"outside-model\"><thead><tr>").append(headers(t, "outside", "low", "central", "high", "unit", "evidence")).append("</tr></thead><tbody>");
                for (OutsideModelOutcome o : coa.outsideModel()) {
                    b.append("<tr class=\"outside\"><td>").append(esc(o.metric())).append(" <span class=\"flag\">[").append(esc(t.get("report.outside_flag"))).append("]</span></td><td class=\"n\">")
                            .append(esc(fmt(o.range().low()))).append("</td><td class=\"n\">").append(esc(fmt(o.range().central()))).append("</td><td class=\"n\">")
                            .append(esc(fmt(o.range().high()))).append("</td><td>").append(esc(o.unit())).append("</td><td>").append(evidence(o.evidence(), t)).append("</td></tr>");
                }
                b.append("</tbody></table>");
            }
            b.append("</section>");
        }
    }

    private static String fmt(double v) { return Math.abs(v) >= 100 ? count(v) : Xml.num(v, 3); }

    /** The baseline row's label: the core's English label, or its translation. */
    private static String baselineLabel(Comparison c, Messages t) {
        if (t.language() == Language.EN) return c.baselineLabel();
        List<String> ids = c.baselineEquivalents();
        return ids.isEmpty() ? t.get("report.baseline_none") : String.join(" = ", ids) + " (" + t.get("report.baseline") + ")";
    }

    /** A risk level's basis: the sourced fact and why it gives the level, or a flagged judgment. */
    private static String riskEvidence(RiskRating r, Messages t) {
        Evidence e = r.evidence();
        if (!r.judgment()) {
            return "<b>" + esc(t.get("report.risk.sourced")) + "</b> (" + esc(String.join("; ", e.sources())) + "): " + esc(r.fact()) + " <i>"
                    + esc(t.get("report.risk.why")) + "</i> " + esc(e.rationale());
        }
        StringBuilder s = new StringBuilder("<span class=\"flag\">[" + esc(t.get("coa.risk.judgment")) + "]</span> ");
        if (!e.sources().isEmpty()) s.append(esc(t.get("report.risk.direction", String.join("; ", e.sources())))).append(": ");
        s.append(esc(e.rationale()));
        if (r.lowReliabilityOnly()) s.append(" <span class=\"flag\">[").append(esc(t.get("report.risk.low_reliability"))).append("]</span>");
        return s.toString();
    }

    /** Table header cells from the bundle's {@code report.th.*} keys. */
    private static String headers(Messages t, String... keys) {
        StringBuilder s = new StringBuilder();
        for (String k : keys) s.append("<th>").append(esc(t.get("report.th." + k))).append("</th>");
        return s.toString();
    }

    private static String evidence(Evidence e, Messages t) {
        StringBuilder s = new StringBuilder();
        if (e.assumption()) s.append("<span class=\"flag\">[").append(esc(t.get("report.assumption"))).append("]</span> ");
        if (!e.sources().isEmpty()) s.append(esc(String.join("; ", e.sources()))).append(": ");
        return s.append(esc(e.rationale())).toString();
    }

    private static void sources(StringBuilder b, Comparison c, UnaryOperator<String> citations, Messages t) {
        TreeSet<String> ids = new TreeSet<>();
        for (CoaResult r : c.results()) {
            CourseOfAction coa = r.coa();
            for (LeverEffect e : coa.levers()) ids.addAll(e.evidence().sources());
            for (RiskRating rr : coa.risks().values()) ids.addAll(rr.evidence().sources());
            for (OutsideModelOutcome o : coa.outsideModel()) ids.addAll(o.evidence().sources());
        }
        b.append("<h2 id=\"sources-heading\">").append(esc(t.get("report.sources.h2"))).append("</h2><ul id=\"sources\">");
        for (String id : ids) b.append("<li><strong>").append(esc(id)).append("</strong>: ").append(esc(citations.apply(id))).append("</li>");
        b.append("</ul><p>").append(esc(t.get("report.network_data"))).append(' ').append(esc(DataSet.NODES.citation())).append(". ").append(esc(t.get("report.sentences"))).append(' ')
                .append(esc(DataSet.SENTENCES.citation())).append(".</p>");
    }

    private static void assumptions(StringBuilder b, ComparisonAssessment a, Messages t) {
        b.append("<h2 id=\"assumptions-heading\">").append(esc(t.get("report.assumptions.h2"))).append("</h2><ol id=\"assumptions\">");
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (String s : a.comparison().assumptions()) all.put(s, true);
        for (String s : a.matrix().notes()) all.put(s, true);
        StringBuilder w = new StringBuilder();
        for (Criterion c : Criterion.values()) w.append(w.length() == 0 ? "" : ", ").append(c.id()).append(' ').append(Xml.num(a.matrix().weights().normalised()[c.ordinal()], 3));
        all.put(t.get("report.assumptions.weights", w), true);
        all.put(t.get("report.assumptions.small", Xml.num(WeakEffect.SMALL_PCT, 0)), true);
        for (String s : all.keySet()) b.append("<li>").append(esc(s)).append("</li>");
        b.append("</ol>");
    }
}
