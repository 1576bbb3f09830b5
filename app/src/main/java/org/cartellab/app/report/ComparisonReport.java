package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.count;
import static org.cartellab.app.report.Xml.esc;
import static org.cartellab.app.report.Xml.pct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.cartellab.app.i18n.Messages;
import org.cartellab.i18n.Language;
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
        return render(a, catalog, weightsSource, ensemble, ctx, Messages.english());
    }

    /**
     * As above, in the language of {@code t}: the report's own words from the message bundle, {@code lang} on the root
     * element, the public record localized. The courses' texts are those of the courses compared (localize them before
     * comparing, as {@code compare --lang es} does). Sentences generated by the core (weak effects, matrix notes,
     * assumptions, the briefing, the consent sentence) and the glossary entries stay English.
     */
    public static String render(ComparisonAssessment a, String catalog, String weightsSource, ComparisonEnsembleResult ensemble, Context ctx, Messages t) {
        Comparison c = a.comparison();
        Bibliography bib = ctx.bibliography();
        StringBuilder b = new StringBuilder(200_000);
        ReportChrome.head(b, t.get("report.title"), CSS, t.language().id());
        b.append("<h1>").append(esc(t.get("report.h1"))).append("</h1>");
        b.append("<p class=\"scope\" id=\"scope\"><strong>").append(esc(t.get("report.scope_label"))).append("</strong> ").append(esc(t.get("report.scope"))).append("</p>");
        // the sections in page order, by anchor; each title is the bundle's report.toc.ANCHOR
        List<String> sections = new ArrayList<>();
        if (ctx.briefing() != null) sections.add("briefing");
        sections.addAll(List.of("summary", "validation", "charts", "matrix", "robustness", "judgment-risks"));
        if (ensemble != null) sections.add("ensemble");
        sections.addAll(List.of("weak", "courses", "assumptions-heading", "timeline", "positions", "precedents", "claims", "glossary", "bibliography"));
        if (ctx.cite() != null) sections.add("cite");
        Map<String, String> toc = new LinkedHashMap<>();
        for (String anchor : sections) toc.put(anchor, t.get("report.toc." + anchor));
        ReportChrome.toc(b, toc, t.get("report.toc.contents"));
        if (ctx.briefing() != null) BriefingHtml.append(b, ctx.briefing(), bib, t);
        b.append("<p>").append(esc(t.get("report.intro", catalog, t.phrase(c.start().phrase()), words(c.horizonsYears(), t), weightsSource))).append("</p>");
        b.append("<p class=\"flag\">").append(esc(t.get(c.sweepsDependentShare() ? "report.bands_shares" : "report.bands"))).append("</p>");
        summary(b, c, ctx.csvFiles(), t);
        ValidationReportSection.append(b, t);
        charts(b, c, t);
        matrix(b, a, ctx.csvFiles(), t);
        robustness(b, a, t);
        JudgmentRiskSection.append(b, JudgmentRiskSensitivity.of(c, a.matrix().weights()), id -> title(c, id), t);
        EnsembleReportSection.append(b, ensemble, id -> title(c, id), t);
        Map<String, String> titles = new LinkedHashMap<>();
        for (CoaResult r : c.results()) titles.put(r.id(), r.coa().title());
        weak(b, a.weakEffects(), titles, t);
        courses(b, c, bib, t);
        assumptions(b, a, t);
        RecordReportSection.append(b, PublicRecord.bundled(), courseIds(c), t);
        glossary(b, t);
        bib.render(b, t);
        String cite = t.language() == Language.EN ? "<cite>" : "<cite lang=\"en\">"; // the data sets' citations as their publishers give them
        b.append("<p id=\"data-sources\">").append(esc(t.get("report.network_data"))).append(' ').append(cite).append(esc(DataSet.NODES.citation())).append("</cite>. ")
                .append(esc(t.get("report.sentences"))).append(' ').append(cite).append(esc(DataSet.SENTENCES.citation())).append("</cite>.</p>");
        if (ctx.cite() != null) ctx.cite().append(b, ctx.briefing() == null ? null : ctx.briefing().asOf(), t);
        b.append(ReportChrome.SCRIPT);
        b.append("</body></html>\n");
        return b.toString();
    }

    /** "1, 5 and 10" for a list of numbers. */
    static String words(List<Integer> xs) { return words(xs, Messages.english()); }

    /** As above, joined with the language's "and". */
    static String words(List<Integer> xs, Messages t) {
        if (xs.size() == 1) return String.valueOf(xs.get(0));
        StringBuilder b = new StringBuilder();
        String and = " " + t.get("report.and") + " ";
        for (int i = 0; i < xs.size(); i++) b.append(i == 0 ? "" : i == xs.size() - 1 ? and : ", ").append(xs.get(i));
        return b.toString();
    }

    /** The course's title (the id for the baseline or an unknown id). */
    static String title(Comparison c, String id) {
        return c.results().stream().filter(r -> r.id().equals(id)).findFirst().map(r -> r.coa().title()).orElse(id);
    }

    private static void glossary(StringBuilder b, Messages t) {
        b.append("<h2 id=\"glossary\">").append(esc(t.get("report.toc.glossary"))).append("</h2><p>").append(esc(t.get("report.glossary.intro")))
                .append("</p><div class=\"wide\"><table id=\"glossary-table\"><thead><tr>").append(headers(t, "term", "columns", "unit", "definition"))
                .append("</tr></thead><tbody>");
        for (Glossary.Entry e : Glossary.entries(t)) {
            b.append("<tr><td>").append(esc(e.term())).append("</td><td><code").append(t.language() == Language.EN ? "" : " lang=\"en\"").append('>').append(esc(e.columns())).append("</code></td><td>").append(esc(e.unit()))
                    .append("</td><td>").append(esc(e.definition())).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static void summary(StringBuilder b, Comparison c, List<String> csv, Messages t) {
        b.append("<h2 id=\"summary\">").append(esc(t.get("report.summary.h2"))).append("</h2>");
        b.append("<p>").append(esc(t.get("report.summary.intro"))).append(' ');
        if (!c.baselineEquivalents().isEmpty()) {
            b.append(esc(t.get("report.summary.baseline", String.join(", ", c.baselineEquivalents())))).append(' ');
        }
        b.append("</p>");
        if (csv.contains("comparison.csv")) b.append("<p>").append(ReportChrome.downloads(List.of("comparison.csv"), t)).append("</p>");
        b.append("<div id=\"outcomes\">");
        int matrixYears = c.matrixHorizon();
        for (int y : c.horizonsYears()) {
            String id = "outcomes-" + y;
            boolean open = y == matrixYears;
            b.append(open ? "<div>" : "<details><summary>").append("<h3 id=\"").append(id).append("-heading\">")
                    .append(esc(t.get(y == 1 ? "report.summary.horizon1" : "report.summary.horizon", y))).append("</h3>").append(open ? "" : "</summary>");
            b.append(ReportChrome.copyButton(id, t)).append("<div class=\"wide\"><table class=\"outcomes\" id=\"").append(id).append("\"><thead><tr><th>").append(esc(t.get("report.col.course"))).append("</th>");
            for (Metric m : Metric.values()) b.append("<th>").append(esc(t.language() == Language.EN ? Glossary.name(m) : t.getOr("metric." + m.id(), Glossary.name(m))))
                    .append(m.estimate() ? " <span class=\"flag\">[" + esc(t.get("report.estimate")) + "]</span>" : "").append("</th>");
            b.append("</tr></thead><tbody>");
            b.append("<tr class=\"baseline first\"><td>").append(esc(t.language() == Language.EN ? c.baselineLabel().replace("baseline (no new measures)", "status quo: baseline (no new measures)") : baselineLabel(c, t)))
                    .append("</td>");
            for (Metric m : Metric.values()) b.append("<td class=\"n\">").append(count(c.statusQuo().value(m, 52 * y))).append("</td>");
            b.append("</tr>");
            for (CoaResult r : c.results()) {
                if (r.coa().isStatusQuo()) continue; // shown once, as the baseline row
                b.append("<tr data-coa=\"").append(esc(r.id())).append("\"><td>").append(esc(r.coa().title())).append("</td>");
                for (Metric m : Metric.values()) {
                    MetricBand band = r.band(y, m);
                    b.append("<td class=\"n\">").append(count(band.central())).append(" (").append(pct(band.centralChangePct())).append(")<br/><small>[")
                            .append(count(band.low())).append(' ').append(esc(t.get("report.to"))).append(' ').append(count(band.high())).append("]</small></td>");
                }
                b.append("</tr>");
            }
            b.append("</tbody></table></div>").append(open ? "</div>" : "</details>");
        }
        b.append("</div>");
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
        b.append("<h2 id=\"charts\">").append(esc(t.get("report.charts.h2"))).append("</h2>");
        LocalDate start = ModelClock.NETWORK.dateOf(c.start().startWeek());
        String startLabel = t.get("report.charts.start", c.start().startWeek(), t.date(start));
        b.append("<p>").append(esc(t.get("report.charts.intro", startLabel))).append("</p><div class=\"charts\">");
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
                String what = col == WeeklyColumn.MEMBERS ? t.get("report.chart.members") : t.get("report.chart.casualties");
                String title = clip(r.coa().title(), CHART_TITLE_CHARS - what.length() - 2) + ": " + what;
                String id = "chart-" + metric + "-" + r.id();
                String svg = SvgCharts.changeSeries(id, title, metric, r.id(), pct[0], pct[1], pct[2], leverStart, startLabel, t);
                int last = sq.length - 1;
                String caption = t.get(col == WeeklyColumn.MEMBERS ? "report.chart.caption_members" : "report.chart.caption_casualties", count(sq[last]));
                b.append(ReportChrome.figure(id, svg, caption, t));
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

    private static void matrix(StringBuilder b, ComparisonAssessment a, List<String> csv, Messages t) {
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
                    .append(Xml.num(c.scale().worst(), 0)).append("</td><td>").append(esc(t.getOr("criterion.unit." + c.group().name().toLowerCase(java.util.Locale.ROOT), c.scale().unit()))).append("</td></tr>");
        }
        b.append("</tbody></table>");
        m.assessedAgainstStatusQuo().ifPresent(r -> {
            DecisionMatrix.Row sq = m.statusQuoRow().orElseThrow();
            b.append("<p id=\"against-status-quo\">").append(esc(t.get("report.against_sq", r.id(), Xml.num(r.score(), 3), Xml.num(sq.score(), 3), sq.id(),
                    org.cartellab.format.Numbers.share(a.robustness().shareAboveStatusQuo().get(r.id()))))).append("</p>");
        });
        List<String> files = csv.stream().filter(f -> f.equals("matrix.csv") || f.equals("robustness.csv")).toList();
        b.append("<p>").append(files.isEmpty() ? "" : ReportChrome.downloads(files, t) + " ").append(ReportChrome.copyButton("decision-matrix", t)).append("</p>");
        b.append("<div class=\"wide\"><table id=\"decision-matrix\"><thead><tr><th>").append(esc(t.get("report.col.rank"))).append("</th><th>")
                .append(esc(t.get("report.col.course"))).append("</th><th>").append(esc(t.get("report.col.score"))).append("</th>");
        for (Criterion c : Criterion.values()) b.append("<th>").append(esc(t.getOr("criterion." + c.id(), c.label()))).append("</th>");
        b.append("<th>").append(esc(t.get("report.col.rank_low"))).append("</th><th>").append(esc(t.get("report.col.rank_high"))).append("</th></tr><tr><th></th><th>")
                .append(esc(t.get("report.col.weight"))).append("</th><th></th>");
        double[] w = m.weights().normalised();
        for (Criterion c : Criterion.values()) b.append("<th class=\"n\">").append(Xml.num(w[c.ordinal()], 3)).append("</th>");
        b.append("<th></th><th></th></tr></thead><tbody>");
        for (DecisionMatrix.Row r : m.ranked()) {
            b.append("<tr data-coa=\"").append(esc(r.id())).append("\"><td class=\"n\">").append(r.rank())
                    .append(r.tied() ? "<br/><small class=\"tied\">" + esc(t.get("report.tied_with", String.join(", ", r.tiedWith()))) + "</small>" : "")
                    .append("</td><td>").append(esc(r.title()))
                    .append("<br/><small>").append(esc(r.id())).append("</small></td><td class=\"n\">").append(Xml.num(r.score(), 3)).append("</td>");
            for (Criterion c : Criterion.values()) {
                double raw = r.raw().get(c);
                String shown = c.group() == Criterion.Group.MODELLED ? pct(raw) : c.risk() != null ? t.get("risk.level." + (int) raw) + " (" + (int) raw + ")" : Xml.num(raw, 0);
                b.append("<td class=\"n\">").append(esc(shown)).append("<br/><small>").append(Xml.num(r.normalised().get(c), 2)).append("</small></td>");
            }
            b.append("<td class=\"n\">").append(a.lowLevers().row(r.id()).rank()).append("</td><td class=\"n\">").append(a.highLevers().row(r.id()).rank()).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        b.append("<p id=\"rank-resolution\">").append(esc(t.get("report.rank_resolution", Xml.num(m.resolution(), 4)))).append("</p>");
        StatusQuoNote.of(m, t).ifPresent(n -> b.append("<p class=\"flag\" id=\"status-quo-note\">").append(esc(n)).append("</p>"));
        if (!m.notePhrases().isEmpty()) {
            b.append("<ul class=\"flag\">");
            for (org.cartellab.text.Phrase n : m.notePhrases()) b.append("<li>").append(esc(t.phrase(n))).append("</li>");
            b.append("</ul>");
        }
    }

    private static void robustness(StringBuilder b, ComparisonAssessment a, Messages t) {
        b.append("<h2 id=\"robustness\">").append(esc(t.get("report.robustness.h2"))).append("</h2>");
        b.append("<p>").append(esc(t.get("report.robustness.intro", count(a.robustness().samples()), a.robustness().seed()))).append("</p>");
        Map<String, Double> byRank = new LinkedHashMap<>();
        for (DecisionMatrix.Row r : a.matrix().ranked()) byRank.put(EnsembleReportSection.shorten(r.title()), a.robustness().shareFirst().get(r.id()));
        b.append(ReportChrome.figure("robustness-bars", SvgCharts.shareBars("robustness-bars", t.get("report.robustness.first"), byRank), "", t));
        if (!a.robustness().shareAboveStatusQuo().isEmpty()) {
            Map<String, Double> above = new LinkedHashMap<>();
            for (DecisionMatrix.Row r : a.matrix().ranked()) if (a.robustness().shareAboveStatusQuo().containsKey(r.id())) above.put(EnsembleReportSection.shorten(r.title()), a.robustness().shareAboveStatusQuo().get(r.id()));
            b.append(ReportChrome.figure("above-status-quo-bars", SvgCharts.shareBars("above-status-quo-bars", t.get("report.robustness.above"), above), "", t));
        }
    }

    private static void weak(StringBuilder b, List<WeakEffect> weak, Map<String, String> titles, Messages t) {
        b.append("<h2 id=\"weak\">").append(esc(t.get("report.weak.h2"))).append("</h2>");
        if (weak.isEmpty()) {
            b.append("<p id=\"weak-effects\">").append(esc(t.get("report.weak.none", Xml.num(WeakEffect.SMALL_PCT, 0)))).append("</p>");
            return;
        }
        b.append("<ul id=\"weak-effects\">");
        for (WeakEffect w : weak) {
            b.append("<li data-kind=\"").append(w.kind().name()).append("\" data-coa=\"").append(esc(w.coa())).append("\">")
                    .append(esc(titles.containsKey(w.coa()) ? t.phrase(w.phrase()).replace(w.coa(), titles.get(w.coa())) : t.phrase(w.phrase()))).append("</li>");
        }
        b.append("</ul>");
    }

    private static Set<String> courseIds(Comparison c) {
        Set<String> ids = new LinkedHashSet<>();
        for (CoaResult r : c.results()) ids.add(r.coa().id());
        return ids;
    }

    private static void courses(StringBuilder b, Comparison c, Bibliography bib, Messages t) {
        b.append("<h2 id=\"courses\">").append(esc(t.get("report.courses.h2"))).append("</h2><p>").append(esc(t.get("report.courses.folded"))).append("</p>");
        for (CoaResult r : c.results()) {
            CourseOfAction coa = r.coa();
            b.append("<details class=\"coa\" id=\"coa-").append(esc(coa.id())).append("\"><summary><strong>").append(esc(coa.title())).append("</strong> <small>(")
                    .append(esc(coa.id())).append(")</small></summary>");
            b.append("<p>").append(esc(coa.summary())).append("</p>");
            if (!coa.seeds().isEmpty()) {
                b.append("<p>").append(esc(t.get("report.seeds"))).append(' ').append(bib.links(coa.seeds().stream().map(ComparisonReport::seedKey).toList()))
                        .append(esc(RecordReportSection.seedNote(PublicRecord.bundled(), coa.seeds(), t))).append("</p>");
            }
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
                        .append("</td><td>").append(esc(t.get(e.scaledByCooperation() ? "report.yes" : "report.no"))).append("</td><td>").append(esc(t.language() == Language.EN ? settings(e.settings()) : settingsAsIds(e.settings())))
                        .append("</td><td>").append(evidence(e.evidence(), bib, t)).append("</td></tr>");
            }
            b.append("</tbody></table>");
            PathwayHtml.append(b, coa, KnowledgeBase.bundled(), LocalDate.now(), t);
            b.append("<p>").append(esc(consentSentence(coa, t))).append("</p>");
            b.append("<table class=\"legal\"><thead><tr>").append(headers(t, "role", "jurisdiction", "instrument", "reading", "source")).append("</tr></thead><tbody>");
            for (LegalBasis l : coa.legal()) {
                b.append("<tr><td>").append(esc(t.get(l.role() == LegalBasis.Role.AUTHORITY ? "report.authority" : "report.constraint"))).append("</td><td>")
                        .append(esc(l.jurisdiction().name())).append("</td><td>").append(esc(l.citation())).append("</td><td>").append(esc(l.note())).append("</td><td>")
                        .append(l.provision().isEmpty() ? (l.source() == null || l.source().isEmpty() ? "" : bib.link(l.source()))
                                : esc(t.get("coa.show.law")) + " " + bib.lawLink(l.provision()))
                        .append("</td></tr>");
            }
            b.append("</tbody></table><table class=\"risks\"><thead><tr>").append(headers(t, "risk", "rating", "rationale", "evidence")).append("</tr></thead><tbody>");
            for (RiskDimension d : RiskDimension.values()) {
                RiskRating rr = coa.risks().get(d);
                b.append("<tr><td>").append(esc(t.getOr("risk." + d.id(), d.id().replace('_', ' ')))).append("</td>");
                if (rr == null) b.append("<td class=\"flag\">").append(esc(t.get("report.not_rated"))).append("</td><td></td><td></td></tr>");
                else b.append("<td>").append(esc(t.get("risk.level." + rr.level()))).append(" (").append(rr.level()).append(")</td><td>").append(esc(rr.rationale()))
                        .append("</td><td>").append(riskEvidence(rr, bib, t)).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (!coa.outsideModel().isEmpty()) {
                b.append("<table class=\"outside-model\"><thead><tr>").append(headers(t, "outside", "low", "central", "high", "unit", "evidence")).append("</tr></thead><tbody>");
                for (OutsideModelOutcome o : coa.outsideModel()) {
                    b.append("<tr class=\"outside\"><td>").append(esc(o.metric())).append(" <span class=\"flag\">[").append(esc(t.get("report.outside_flag"))).append("]</span></td><td class=\"n\">")
                            .append(esc(fmt(o.range().low()))).append("</td><td class=\"n\">").append(esc(fmt(o.range().central()))).append("</td><td class=\"n\">")
                            .append(esc(fmt(o.range().high()))).append("</td><td>").append(esc(o.unit())).append("</td><td>").append(evidence(o.evidence(), bib, t)).append("</td></tr>");
                }
                b.append("</tbody></table>");
            }
            b.append("</details>");
        }
    }

    private static String fmt(double v) { return org.cartellab.format.Numbers.amount(v); }

    /** The baseline row's label: the core's English label, or its translation. */
    private static String baselineLabel(Comparison c, Messages t) {
        if (t.language() == Language.EN) return c.baselineLabel();
        List<String> ids = c.baselineEquivalents();
        return ids.isEmpty() ? t.get("report.baseline_none") : String.join(" = ", ids) + " (" + t.get("report.baseline") + ")";
    }

    /** A risk level's basis: the sourced fact and why it gives the level, or a flagged judgment. */
    private static String riskEvidence(RiskRating r, Bibliography bib, Messages t) {
        Evidence e = r.evidence();
        if (!r.judgment()) {
            return "<b>" + esc(t.get("report.risk.sourced")) + "</b> (" + bib.links(e.sources()) + "): " + esc(r.fact()) + " <i>"
                    + esc(t.get("report.risk.why")) + "</i> " + esc(e.rationale());
        }
        StringBuilder s = new StringBuilder("<span class=\"flag\">[" + esc(t.get("coa.risk.judgment")) + "]</span> ");
        if (!e.sources().isEmpty()) {
            String dir = t.get("report.risk.direction", "\u0001");
            int at = dir.indexOf('\u0001');
            s.append(esc(dir.substring(0, at))).append(bib.links(e.sources())).append(esc(dir.substring(at + 1))).append(": ");
        }
        s.append(esc(e.rationale()));
        if (r.lowReliabilityOnly()) s.append(" <span class=\"flag caution\">[").append(esc(t.get("coa.risk.caution", String.join(", ", e.sources())))).append("]</span>");
        return s.toString();
    }

    /** Table header cells from the bundle's {@code report.th.*} keys. */
    private static String headers(Messages t, String... keys) {
        StringBuilder s = new StringBuilder();
        for (String k : keys) s.append("<th>").append(esc(t.get("report.th." + k))).append("</th>");
        return s.toString();
    }

    private static String evidence(Evidence e, Bibliography bib, Messages t) {
        StringBuilder s = new StringBuilder();
        if (e.assumption()) s.append("<span class=\"flag\">[").append(esc(t.get("report.assumption"))).append("]</span> ");
        if (!e.sources().isEmpty()) s.append(bib.links(e.sources())).append(": ");
        return s.append(esc(e.rationale())).toString();
    }

    /** The ledger key of a seed article file id ("003" -> "seed-003"); other values unchanged. */
    static String seedKey(String seed) {
        return seed.matches("\\d{3}") ? org.cartellab.evidence.EvidenceCatalog.SEED_PREFIX + seed : seed;
    }

    /** Structural settings in words: "rival weight 1.0, targets 3" (keys sorted; underscores as spaces). */
    static String settings(Map<String, Object> settings) { return settings(settings, false); }

    private static String settings(Map<String, Object> settings, boolean ids) {
        if (settings.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : new TreeMap<>(settings).entrySet()) {
            Object v = e.getValue();
            String value = v instanceof java.util.Collection<?> col ? String.join(", ", col.stream().map(String::valueOf).toList())
                    : v instanceof Map<?, ?> m ? m.toString().replaceAll("[{}]", "").replace("=", ": ") : String.valueOf(v);
            b.append(b.length() == 0 ? "" : "; ").append(ids ? e.getKey() : e.getKey().replace('_', ' ')).append(' ').append(value);
        }
        return b.toString();
    }

    /** Structural settings keyed by their ids ("recovery_weeks 104"): in other languages the keys stay the catalog's field names. */
    static String settingsAsIds(Map<String, Object> settings) { return settings(settings, true); }

    /** Consent in words from the course's legal pathway conditions; never claims a need the pathway does not show. */
    static String consentSentence(CourseOfAction coa) { return consentSentence(coa, Messages.english()); }

    /** As above, in the language of {@code t} (the same sentences as the briefing's, {@link BriefingWords}). */
    static String consentSentence(CourseOfAction coa, Messages t) {
        if (coa.pathways().isEmpty()) return t.get("brief.consent.no_pathway");
        StringBuilder b = new StringBuilder();
        for (org.cartellab.law.CoursePathway p : coa.pathways()) {
            var cond = p.block().conditions();
            String who = p.block().part().isEmpty() ? t.get("brief.consent.course") : t.get("brief.consent.part", p.block().part());
            String assumes = BriefingWords.assumes(who, cond.consent(), cond.inMexico(), t);
            String other = cond.consent() ? "without" : "with";
            boolean same = java.util.Arrays.stream(org.cartellab.law.Jurisdiction.values())
                    .allMatch(j -> p.otherConsent().of(j).assessment() == p.assumed().of(j).assessment());
            String sentence;
            if (p.consentFixed()) {
                String k = "brief.consent.fixed_" + (cond.consent() ? "yes" : "no");
                sentence = p.block().counterpart().isEmpty() ? t.get(k, assumes) : t.get(k + "_counterpart", assumes, p.block().counterpart());
            } else if (p.consentMatters() && same) {
                sentence = t.get("brief.consent." + other + "_same", assumes);
            } else if (p.consentMatters()) {
                java.util.List<String> parts = new java.util.ArrayList<>();
                for (org.cartellab.law.Jurisdiction j : org.cartellab.law.Jurisdiction.values()) {
                    parts.add(BriefingWords.short_(j, t) + " " + BriefingWords.assessment(p.otherConsent().of(j).assessment(), t));
                }
                sentence = t.get("brief.consent." + other + "_would", assumes, String.join(", ", parts));
            } else {
                sentence = t.get("brief.consent.same_either", assumes);
            }
            b.append(b.length() == 0 ? "" : " ").append(sentence);
        }
        return b.toString();
    }

    private static void assumptions(StringBuilder b, ComparisonAssessment a, Messages t) {
        b.append("<h2 id=\"assumptions-heading\">").append(esc(t.get("report.assumptions.h2"))).append("</h2><ol id=\"assumptions\">");
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (org.cartellab.text.Phrase s : a.comparison().assumptionPhrases()) all.put(t.phrase(s), true);
        for (org.cartellab.text.Phrase s : a.matrix().notePhrases()) all.put(t.phrase(s), true);
        StringBuilder w = new StringBuilder();
        for (Criterion c : Criterion.values()) w.append(w.length() == 0 ? "" : ", ").append(c.id()).append(' ').append(Xml.num(a.matrix().weights().normalised()[c.ordinal()], 3));
        all.put(t.get("report.assumptions.weights", w), true);
        all.put(t.get("report.assumptions.small", Xml.num(WeakEffect.SMALL_PCT, 0)), true);
        for (String s : all.keySet()) b.append("<li>").append(esc(s)).append("</li>");
        b.append("</ol>");
    }
}
