package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.count;
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
        Comparison c = a.comparison();
        StringBuilder b = new StringBuilder(200_000);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>Cartel Policy Lab: comparison of courses of action</title><style>").append(CSS).append("</style></head><body>");
        b.append("<h1>Comparison of courses of action</h1>");
        b.append("<p class=\"scope\" id=\"scope\"><strong>Scope.</strong> ").append(esc(SCOPE)).append("</p>");
        b.append("<p>Courses of action from: ").append(esc(catalog)).append(". Start: ").append(esc(c.start().description()))
                .append(". Horizons: ").append(esc(c.horizonsYears().toString())).append(" years. Weights: ").append(esc(weightsSource)).append(".</p>");
        b.append("<p class=\"flag\">Bands are the smallest and largest values over three runs with every lever at the low, central or high end "
                + "of its catalog range").append(c.sweepsDependentShare() ? ", each also run, for courses that change Mexico's cooperation, at the low and high "
                + "assumed share of arrests that depend on that cooperation" : "").append(". They are a sweep of the ranges, not a probability interval.</p>");
        summary(b, c);
        ValidationReportSection.append(b);
        charts(b, c);
        matrix(b, a);
        robustness(b, a);
        JudgmentRiskSection.append(b, JudgmentRiskSensitivity.of(c, a.matrix().weights()));
        EnsembleReportSection.append(b, ensemble);
        weak(b, a.weakEffects());
        courses(b, c);
        sources(b, c, citations);
        assumptions(b, a);
        RecordReportSection.append(b, PublicRecord.bundled(), courseIds(c));
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void summary(StringBuilder b, Comparison c) {
        b.append("<h2 id=\"summary\">Modelled outcomes</h2>");
        b.append("<p>Network engine (Prieto-Curiel et al., Science 2023). Each cell: central value (change against the baseline) and the band below it. ");
        if (!c.baselineEquivalents().isEmpty()) {
            b.append("The baseline row is the run with no new measures; the catalog's ").append(esc(String.join(", ", c.baselineEquivalents())))
                    .append(" has no levers, so its numbers are exactly these and it is not repeated (it is still ranked in the decision matrix). ");
        }
        b.append("</p>");
        b.append("<table id=\"outcomes\"><thead><tr><th>Course of action</th><th>Years</th>");
        for (Metric m : Metric.values()) b.append("<th>").append(esc(m.label())).append(m.estimate() ? " <span class=\"flag\">[estimate]</span>" : "").append("</th>");
        b.append("</tr></thead><tbody>");
        int rows = c.horizonsYears().size();
        for (int y : c.horizonsYears()) {
            boolean first = y == c.horizonsYears().get(0);
            b.append("<tr class=\"baseline").append(first ? " first" : "").append("\">");
            if (first) b.append("<td rowspan=\"").append(rows).append("\">").append(esc(c.baselineLabel())).append("</td>");
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
                            .append(count(band.low())).append(" to ").append(count(band.high())).append("]</small></td>");
                }
                b.append("</tr>");
            }
        }
        b.append("</tbody></table>");
        cohort(b, c);
    }

    /** Sentence levers: the cohort engine's outcomes, in their own table, never mixed with the network engine's members. */
    private static void cohort(StringBuilder b, Comparison c) {
        List<CoaResult> rs = c.results().stream().filter(r -> !r.cohort().isEmpty()).toList();
        if (rs.isEmpty()) return;
        b.append("<h3 id=\"cohort\">Sentence levers: cohort engine</h3>");
        b.append("<p>A different engine and population: the age-cohort model (Prieto-Curiel 2025) follows the people it incapacitates from ")
                .append("1 January 2022 to each horizon, sentenced to the lever's multiplier times a sentence drawn from ENPOL 2021, to release, ")
                .append("re-arrest, death or age 69. Its numbers are never added to the network engine's members, and they do not enter the decision matrix. ")
                .append("Each cell: central value (change against the baseline, every sentence as today), the baseline, and the band over the lever's range.</p>")
                .append("<p><small>Method: ").append(esc(rs.get(0).cohort().values().iterator().next().get(Range.Point.CENTRAL).method())).append(".</small></p>");
        b.append("<div class=\"wide\"><table id=\"cohort-outcomes\"><thead><tr><th>Course of action</th><th>Years</th>");
        for (CohortMetric m : CohortMetric.values()) b.append("<th>").append(esc(m.shortLabel())).append("</th>");
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
                    b.append("<td class=\"n\">").append(esc(cfmt(central))).append(" (").append(esc(signed(central - sq))).append(")<br/><small>baseline ")
                            .append(esc(cfmt(sq))).append("</small><br/><small>[").append(esc(cfmt(lo))).append(" to ").append(esc(cfmt(hi))).append("]</small></td>");
                }
                b.append("</tr>");
            }
        }
        b.append("</tbody></table></div><ul id=\"cohort-legend\">");
        for (CohortMetric m : CohortMetric.values()) {
            b.append("<li><strong>").append(esc(m.shortLabel())).append("</strong> (").append(esc(m.id())).append("): ").append(esc(m.label())).append(".</li>");
        }
        b.append("</ul>");
    }

    private static String signed(double d) {
        if (Math.abs(d) < 5e-4) return "no change";
        return (d > 0 ? "+" : "\u2212") + cfmt(Math.abs(d));
    }

    /** Cohort numbers: whole numbers from 100, one decimal from 1, three significant decimals below. */
    private static String cfmt(double v) { return Math.abs(v) >= 100 ? count(v) : Math.abs(v) >= 1 ? Xml.num(v, 1) : Xml.num(v, 3); }

    private static void charts(StringBuilder b, Comparison c) {
        b.append("<h2 id=\"charts\">Members and casualties over time</h2><div class=\"charts\">");
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
                String title = r.id() + ": " + (col == WeeklyColumn.MEMBERS ? "cartel members" : "casualties per week");
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

    private static void matrix(StringBuilder b, ComparisonAssessment a) {
        DecisionMatrix m = a.matrix();
        b.append("<h2 id=\"matrix\">Decision matrix</h2>");
        b.append("<p>Modelled outcomes at ").append(m.horizonYears()).append(" years from the all-central runs, as percent change against the status quo; "
                + "legal assessment = from each course's legal pathway, per jurisdiction clear 0, contested 1, prima facie unlawful 2, mean of US, Mexican and international law "
                + "(law as of " + KnowledgeBase.bundled().reviewed() + "; not legal advice; citations listed do not count); risks 0 (none) to 4 (severe). "
                + "Lower raw values are better. Each column is normalised on its own fixed scale (below), never over the courses present, so adding or removing "
                + "a course never changes another's score; the score is the weighted mean of the normalised values.</p>");
        b.append("<table id=\"weights-used\"><thead><tr><th>Criterion</th><th>Weight given</th><th>Weight used (sum 1)</th><th>Scale: 1 at</th><th>0 at</th>"
                + "<th>Unit</th></tr></thead><tbody>");
        double[] used = m.weights().normalised();
        for (Criterion c : Criterion.values()) {
            b.append("<tr><td>").append(esc(c.id())).append("</td><td class=\"n\">").append(Xml.num(m.weights().get(c), 4)).append("</td><td class=\"n\">")
                    .append(Xml.num(used[c.ordinal()], 4)).append("</td><td class=\"n\">").append(Xml.num(c.scale().best(), 0)).append("</td><td class=\"n\">")
                    .append(Xml.num(c.scale().worst(), 0)).append("</td><td>").append(esc(c.scale().unit())).append("</td></tr>");
        }
        b.append("</tbody></table>");
        m.assessedAgainstStatusQuo().ifPresent(r -> {
            DecisionMatrix.Row sq = m.statusQuoRow().orElseThrow();
            b.append("<p id=\"against-status-quo\">A single course of action is assessed against the status quo, not ranked: ").append(esc(r.id()))
                    .append(" scores ").append(Xml.num(r.score(), 3)).append(" against ").append(Xml.num(sq.score(), 3)).append(" for ").append(esc(sq.id()))
                    .append(", and scores above it under ").append(Xml.num(100 * a.robustness().shareAboveStatusQuo().get(r.id()), 1))
                    .append(" % of the random weightings below.</p>");
        });
        b.append("<div class=\"wide\"><table id=\"decision-matrix\"><thead><tr><th>Rank</th><th>Course of action</th><th>Score</th>");
        for (Criterion c : Criterion.values()) b.append("<th>").append(esc(c.label())).append("</th>");
        b.append("<th>Rank, low levers</th><th>Rank, high levers</th></tr><tr><th></th><th>weight</th><th></th>");
        double[] w = m.weights().normalised();
        for (Criterion c : Criterion.values()) b.append("<th class=\"n\">").append(Xml.num(w[c.ordinal()], 3)).append("</th>");
        b.append("<th></th><th></th></tr></thead><tbody>");
        for (DecisionMatrix.Row r : m.ranked()) {
            b.append("<tr data-coa=\"").append(esc(r.id())).append("\"><td class=\"n\">").append(r.rank()).append("</td><td>").append(esc(r.id()))
                    .append("<br/><small>").append(esc(r.title())).append("</small></td><td class=\"n\">").append(Xml.num(r.score(), 3)).append("</td>");
            for (Criterion c : Criterion.values()) {
                double raw = r.raw().get(c);
                String shown = c.group() == Criterion.Group.MODELLED ? pct(raw) : c.risk() != null ? RiskRating.LABELS[(int) raw] + " (" + (int) raw + ")" : Xml.num(raw, 0);
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

    private static void robustness(StringBuilder b, ComparisonAssessment a) {
        b.append("<h2 id=\"robustness\">How much the ranking depends on the weights</h2>");
        b.append("<p>Share of ").append(count(a.robustness().samples())).append(" weight vectors drawn uniformly on the simplex (seed ")
                .append(a.robustness().seed()).append(") under which each course of action ranks first.</p>");
        Map<String, Double> byRank = new LinkedHashMap<>();
        for (DecisionMatrix.Row r : a.matrix().ranked()) byRank.put(r.id(), a.robustness().shareFirst().get(r.id()));
        b.append(SvgCharts.shareBars("robustness-bars", "Share of random weightings ranking each course first (in rank order)", byRank));
        if (!a.robustness().shareAboveStatusQuo().isEmpty()) {
            Map<String, Double> above = new LinkedHashMap<>();
            for (DecisionMatrix.Row r : a.matrix().ranked()) if (a.robustness().shareAboveStatusQuo().containsKey(r.id())) above.put(r.id(), a.robustness().shareAboveStatusQuo().get(r.id()));
            b.append(SvgCharts.shareBars("above-status-quo-bars", "Share of random weightings scoring each course above the status quo", above));
        }
    }

    private static void weak(StringBuilder b, List<WeakEffect> weak) {
        b.append("<h2 id=\"weak\">Where the modelled effects are weak</h2>");
        if (weak.isEmpty()) {
            b.append("<p id=\"weak-effects\">No rank flips between low and high lever values, no band straddling the status quo, no effect under ")
                    .append(Xml.num(WeakEffect.SMALL_PCT, 0)).append("% and no unevaluated lever.</p>");
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

    private static void courses(StringBuilder b, Comparison c) {
        b.append("<h2 id=\"courses\">Courses of action: levers, law and risks</h2>");
        for (CoaResult r : c.results()) {
            CourseOfAction coa = r.coa();
            b.append("<section class=\"coa\" id=\"coa-").append(esc(coa.id())).append("\"><h3>").append(esc(coa.id())).append(": ").append(esc(coa.title())).append("</h3>");
            b.append("<p>").append(esc(coa.summary())).append("</p>");
            if (!coa.seeds().isEmpty()) b.append("<p>Reported in seed articles: ").append(esc(String.join(", ", coa.seeds())))
                    .append(esc(RecordReportSection.seedNote(PublicRecord.bundled(), coa.seeds()))).append("</p>");
            b.append("<table class=\"levers\"><thead><tr><th>Lever</th><th>Low</th><th>Central</th><th>High</th><th>Unit</th><th>Start (weeks)</th><th>Ramp (weeks)</th>"
                    + "<th>Scaled by cooperation</th><th>Settings</th><th>Evidence</th></tr></thead><tbody>");
            for (LeverEffect e : coa.levers()) {
                boolean notEvaluated = r.notEvaluated().stream().map(LeverSetting::effect).anyMatch(e::equals);
                String engine = notEvaluated ? " <span class=\"flag\">[not evaluated in this comparison]</span>"
                        : e.lever() == Lever.SENTENCE_MULTIPLIER ? " <small>[cohort engine]</small>" : "";
                b.append("<tr><td>").append(esc(e.lever().id())).append(engine)
                        .append("</td><td class=\"n\">").append(Xml.num(e.effect().low(), 3)).append("</td><td class=\"n\">").append(Xml.num(e.effect().central(), 3))
                        .append("</td><td class=\"n\">").append(Xml.num(e.effect().high(), 3)).append("</td><td>").append(esc(e.lever().unit()))
                        .append("</td><td class=\"n\">").append(e.startWeek()).append("</td><td class=\"n\">").append(e.rampWeeks())
                        .append("</td><td>").append(e.scaledByCooperation() ? "yes" : "no").append("</td><td>").append(esc(new TreeMap<>(e.settings()).toString()))
                        .append("</td><td>").append(evidence(e.evidence())).append("</td></tr>");
            }
            b.append("</tbody></table>");
            PathwayHtml.append(b, coa, KnowledgeBase.bundled(), LocalDate.now());
            b.append("<table class=\"legal\"><thead><tr><th>Role</th><th>Jurisdiction</th><th>Instrument</th><th>Reading</th><th>Source</th></tr></thead><tbody>");
            for (LegalBasis l : coa.legal()) {
                b.append("<tr><td>").append(l.role() == LegalBasis.Role.AUTHORITY ? "authority" : "constraint").append("</td><td>").append(esc(l.jurisdiction().name()))
                        .append("</td><td>").append(esc(l.citation())).append("</td><td>").append(esc(l.note())).append("</td><td>")
                        .append(esc(l.provision().isEmpty() ? l.source() : "law: " + l.provision())).append("</td></tr>");
            }
            b.append("</tbody></table><table class=\"risks\"><thead><tr><th>Risk</th><th>Rating</th><th>Rationale</th><th>Evidence</th></tr></thead><tbody>");
            for (RiskDimension d : RiskDimension.values()) {
                RiskRating rr = coa.risks().get(d);
                b.append("<tr><td>").append(esc(d.id())).append("</td>");
                if (rr == null) b.append("<td class=\"flag\">not rated (counted as severe)</td><td></td><td></td></tr>");
                else b.append("<td>").append(esc(rr.label())).append(" (").append(rr.level()).append(")</td><td>").append(esc(rr.rationale()))
                        .append("</td><td>").append(riskEvidence(rr)).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (!coa.outsideModel().isEmpty()) {
                b.append("<table class=\"outside-model\"><thead><tr><th>Outcome outside the model</th><th>Low</th><th>Central</th><th>High</th><th>Unit</th><th>Evidence</th></tr></thead><tbody>");
                for (OutsideModelOutcome o : coa.outsideModel()) {
                    b.append("<tr class=\"outside\"><td>").append(esc(o.metric())).append(" <span class=\"flag\">[outside the model: sourced range, not model output]</span></td><td class=\"n\">")
                            .append(esc(fmt(o.range().low()))).append("</td><td class=\"n\">").append(esc(fmt(o.range().central()))).append("</td><td class=\"n\">")
                            .append(esc(fmt(o.range().high()))).append("</td><td>").append(esc(o.unit())).append("</td><td>").append(evidence(o.evidence())).append("</td></tr>");
                }
                b.append("</tbody></table>");
            }
            b.append("</section>");
        }
    }

    private static String fmt(double v) { return Math.abs(v) >= 100 ? count(v) : Xml.num(v, 3); }

    /** A risk level's basis: the sourced fact and why it gives the level, or a flagged judgment. */
    private static String riskEvidence(RiskRating r) {
        Evidence e = r.evidence();
        if (!r.judgment()) {
            return "<b>sourced</b> (" + esc(String.join("; ", e.sources())) + "): " + esc(r.fact()) + " <i>Why this level:</i> " + esc(e.rationale());
        }
        StringBuilder s = new StringBuilder("<span class=\"flag\">[judgment]</span> ");
        if (!e.sources().isEmpty()) s.append("direction from ").append(esc(String.join("; ", e.sources()))).append(": ");
        s.append(esc(e.rationale()));
        if (r.lowReliabilityOnly()) s.append(" <span class=\"flag\">[rests only on a low-reliability source]</span>");
        return s.toString();
    }

    private static String evidence(Evidence e) {
        StringBuilder s = new StringBuilder();
        if (e.assumption()) s.append("<span class=\"flag\">[assumption]</span> ");
        if (!e.sources().isEmpty()) s.append(esc(String.join("; ", e.sources()))).append(": ");
        return s.append(esc(e.rationale())).toString();
    }

    private static void sources(StringBuilder b, Comparison c, UnaryOperator<String> citations) {
        TreeSet<String> ids = new TreeSet<>();
        for (CoaResult r : c.results()) {
            CourseOfAction coa = r.coa();
            for (LeverEffect e : coa.levers()) ids.addAll(e.evidence().sources());
            for (RiskRating rr : coa.risks().values()) ids.addAll(rr.evidence().sources());
            for (OutsideModelOutcome o : coa.outsideModel()) ids.addAll(o.evidence().sources());
        }
        b.append("<h2 id=\"sources-heading\">Sources cited by the courses of action</h2><ul id=\"sources\">");
        for (String id : ids) b.append("<li><strong>").append(esc(id)).append("</strong>: ").append(esc(citations.apply(id))).append("</li>");
        b.append("</ul><p>Network data: ").append(esc(DataSet.NODES.citation())).append(". Sentences: ")
                .append(esc(DataSet.SENTENCES.citation())).append(".</p>");
    }

    private static void assumptions(StringBuilder b, ComparisonAssessment a) {
        b.append("<h2 id=\"assumptions-heading\">Assumptions this comparison rests on</h2><ol id=\"assumptions\">");
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (String s : a.comparison().assumptions()) all.put(s, true);
        for (String s : a.matrix().notes()) all.put(s, true);
        StringBuilder w = new StringBuilder();
        for (Criterion c : Criterion.values()) w.append(w.length() == 0 ? "" : ", ").append(c.id()).append(' ').append(Xml.num(a.matrix().weights().normalised()[c.ordinal()], 3));
        all.put("Weights: " + w + " (normalised to sum 1); the default gives modelled outcomes, the legal criterion (from the legal pathways) and risks a third each.", true);
        all.put("Changes smaller than " + Xml.num(WeakEffect.SMALL_PCT, 0) + "% against the status quo are reported as small.", true);
        for (String s : all.keySet()) b.append("<li>").append(esc(s)).append("</li>");
        b.append("</ol>");
    }
}
