package org.cartellab.app.web;

import org.cartellab.comparison.SentenceStatistics;

/**
 * Prison-years, an estimate outside the network model (which has no prisons): each week's incapacitations times the
 * mean sentence of a new incapacitation (ENPOL 2021, weighted by 1/sentence as in docs/models.md, as the comparison does)
 * times the sentence multiplier alpha. It does not feed back on the network's dynamics.
 */
public final class PrisonYears {
    private static final SentenceStatistics SENTENCES = SentenceStatistics.bundled();

    private PrisonYears() {}

    /** The mean sentence of a new incapacitation, in years. */
    public static double meanSentenceYears() { return SENTENCES.meanYears(); }

    /** Where the mean sentence comes from. */
    public static String source() { return SENTENCES.source(); }

    /** Prison-years of sentence handed down each week: incapacitations x mean sentence, x alpha from {@code fromWeek} on. */
    public static double[] weekly(double[] incapacitations, double alpha, int fromWeek) {
        double mean = meanSentenceYears();
        double[] out = new double[incapacitations.length];
        for (int i = 0; i < out.length; i++) out[i] = incapacitations[i] * mean * (i >= fromWeek ? alpha : 1);
        return out;
    }
}
