package org.cartellab.comparison;

import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import java.util.List;
import java.util.Map;
import org.cartellab.policy.CohortLeverEvaluator;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.Range;

/**
 * A course of action's comparison: its runs at the three points of its lever ranges (at the central
 * cooperation-dependent share), every run the bands sweep ({@code sweep}: those three, plus the low and high dependent
 * share for courses that change cooperation), the bands per horizon (years) and metric, the settings the network
 * engine did not evaluate, cohort-engine outcomes if a cohort evaluator was bound (horizon -> lever point -> outcome
 * with and without the levers), and the assumptions its compilation used.
 */
public record CoaResult(CourseOfAction coa, Map<Range.Point, PolicyRun> runs, List<PolicyRun> sweep, Map<Integer, Map<Metric, MetricBand>> bands,
                        List<LeverSetting> notEvaluated, Map<Integer, Map<Range.Point, CohortLeverEvaluator.Outcome>> cohort,
                        List<Phrase> assumptionPhrases) {
    public CoaResult {
        runs = Map.copyOf(runs);
        sweep = List.copyOf(sweep);
        bands = Map.copyOf(bands);
        notEvaluated = List.copyOf(notEvaluated);
        cohort = Map.copyOf(cohort);
        assumptionPhrases = List.copyOf(assumptionPhrases);
    }

    /** The assumptions in English. */
    public List<String> assumptions() { return assumptionPhrases.stream().map(Phrase::english).toList(); }

    public String id() { return coa.id(); }

    public MetricBand band(int years, Metric m) {
        Map<Metric, MetricBand> b = bands.get(years);
        if (b == null) throw new IllegalArgumentException("no horizon of " + years + " years in this comparison");
        return b.get(m);
    }
}
