package org.cartellab.briefing;

import org.cartellab.comparison.Metric;

/**
 * What a course changes in one quantity at one horizon, against the status quo of the same run.
 *
 * @param metric          the quantity (its id and label are the glossary's)
 * @param years           horizon in years after the comparison's start (week 520)
 * @param statusQuo       the status quo's value at the horizon (the metric's unit)
 * @param central         the course's value with every lever at its central value
 * @param centralPct      central change against the status quo, percent
 * @param lowPct          lower end of the band, percent change (lever sweep, or the ensemble's 5 % quantile)
 * @param highPct         upper end of the band, percent change (lever sweep, or the ensemble's 95 % quantile)
 * @param bandKind        what the band is, in words (the lever range sweep, or the ensemble's 5-95 %)
 * @param agreement       how many runs agree on the direction
 */
public record Change(Metric metric, int years, double statusQuo, double central, double centralPct, double lowPct, double highPct,
                     org.cartellab.text.Phrase bandKind, SignAgreement agreement) {
    /** Changes smaller than this (percent) read as "no change" in words. */
    public static final double NEGLIGIBLE_PCT = 0.05;

    /** -1 lower, 0 within {@link #NEGLIGIBLE_PCT}, +1 higher. */
    public int direction() { return Math.abs(centralPct) < NEGLIGIBLE_PCT ? 0 : centralPct < 0 ? -1 : 1; }
}
