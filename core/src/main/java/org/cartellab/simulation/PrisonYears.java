package org.cartellab.simulation;

import java.util.List;
import org.cartellab.comparison.SentenceStatistics;
import org.cartellab.model.ParameterChanges;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.PolicyCompiler;

/**
 * Sentence-years (the glossary's name) handed down each week, an estimate outside the network model (which has no prisons): the week's
 * incapacitations times the mean sentence of a new incapacitation (ENPOL 2021 weighted by 1/sentence, as the comparison's
 * sentence-years) times the sentence multiplier alpha(t) the levers set ({@link PolicyCompiler#sentencePath}, 1 before
 * the levers' start). It does not feed back on the network's dynamics.
 */
public final class PrisonYears {
    /** What the estimate is, in words for pages and files. */
    public static final String NOTE = "estimate outside the network model: weekly incapacitations x mean sentence x the sentence multiplier "
            + "the levers set (from their start week); the model has no prisons and sentences do not feed back on its dynamics";

    private final SentenceStatistics sentences;

    public PrisonYears(SentenceStatistics sentences) { this.sentences = sentences; }

    /** With the bundled ENPOL 2021 sentences. */
    public static PrisonYears bundled() { return new PrisonYears(SentenceStatistics.bundled()); }

    /** The mean sentence of a new incapacitation, years. */
    public double meanSentenceYears() { return sentences.meanYears(); }

    /** Where the mean sentence comes from. */
    public String source() { return sentences.source(); }

    /**
     * Sentence-years handed down in each week, from cumulative incapacitations indexed by model week (index 0 = week 0):
     * entry {@code w} is the incapacitations of the week ending at {@code w} (cum[w] - cum[w-1]; 0 at week 0) times the
     * mean sentence times the sentence multiplier at {@code w}, with the sentence levers of {@code levers} acting from
     * model week {@code from}. Built from the cumulative column, not the weekly rate, so that {@link #total} over a span is
     * exactly the comparison's sentence-years (cumulative incapacitations x mean sentence) when no sentence lever acts.
     */
    public double[] weekly(double[] cumulativeIncapacitations, List<LeverSetting> levers, int from) {
        ParameterChanges alpha = PolicyCompiler.sentencePath(levers, from);
        double mean = meanSentenceYears();
        double[] out = new double[cumulativeIncapacitations.length];
        for (int w = 1; w < out.length; w++) {
            out[w] = (cumulativeIncapacitations[w] - cumulativeIncapacitations[w - 1]) * mean * alpha.value(PolicyCompiler.SENTENCE, 1, w);
        }
        return out;
    }

    /**
     * Sentence-years from model week {@code from} to {@code end} (the weeks {@code from+1 .. end} of {@link #weekly}): the
     * one sum every surface shows (simulator summary, its JSON) for the quantity the comparison calls sentence-years.
     *
     * @throws IllegalArgumentException if {@code from > end} or {@code end} is beyond the series
     */
    public static double total(double[] weekly, int from, int end) {
        if (from > end || end >= weekly.length || from < 0) throw new IllegalArgumentException("need 0 <= from <= end < " + weekly.length + ", got " + from + ", " + end);
        double s = 0;
        for (int w = from + 1; w <= end; w++) s += weekly[w];
        return s;
    }
}
