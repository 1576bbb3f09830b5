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
            td.n{text-align:right;font-variant-numeric:tabular-nums}table.outcomes td.n,#cohort-outcomes td.n{white-space:nowrap}th{background:#eef0f4}
            table.outcomes,#cohort-outcomes{width:100%}#cohort-outcomes{font-size:.8em}tr.first td{border-top:2px solid #99a3b3}tr.baseline td{background:#f4f6f9;font-weight:600}
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
        return render(a, catalog, weightsSource, ensemble, new Context(null, null, Bibliography.bundled(citations), List.of()));
    }

    /**
     * What the report needs beyond the comparison.
     *
     * @param briefing     the bottom line shown first (null: none)
     * @param cite         the cite-this block (null: none)
     * @param bibliography resolves and lists every source key the report links
     * @param csvFiles     the CSV files written beside the report (linked for download; empty when rendered alone)
     */
    public record Context(org.cartellab.briefing.Briefing briefing, CiteThis cite, Bibliography bibliography, List<String> csvFiles) {
        public Context {
            csvFiles = List.copyOf(csvFiles);
        }
    }

    /** The full report: briefing first, then the table of contents and every section. */
    public static String render(ComparisonAssessment a, String catalog, String weightsSource, ComparisonEnsembleResult ensemble, Context ctx) {
        Comparison c = a.comparison();
        Bibliography bib = ctx.bibliography();
        StringBuilder b = new StringBuilder(200_000);
        ReportChrome.head(b, "Cartel Policy Lab: comparison of courses of action", CSS);
        b.append("<h1>Comparison of courses of action</h1>");
        b.append("<p class=\"scope\" id=\"scope\"><strong>Scope.</strong> ").append(esc(SCOPE)).append("</p>");
        Map<String, String> toc = new LinkedHashMap<>();
        if (ctx.briefing() != null) toc.put("briefing", "Bottom line");
        toc.put("summary", "Modelled outcomes");
        toc.put("validation", "What the model got wrong");
        toc.put("charts", "Effect over time (charts)");
        toc.put("matrix", "Decision matrix");
        toc.put("robustness", "How much the ranking depends on the weights");
        toc.put("judgment-risks", "The ranking without judgment-only risk ratings");
        if (ensemble != null) toc.put("ensemble", "Ensemble");
        toc.put("weak", "Where the modelled effects are weak");
        toc.put("courses", "Courses of action: levers, law and risks");
        toc.put("assumptions-heading", "Assumptions");
        toc.put("timeline", "Timeline since January 2025");
        toc.put("positions", "Stated positions");
        toc.put("precedents", "Precedents");
        toc.put("claims", "Claim register");
        toc.put("glossary", "Glossary");
        toc.put("bibliography", "Sources");
        if (ctx.cite() != null) toc.put("cite", "Cite this");
        ReportChrome.toc(b, toc);
        if (ctx.briefing() != null) BriefingHtml.append(b, ctx.briefing(), bib);
        b.append("<p>Courses of action from: ").append(esc(catalog)).append(". Start: ").append(esc(c.start().description())).append(". Horizons: ")
                .append(esc(words(c.horizonsYears()))).append(" years after the start. Weights: ").append(esc(weightsSource)).append(".</p>");
        b.append("<p class=\"flag\">Bands are the smallest and largest values over three runs with every lever at the low, central or high end "
                + "of its catalog range").append(c.sweepsDependentShare() ? ", each also run, for courses that change Mexico's cooperation, at the low and high "
                + "assumed share of arrests that depend on that cooperation" : "").append(". They are a sweep of the ranges, not a probability interval.</p>");
        summary(b, c, ctx.csvFiles());
        ValidationReportSection.append(b);
        charts(b, c);
        matrix(b, a, ctx.csvFiles());
        robustness(b, a);
        JudgmentRiskSection.append(b, JudgmentRiskSensitivity.of(c, a.matrix().weights()));
        EnsembleReportSection.append(b, ensemble, id -> title(c, id));
        Map<String, String> titles = new LinkedHashMap<>();
        for (CoaResult r : c.results()) titles.put(r.id(), r.coa().title());
        weak(b, a.weakEffects(), titles);
        courses(b, c, bib);
        assumptions(b, a);
        RecordReportSection.append(b, PublicRecord.bundled(), courseIds(c));
        glossary(b);
        bib.render(b);
        b.append("<p id=\"data-sources\">Network data: ").append(esc(DataSet.NODES.citation())).append(". Sentences: ").append(esc(DataSet.SENTENCES.citation())).append(".</p>");
        if (ctx.cite() != null) ctx.cite().append(b, ctx.briefing() == null ? null : ctx.briefing().asOf());
        b.append(ReportChrome.SCRIPT);
        b.append("</body></html>\n");
        return b.toString();
    }

    /** "1, 5 and 10" for a list of numbers. */
    static String words(List<Integer> xs) {
        if (xs.size() == 1) return String.valueOf(xs.get(0));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) b.append(i == 0 ? "" : i == xs.size() - 1 ? " and " : ", ").append(xs.get(i));
        return b.toString();
    }

    /** The course's title (the id for the baseline or an unknown id). */
    static String title(Comparison c, String id) {
        return c.results().stream().filter(r -> r.id().equals(id)).findFirst().map(r -> r.coa().title()).orElse(id);
    }

    private static void glossary(StringBuilder b) {
        b.append("<h2 id=\"glossary\">Glossary</h2><p>One name per quantity across the CLI, the CSV and JSON files and this report; the columns are the ")
                .append("files' names (the public contract).</p><div class=\"wide\"><table id=\"glossary-table\"><thead><tr><th>Term</th><th>Columns</th><th>Unit</th>")
                .append("<th>Definition</th></tr></thead><tbody>");
        for (Glossary.Entry e : Glossary.ENTRIES) {
            b.append("<tr><td>").append(esc(e.term())).append("</td><td><code>").append(esc(e.columns())).append("</code></td><td>").append(esc(e.unit()))
                    .append("</td><td>").append(esc(e.definition())).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static void summary(StringBuilder b, Comparison c, List<String> csv) {
        b.append("<h2 id=\"summary\">Modelled outcomes</h2>");
        b.append("<p>Network engine (Prieto-Curiel et al., Science 2023). One table per horizon; each cell: central value (change against the status quo) ")
                .append("and the band below it. ");
        if (!c.baselineEquivalents().isEmpty()) {
            b.append("The status quo row is the run with no new measures; the catalog's ").append(esc(String.join(", ", c.baselineEquivalents())))
                    .append(" has no levers, so its numbers are exactly these and it is not repeated (it is still ranked in the decision matrix). ");
        }
        b.append("</p>");
        if (csv.contains("comparison.csv")) b.append("<p>").append(ReportChrome.downloads(List.of("comparison.csv"))).append("</p>");
        b.append("<div id=\"outcomes\">");
        int matrixYears = c.matrixHorizon();
        for (int y : c.horizonsYears()) {
            String id = "outcomes-" + y;
            boolean open = y == matrixYears;
            b.append(open ? "<div>" : "<details><summary>").append("<h3 id=\"").append(id).append("-heading\">")
                    .append(y).append(y == 1 ? " year" : " years").append(" after the 2022 start</h3>").append(open ? "" : "</summary>");
            b.append(ReportChrome.copyButton(id)).append("<div class=\"wide\"><table class=\"outcomes\" id=\"").append(id).append("\"><thead><tr><th>Course of action</th>");
            for (Metric m : Metric.values()) b.append("<th>").append(esc(Glossary.name(m))).append(m.estimate() ? " <span class=\"flag\">[estimate]</span>" : "").append("</th>");
            b.append("</tr></thead><tbody>");
            b.append("<tr class=\"baseline first\"><td>").append(esc(c.baselineLabel().replace("baseline (no new measures)", "status quo: baseline (no new measures)")))
                    .append("</td>");
            for (Metric m : Metric.values()) b.append("<td class=\"n\">").append(count(c.statusQuo().value(m, 52 * y))).append("</td>");
            b.append("</tr>");
            for (CoaResult r : c.results()) {
                if (r.coa().isStatusQuo()) continue; // shown once, as the baseline row
                b.append("<tr data-coa=\"").append(esc(r.id())).append("\"><td>").append(esc(r.coa().title())).append("</td>");
                for (Metric m : Metric.values()) {
                    MetricBand band = r.band(y, m);
                    b.append("<td class=\"n\">").append(count(band.central())).append(" (").append(pct(band.centralChangePct())).append(")<br/><small>[")
                            .append(count(band.low())).append(" to ").append(count(band.high())).append("]</small></td>");
                }
                b.append("</tr>");
            }
            b.append("</tbody></table></div>").append(open ? "</div>" : "</details>");
        }
        b.append("</div>");
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
                b.append(first ? "<tr class=\"first\"><td rowspan=\"" + c.horizonsYears().size() + "\">" + esc(r.coa().title()) + " <small>(" + esc(r.id()) + ")</small></td>" : "<tr>")
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
        b.append("<h2 id=\"charts\">Effect over time</h2>");
        LocalDate start = ModelClock.NETWORK.dateOf(c.start().startWeek());
        String startLabel = "model week " + c.start().startWeek() + ", the week of " + start;
        b.append("<p>Each chart shows the course's change against the status quo of the same run, in percent, week by week from the 2022 start (")
                .append(esc(startLabel)).append("); the status quo is the dashed zero line and the marker shows where the first lever acts. ")
                .append("The y axis covers the data, so changes of a few percent are visible; read the scale.</p><div class=\"charts\">");
        double[] sqMembers = c.statusQuo().series(WeeklyColumn.MEMBERS);
        double[] sqDeaths = c.statusQuo().series(WeeklyColumn.DEATHS);
        for (CoaResult r : c.results()) {
            if (r.coa().isStatusQuo()) continue; // no levers: it is the zero line of every chart
            int leverStart = r.coa().levers().stream().mapToInt(LeverEffect::startWeek).min().orElse(-1);
            for (WeeklyColumn col : List.of(WeeklyColumn.MEMBERS, WeeklyColumn.DEATHS)) {
                double[][] band = band(r, col);
                double[] sq = col == WeeklyColumn.MEMBERS ? sqMembers : sqDeaths;
                double[][] pct = new double[3][];
                for (int i = 0; i < 3; i++) pct[i] = changePct(band[i], sq);
                String metric = col == WeeklyColumn.MEMBERS ? "members" : "weekly_casualties";
                String what = col == WeeklyColumn.MEMBERS ? "cartel members" : "casualties per week";
                String title = clip(r.coa().title(), CHART_TITLE_CHARS - what.length() - 2) + ": " + what;
                String id = "chart-" + metric + "-" + r.id();
                String svg = SvgCharts.changeSeries(id, title, metric, r.id(), pct[0], pct[1], pct[2], leverStart, startLabel);
                int last = sq.length - 1;
                String caption = String.format(java.util.Locale.ROOT, "Status quo at the end: %s %s.", count(sq[last]),
                        col == WeeklyColumn.MEMBERS ? "members" : "casualties per week");
                b.append(ReportChrome.figure(id, svg, caption));
            }
        }
        b.append("</div>");
    }

    /** Characters a chart title holds at its font size before it runs past the plot. */
    static final int CHART_TITLE_CHARS = 64;

    /** {@code t} cut at a word to at most {@code n} characters, with an ellipsis when cut. */
    static String clip(String t, int n) {
        if (t.length() <= n) return t;
        int cut = t.lastIndexOf(' ', n - 1);
        return t.substring(0, cut > n / 3 ? cut : n - 1) + "\u2026";
    }

    /** Percent change of {@code v} against {@code sq}, week by week (NaN where the status quo is 0). */
    static double[] changePct(double[] v, double[] sq) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) out[k] = sq[k] == 0 ? Double.NaN : 100 * (v[k] - sq[k]) / sq[k];
        return out;
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

    private static void matrix(StringBuilder b, ComparisonAssessment a, List<String> csv) {
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
        List<String> files = csv.stream().filter(f -> f.equals("matrix.csv") || f.equals("robustness.csv")).toList();
        b.append("<p>").append(files.isEmpty() ? "" : ReportChrome.downloads(files) + " ").append(ReportChrome.copyButton("decision-matrix")).append("</p>");
        b.append("<div class=\"wide\"><table id=\"decision-matrix\"><thead><tr><th>Rank</th><th>Course of action</th><th>Score</th>");
        for (Criterion c : Criterion.values()) b.append("<th>").append(esc(c.label())).append("</th>");
        b.append("<th>Rank, low levers</th><th>Rank, high levers</th></tr><tr><th></th><th>weight</th><th></th>");
        double[] w = m.weights().normalised();
        for (Criterion c : Criterion.values()) b.append("<th class=\"n\">").append(Xml.num(w[c.ordinal()], 3)).append("</th>");
        b.append("<th></th><th></th></tr></thead><tbody>");
        for (DecisionMatrix.Row r : m.ranked()) {
            b.append("<tr data-coa=\"").append(esc(r.id())).append("\"><td class=\"n\">").append(r.rank()).append("</td><td>").append(esc(r.title()))
                    .append("<br/><small>").append(esc(r.id())).append("</small></td><td class=\"n\">").append(Xml.num(r.score(), 3)).append("</td>");
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
        for (DecisionMatrix.Row r : a.matrix().ranked()) byRank.put(EnsembleReportSection.shorten(r.title()), a.robustness().shareFirst().get(r.id()));
        b.append(ReportChrome.figure("robustness-bars", SvgCharts.shareBars("robustness-bars", "Share of random weightings ranking each course first (in rank order)", byRank), ""));
        if (!a.robustness().shareAboveStatusQuo().isEmpty()) {
            Map<String, Double> above = new LinkedHashMap<>();
            for (DecisionMatrix.Row r : a.matrix().ranked()) if (a.robustness().shareAboveStatusQuo().containsKey(r.id())) above.put(EnsembleReportSection.shorten(r.title()), a.robustness().shareAboveStatusQuo().get(r.id()));
            b.append(ReportChrome.figure("above-status-quo-bars", SvgCharts.shareBars("above-status-quo-bars", "Share of random weightings scoring each course above the status quo", above), ""));
        }
    }

    private static void weak(StringBuilder b, List<WeakEffect> weak, Map<String, String> titles) {
        b.append("<h2 id=\"weak\">Where the modelled effects are weak</h2>");
        if (weak.isEmpty()) {
            b.append("<p id=\"weak-effects\">No rank flips between low and high lever values, no band straddling the status quo, no effect under ")
                    .append(Xml.num(WeakEffect.SMALL_PCT, 0)).append("% and no unevaluated lever.</p>");
            return;
        }
        b.append("<ul id=\"weak-effects\">");
        for (WeakEffect w : weak) {
            b.append("<li data-kind=\"").append(w.kind().name()).append("\" data-coa=\"").append(esc(w.coa())).append("\">")
                    .append(esc(titles.containsKey(w.coa()) ? w.message().replace(w.coa(), titles.get(w.coa())) : w.message())).append("</li>");
        }
        b.append("</ul>");
    }

    private static Set<String> courseIds(Comparison c) {
        Set<String> ids = new LinkedHashSet<>();
        for (CoaResult r : c.results()) ids.add(r.coa().id());
        return ids;
    }

    private static void courses(StringBuilder b, Comparison c, Bibliography bib) {
        b.append("<h2 id=\"courses\">Courses of action: levers, law and risks</h2><p>One folded section per course; open it for its levers, legal basis and risks.</p>");
        for (CoaResult r : c.results()) {
            CourseOfAction coa = r.coa();
            b.append("<details class=\"coa\" id=\"coa-").append(esc(coa.id())).append("\"><summary><strong>").append(esc(coa.title())).append("</strong> <small>(")
                    .append(esc(coa.id())).append(")</small></summary>");
            b.append("<p>").append(esc(coa.summary())).append("</p>");
            if (!coa.seeds().isEmpty()) {
                b.append("<p>Reported in seed articles: ").append(bib.links(coa.seeds().stream().map(ComparisonReport::seedKey).toList()))
                        .append(esc(RecordReportSection.seedNote(PublicRecord.bundled(), coa.seeds()))).append("</p>");
            }
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
                        .append("</td><td>").append(e.scaledByCooperation() ? "yes" : "no").append("</td><td>").append(esc(settings(e.settings())))
                        .append("</td><td>").append(evidence(e.evidence(), bib)).append("</td></tr>");
            }
            b.append("</tbody></table>");
            PathwayHtml.append(b, coa, KnowledgeBase.bundled(), LocalDate.now());
            b.append("<p>").append(esc(consentSentence(coa))).append("</p>");
            b.append("<table class=\"legal\"><thead><tr><th>Role</th><th>Jurisdiction</th><th>Instrument</th><th>Reading</th><th>Source</th></tr></thead><tbody>");
            for (LegalBasis l : coa.legal()) {
                b.append("<tr><td>").append(l.role() == LegalBasis.Role.AUTHORITY ? "authority" : "constraint").append("</td><td>").append(esc(l.jurisdiction().name()))
                        .append("</td><td>").append(esc(l.citation())).append("</td><td>").append(esc(l.note())).append("</td><td>")
                        .append(l.provision().isEmpty() ? (l.source() == null || l.source().isEmpty() ? "" : bib.link(l.source())) : "law: " + bib.lawLink(l.provision()))
                        .append("</td></tr>");
            }
            b.append("</tbody></table><table class=\"risks\"><thead><tr><th>Risk</th><th>Rating</th><th>Rationale</th><th>Evidence</th></tr></thead><tbody>");
            for (RiskDimension d : RiskDimension.values()) {
                RiskRating rr = coa.risks().get(d);
                b.append("<tr><td>").append(esc(d.id().replace('_', ' '))).append("</td>");
                if (rr == null) b.append("<td class=\"flag\">not rated (counted as severe)</td><td></td><td></td></tr>");
                else b.append("<td>").append(esc(rr.label())).append(" (").append(rr.level()).append(")</td><td>").append(esc(rr.rationale()))
                        .append("</td><td>").append(riskEvidence(rr, bib)).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (!coa.outsideModel().isEmpty()) {
                b.append("<table class=\"outside-model\"><thead><tr><th>Outcome outside the model</th><th>Low</th><th>Central</th><th>High</th><th>Unit</th><th>Evidence</th></tr></thead><tbody>");
                for (OutsideModelOutcome o : coa.outsideModel()) {
                    b.append("<tr class=\"outside\"><td>").append(esc(o.metric())).append(" <span class=\"flag\">[outside the model: sourced range, not model output]</span></td><td class=\"n\">")
                            .append(esc(fmt(o.range().low()))).append("</td><td class=\"n\">").append(esc(fmt(o.range().central()))).append("</td><td class=\"n\">")
                            .append(esc(fmt(o.range().high()))).append("</td><td>").append(esc(o.unit())).append("</td><td>").append(evidence(o.evidence(), bib)).append("</td></tr>");
                }
                b.append("</tbody></table>");
            }
            b.append("</details>");
        }
    }

    private static String fmt(double v) { return Math.abs(v) >= 100 ? count(v) : Xml.num(v, 3); }

    /** A risk level's basis: the sourced fact and why it gives the level, or a flagged judgment. */
    private static String riskEvidence(RiskRating r, Bibliography bib) {
        Evidence e = r.evidence();
        if (!r.judgment()) {
            return "<b>sourced</b> (" + bib.links(e.sources()) + "): " + esc(r.fact()) + " <i>Why this level:</i> " + esc(e.rationale());
        }
        StringBuilder s = new StringBuilder("<span class=\"flag\">[judgment]</span> ");
        if (!e.sources().isEmpty()) s.append("direction from ").append(bib.links(e.sources())).append(": ");
        s.append(esc(e.rationale()));
        if (r.lowReliabilityOnly()) s.append(" <span class=\"flag\">[rests only on a low-reliability source]</span>");
        return s.toString();
    }

    private static String evidence(Evidence e, Bibliography bib) {
        StringBuilder s = new StringBuilder();
        if (e.assumption()) s.append("<span class=\"flag\">[assumption]</span> ");
        if (!e.sources().isEmpty()) s.append(bib.links(e.sources())).append(": ");
        return s.append(esc(e.rationale())).toString();
    }

    /** The ledger key of a seed article file id ("003" -> "seed-003"); other values unchanged. */
    static String seedKey(String seed) {
        return seed.matches("\\d{3}") ? org.cartellab.evidence.EvidenceCatalog.SEED_PREFIX + seed : seed;
    }

    /** Structural settings in words: "rival weight 1.0, targets 3" (keys sorted; underscores as spaces). */
    static String settings(Map<String, Object> settings) {
        if (settings.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : new TreeMap<>(settings).entrySet()) {
            Object v = e.getValue();
            String value = v instanceof java.util.Collection<?> col ? String.join(", ", col.stream().map(String::valueOf).toList())
                    : v instanceof Map<?, ?> m ? m.toString().replaceAll("[{}]", "").replace("=", ": ") : String.valueOf(v);
            b.append(b.length() == 0 ? "" : "; ").append(e.getKey().replace('_', ' ')).append(' ').append(value);
        }
        return b.toString();
    }

    /** Consent in words from the course's legal pathway conditions; never claims a need the pathway does not show. */
    static String consentSentence(CourseOfAction coa) {
        if (coa.pathways().isEmpty()) return "No legal pathway is recorded for this course, so nothing is said here about Mexico's consent.";
        StringBuilder b = new StringBuilder();
        for (org.cartellab.law.CoursePathway p : coa.pathways()) {
            var cond = p.block().conditions();
            String who = p.block().part().isEmpty() ? "The course" : "Part " + p.block().part();
            b.append(b.length() == 0 ? "" : " ").append(who).append(cond.consent() ? " assumes Mexico consents" : " assumes Mexico does not consent")
                    .append(cond.inMexico() ? " and acts in Mexico" : " and does not act on Mexican territory");
            boolean same = java.util.Arrays.stream(org.cartellab.law.Jurisdiction.values())
                    .allMatch(j -> p.otherConsent().of(j).assessment() == p.assumed().of(j).assessment());
            if (p.consentMatters() && same) {
                b.append("; ").append(cond.consent() ? "without" : "with").append(" consent the assessments would be the same, resting on different provisions.");
            } else if (p.consentMatters()) {
                b.append("; ").append(cond.consent() ? "without" : "with").append(" consent the assessment would be ");
                java.util.List<String> parts = new java.util.ArrayList<>();
                for (org.cartellab.law.Jurisdiction j : org.cartellab.law.Jurisdiction.values()) {
                    parts.add(BriefingWords.short_(j) + " " + p.otherConsent().of(j).assessment().label());
                }
                b.append(String.join(", ", parts)).append('.');
            } else {
                b.append("; the legal assessment is the same either way.");
            }
        }
        return b.toString();
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
