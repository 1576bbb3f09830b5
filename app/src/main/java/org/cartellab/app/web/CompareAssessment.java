package org.cartellab.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cartellab.app.i18n.UnknownCourse;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.ComparisonEnsemble;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.assessment.DecisionMatrix;
import org.cartellab.assessment.WeakEffect;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.MetricBand;
import org.cartellab.ensemble.Distributions;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.model.ModelClock;
import org.cartellab.policy.Combination;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.uncertainty.Spread;

/**
 * The compare page's assessment, equal to {@code compare} and its report: the chosen courses (ids, or {@code A+B}
 * combinations) from the 2022 state of the reference run, with the status quo added when absent; per metric at the
 * requested horizon the low / central / high values and their change against the status quo in percent; the decision
 * matrix rank with the default weights, the ranks from the all-low and all-high lever runs, the share of random
 * weightings that rank a course first or above the status quo, and the weak-effect warnings. {@link #ensemble} runs the
 * posterior ensemble of the same courses as a background job. Unknown ids are a 400 naming them.
 */
final class CompareAssessment {
    /** Random weight vectors for rank robustness: the core's one number, as in the terminal and the report. */
    static final int WEIGHT_SAMPLES = ComparisonAssessment.DEFAULT_SAMPLES;

    private final List<CourseOfAction> catalog;

    CompareAssessment(List<CourseOfAction> catalog) { this.catalog = List.copyOf(catalog); }

    /** The courses to compare: the request's ids and combinations, the status quo first when the catalog has one and it was not asked for. */
    List<CourseOfAction> chosen(List<String> ids) {
        Map<String, CourseOfAction> byId = new LinkedHashMap<>();
        for (CourseOfAction c : catalog) byId.put(c.id(), c);
        List<CourseOfAction> out = new ArrayList<>();
        for (String id : ids) {
            List<CourseOfAction> parts = new ArrayList<>();
            for (String part : id.split("\\+", -1)) {
                CourseOfAction c = byId.get(part.trim());
                if (c == null) throw ApiException.unknownCourse(400, "ids", part.trim(), byId.keySet());
                parts.add(c);
            }
            CourseOfAction c = parts.size() == 1 ? parts.get(0) : Combination.of(parts);
            if (out.stream().anyMatch(o -> o.id().equals(c.id()))) throw ApiException.of(400, "ids_asked_twice", c.id());
            out.add(c);
        }
        if (out.stream().noneMatch(CourseOfAction::isStatusQuo)) {
            Optional<CourseOfAction> sq = catalog.stream().filter(CourseOfAction::isStatusQuo).findFirst();
            sq.ifPresent(s -> out.add(0, s));
        }
        if (out.size() < 2) throw ApiException.of(400, "ids_need_course");
        return out;
    }

    static int years(int weeks) {
        if (weeks < CatalogComparison.START_WEEK + 52) {
            throw ApiException.of(400, "weeks_start", CatalogComparison.START_WEEK, ModelClock.NETWORK.dateOf(CatalogComparison.START_WEEK),
                    CatalogComparison.START_WEEK + 52, weeks);
        }
        return (weeks - CatalogComparison.START_WEEK) / 52;
    }

    Map<String, Object> assess(ComparisonRequest request) { return assess(request, WebLocalizer.of(org.cartellab.i18n.Language.EN)); }

