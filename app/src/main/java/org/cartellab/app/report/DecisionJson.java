package org.cartellab.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.Criterion;
import org.cartellab.assessment.DecisionMatrix;

/**
 * matrix.json: the decision matrix as JSON with the weights actually used (as given and normalised to sum 1), each
 * criterion's fixed scale, every row's raw and normalised values, score, rank, share of random weightings ranking it
 * first and scoring it above the status quo, and, in the single-course case, which course is assessed against the
 * status quo. Key order is stable.
 */
public final class DecisionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DecisionJson() {}

    public static String of(ComparisonAssessment a, String weightsSource) {
        DecisionMatrix m = a.matrix();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("horizon_years", m.horizonYears());
        doc.put("weights_source", weightsSource);
        double[] used = m.weights().normalised();
        List<Object> criteria = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", c.id());
            e.put("label", c.label());
            e.put("weight_given", m.weights().get(c));
            e.put("weight_used", used[c.ordinal()]);
            Map<String, Object> scale = new LinkedHashMap<>();
            scale.put("best", c.scale().best());
            scale.put("worst", c.scale().worst());
            scale.put("unit", c.scale().unit());
            scale.put("basis", c.scale().basis());
            e.put("scale", scale);
            criteria.add(e);
        }
        doc.put("criteria", criteria);
        doc.put("assessed_against_status_quo", m.assessedAgainstStatusQuo().map(DecisionMatrix.Row::id).orElse(null));
        List<Object> rows = new ArrayList<>();
        for (DecisionMatrix.Row r : m.ranked()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("coa", r.id());
            e.put("title", r.title());
            e.put("status_quo", r.statusQuo());
            e.put("rank", r.rank());
            e.put("score", r.score());
            e.put("rank_low_levers", a.lowLevers().row(r.id()).rank());
            e.put("rank_high_levers", a.highLevers().row(r.id()).rank());
            e.put("share_ranked_first", a.robustness().shareFirst().get(r.id()));
            e.put("share_above_status_quo", a.robustness().shareAboveStatusQuo().get(r.id()));
            Map<String, Object> raw = new LinkedHashMap<>();
            Map<String, Object> norm = new LinkedHashMap<>();
            for (Criterion c : Criterion.values()) {
                raw.put(c.id(), r.raw().get(c));
                norm.put(c.id(), r.normalised().get(c));
            }
            e.put("raw", raw);
            e.put("normalised", norm);
            rows.add(e);
        }
        doc.put("rows", rows);
        doc.put("status_quo_advantage", StatusQuoNote.json(m)); // null unless the status quo ranks high by construction
        Map<String, Object> robustness = new LinkedHashMap<>(); // stable key order (Map.of iterates in a per-JVM order)
        robustness.put("samples", a.robustness().samples());
        robustness.put("seed", a.robustness().seed());
        doc.put("robustness", robustness);
        doc.put("notes", m.notes());
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
