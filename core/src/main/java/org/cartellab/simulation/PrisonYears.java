package org.cartellab.simulation;

import java.util.List;
import org.cartellab.comparison.SentenceStatistics;
import org.cartellab.model.ParameterChanges;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.PolicyCompiler;

/**
 * Prison-years handed down each week, an estimate outside the network model (which has no prisons): the week's
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
     * Prison-years per week for weekly incapacitations indexed by model week (index 0 = week 0), with the sentence
     * levers of {@code levers} acting from model week {@code from}.
     */
    public double[] weekly(double[] incapacitations, List<LeverSetting> levers, int from) {
        ParameterChanges alpha = PolicyCompiler.sentencePath(levers, from);
        double mean = meanSentenceYears();
        double[] out = new double[incapacitations.length];
        for (int w = 0; w < out.length; w++) out[w] = incapacitations[w] * mean * alpha.value(PolicyCompiler.SENTENCE, 1, w);
        return out;
    }
}
