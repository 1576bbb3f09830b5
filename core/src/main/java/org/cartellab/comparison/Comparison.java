package org.cartellab.comparison;

import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import java.util.List;

/**
 * The result of comparing courses of action from one start: the status quo run, each course's result (in the order
 * asked), the horizons in years, every assumption the comparison rests on, and the cooperation-dependent share of
 * incapacitation used.
 */
public record Comparison(ComparisonStart start, List<Integer> horizonsYears, PolicyRun statusQuo, List<CoaResult> results,
                         List<Phrase> assumptionPhrases, DependentShare dependentShare) {
    public Comparison {
        horizonsYears = List.copyOf(horizonsYears);
        results = List.copyOf(results);
        assumptionPhrases = List.copyOf(assumptionPhrases);
    }

    /** The assumptions in English ({@link #assumptionPhrases()} rendered). */
    public List<String> assumptions() { return assumptionPhrases.stream().map(Phrase::english).toList(); }

    public CoaResult result(String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no course of action '" + id + "' in this comparison"));
    }

    /**
     * Compared courses with no levers (such as the catalog's {@code status_quo}): their modelled numbers are the
     * baseline run's, so outcome tables show them once, as the baseline row, while the decision matrix still ranks them.
     */
    public List<String> baselineEquivalents() {
        return results.stream().filter(r -> r.coa().isStatusQuo()).map(CoaResult::id).toList();
    }

    /** The baseline row's label in outcome tables: "status_quo (baseline)" when such a course is compared, else "baseline (no new measures)". */
    public String baselineLabel() {
        List<String> ids = baselineEquivalents();
        return ids.isEmpty() ? "baseline (no new measures)" : String.join(" = ", ids) + " (baseline)";
    }

    /** Whether some band swept the cooperation-dependent share (a swept range and a course that changes cooperation). */
    public boolean sweepsDependentShare() {
        return dependentShare.swept() && results.stream().anyMatch(r -> r.sweep().size() > r.runs().size());
    }

    /** The horizon the decision matrix uses: 5 years if compared, else the longest. */
    public int matrixHorizon() { return horizonsYears.contains(5) ? 5 : horizonsYears.get(horizonsYears.size() - 1); }
}
