package org.cartellab.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hook through which the cohort engine evaluates levers the network engine cannot (sentence length). The
 * comparison asks {@link #evaluates} for each such lever; with {@link #NONE} it reports the lever as "not evaluated in
 * this comparison" rather than inventing numbers. The binding is {@code org.cartellab.comparison.CohortSentenceEvaluator}.
 */
public interface CohortLeverEvaluator {
    /** Whether this evaluator models the lever. */
    boolean evaluates(Lever lever);

    /**
     * Outcomes for one set of lever values over {@code horizonWeeks} from the comparison's start, as metric name ->
     * value (e.g. "prison_years"), together with the same metrics for no levers so changes can be computed.
     */
    Outcome evaluate(List<LeverSetting> settings, int horizonWeeks, long seed);

    /** Metric values with and without the levers (in the evaluator's order), and a one-line description of how they were computed. */
    record Outcome(Map<String, Double> withLevers, Map<String, Double> statusQuo, String method) {
        public Outcome {
            withLevers = Collections.unmodifiableMap(new LinkedHashMap<>(withLevers));
            statusQuo = Collections.unmodifiableMap(new LinkedHashMap<>(statusQuo));
        }
    }

    /** No cohort engine: evaluates nothing. */
    CohortLeverEvaluator NONE = new CohortLeverEvaluator() {
        @Override
        public boolean evaluates(Lever lever) { return false; }

        @Override
        public Outcome evaluate(List<LeverSetting> settings, int horizonWeeks, long seed) {
            throw new UnsupportedOperationException("no cohort engine is bound");
        }
    };
}
