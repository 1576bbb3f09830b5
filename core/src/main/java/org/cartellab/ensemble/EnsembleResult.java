package org.cartellab.ensemble;

import java.util.List;

/**
 * An ensemble's bands over every metric of its plan, with what it was drawn from and how many distinct parameter
 * vectors its runs used (runs drawn from a stored posterior sample share vectors; {@code distinctParameters} is at
 * most {@code runs}).
 */
public record EnsembleResult(String description, long runs, long seed, ReportPlan plan, List<Band> bands, long distinctParameters) {
    public EnsembleResult {
        bands = List.copyOf(bands);
    }

    public Band band(String metric) { return bands.get(plan.indexOf(metric)); }

    /** "N runs over K distinct posterior draws" as reports print it. */
    public String runsOverDraws() { return runsOverDraws(runs, distinctParameters, description); }

    /**
     * The size of an ensemble stated honestly: {@code "1,000 runs over 905 distinct posterior draws"} (or "parameter
     * draws" when the distribution's description does not mention a posterior); runs sharing a draw are not
     * independent draws of the parameters.
     */
    public static String runsOverDraws(long runs, long distinct, String distribution) {
        return runsOverDrawsPhrase(runs, distinct, distribution).english();
    }

    /** {@link #runsOverDraws(long, long, String)} as a phrase for the reader's language. */
    public static org.cartellab.text.Phrase runsOverDrawsPhrase(long runs, long distinct, String distribution) {
        boolean posterior = distribution != null && distribution.contains("posterior");
        org.cartellab.text.Phrase.Pattern p = posterior ? (distinct == 1 ? org.cartellab.text.Phrases.RUNS_OVER_POSTERIOR_ONE : org.cartellab.text.Phrases.RUNS_OVER_POSTERIOR)
                : (distinct == 1 ? org.cartellab.text.Phrases.RUNS_OVER_PARAMETER_ONE : org.cartellab.text.Phrases.RUNS_OVER_PARAMETER);
        return org.cartellab.text.Phrase.of(p, runs, distinct);
    }
}