    /**
     * As above with the text in the localizer's language: course titles, metric labels; the weak-effect messages and the
     * decision matrix's notes are the core's English sentences ({@code "message_language": "en"}).
     */
    Map<String, Object> assess(ComparisonRequest request, WebLocalizer loc) {
        int years = years(request.weeks());
        List<CourseOfAction> chosen = chosen(request.ids());
        Comparison c = ComparisonRunner.reference(ComparisonOptions.defaults().withHorizons(List.of(years)).withSeed(request.seed())).compare(chosen);
        ComparisonAssessment a = ComparisonAssessment.of(c, CriterionWeights.defaults(), WEIGHT_SAMPLES, request.seed());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("years", years);
        doc.put("weeks", request.weeks());
        doc.put("start_week", CatalogComparison.START_WEEK);
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Metric m : Metric.values()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", m.id());
            e.put("label", loc.metric(m));
            e.put("unit", m.unit());
            e.put("estimate", m.estimate());
            metrics.add(e);
        }
        doc.put("metrics", metrics);
        DecisionMatrix central = a.matrix();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CoaResult r : c.results()) {
            DecisionMatrix.Row row = central.row(r.id());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", r.id());
            e.put("title", loc.title(r.coa()));
            e.put("status_quo", r.coa().isStatusQuo());
            e.put("rank", row.rank());
            e.put("tied_with", row.tiedWith());
            e.put("score", row.score());
            e.put("rank_low_levers", a.lowLevers().row(r.id()).rank());
            e.put("rank_high_levers", a.highLevers().row(r.id()).rank());
            e.put("share_ranked_first", a.robustness().shareFirst().get(r.id()));
            e.put("share_above_status_quo", a.robustness().shareAboveStatusQuo().get(r.id()));
            Map<String, Object> values = new LinkedHashMap<>();
            for (Metric m : Metric.values()) {
                MetricBand b = r.band(years, m);
                Map<String, Object> v = new LinkedHashMap<>();
                double lo = Math.min(b.low(), Math.min(b.central(), b.high()));
                double hi = Math.max(b.low(), Math.max(b.central(), b.high()));
                v.put("low", lo);
                v.put("central", b.central());
                v.put("high", hi);
                v.put("status_quo", b.statusQuo());
                v.put("change_pct", finite(b.centralChangePct()));
                v.put("change_low_pct", finite(b.changePct(lo)));
                v.put("change_high_pct", finite(b.changePct(hi)));
                v.put("sign_undetermined", b.straddlesStatusQuo());
                values.put(m.id(), v);
            }
            e.put("values", values);
            rows.add(e);
        }
        doc.put("rows", rows);
        List<Map<String, Object>> weak = new ArrayList<>();
        for (WeakEffect w : a.weakEffects()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("coa", w.coa());
            e.put("kind", w.kind().name().toLowerCase(Locale.ROOT));
            e.put("message", w.message());
            weak.add(e);
        }
        doc.put("message_language", "en"); // the weak-effect messages and the notes: the core's English sentences
        doc.put("weak_effects", weak);
        doc.put("robustness", Map.of("samples", a.robustness().samples(), "seed", a.robustness().seed()));
        doc.put("rank_resolution", central.resolution());
        doc.put("notes", central.notes());
        doc.put("status_quo_note", org.cartellab.app.report.StatusQuoNote.byLanguage(central)); // {en, es} or null
        return doc;
    }

    /**
     * The posterior ensemble of the same courses at the requested horizon: per course the median and 5–95 % of the
     * paired change against the status quo (members, cumulative casualties), the share of members where the course is
     * lower, its median rank and share ranked first. Progress counts members.
     */
    Map<String, Object> ensemble(ComparisonRequest request, int members, Job job) {
        int years = years(request.weeks());
        List<CourseOfAction> chosen = chosen(request.ids());
        ComparisonOptions options = ComparisonOptions.defaults().withHorizons(List.of(years)).withSeed(request.seed());
        ComparisonEnsemble ensemble = new ComparisonEnsemble(ComparisonRunner.reference(options), Distributions.parse(Distributions.DEFAULT),
                CriterionWeights.defaults(), request.seed());
        ComparisonEnsembleResult e = ensemble.run(chosen, members, EnsembleRunner.allCores(), p -> job.progress((int) p.done()));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("members", e.members());
        doc.put("runs_over_draws", e.runsOverDraws());
        doc.put("distribution", e.distribution());
        doc.put("years", years);
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String id : e.ids()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("baseline", e.identicalToBaseline(id));
            for (Metric m : List.of(Metric.MEMBERS, Metric.CUMULATIVE_CASUALTIES)) {
                ComparisonEnsembleResult.Outcome o = e.outcome(id, years, m);
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("change_pct", spread(o.changePct()));
                v.put("prob_lower", o.probLower());
                r.put(m.id(), v);
            }
            r.put("median_rank", e.ranks().get(id).medianRank());
            r.put("share_first", e.ranks().get(id).shareFirst());
            rows.put(id, r);
        }
        doc.put("courses", rows);
        return doc;
    }

    private static Map<String, Object> spread(Spread s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p5", finite(s.p5()));
        m.put("median", finite(s.median()));
        m.put("p95", finite(s.p95()));
        return m;
    }

    private static Double finite(double v) { return Double.isFinite(v) ? v : null; }
}
