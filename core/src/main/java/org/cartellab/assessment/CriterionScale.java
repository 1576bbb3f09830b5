package org.cartellab.assessment;

import org.cartellab.law.LegalScore;

/**
 * The fixed scale one decision-matrix criterion is normalised on, independent of which courses of action are
 * compared: a raw value {@code x} maps to {@code (worst - x) / (worst - best)}, so {@code best} gives 1 and
 * {@code worst} gives 0. Values beyond the ends are <b>not clamped</b>: they map linearly outside [0, 1] and the matrix
 * notes them, so the weighted score stays a linear value function and nothing is hidden.
 *
 * @param best  raw value that scores 1 (in the criterion's unit)
 * @param worst raw value that scores 0
 * @param unit  the raw value's unit, for tables
 * @param basis one line on why these ends (for docs, reports and JSON)
 */
public record CriterionScale(double best, double worst, String unit, String basis) {
    public CriterionScale {
        if (!Double.isFinite(best) || !Double.isFinite(worst) || best == worst) {
            throw new IllegalArgumentException("a scale needs two different finite ends, got " + best + " and " + worst);
        }
    }

    /**
     * Modelled outcomes: percent change against the status quo at the matrix horizon, -50 % (best) to +50 % (worst);
     * the status quo (0 %) scores 0.5 whatever else is compared.
     */
    public static final CriterionScale OUTCOME_PCT = new CriterionScale(-50, 50, "% vs status quo",
            "change against the status quo: -50 % scores 1, 0 % (the status quo) 0.5, +50 % 0; linear, not clamped");

    /** Risk ratings on their own ordinal scale: 0 (none) scores 1, 4 (severe) scores 0. */
    public static final CriterionScale RISK_LEVEL = new CriterionScale(0, 4, "level 0-4",
            "the rating's own scale: 0 none scores 1, 4 severe scores 0, each level a quarter");

    /**
     * The legal criterion's own scale: the pathway assessment's mean, 0 (clear in every jurisdiction) scores 1 and
     * {@link LegalScore#MAX} (prima facie unlawful in every jurisdiction) scores 0; the value source is
     * {@link LegalCriterion}.
     */
    public static final CriterionScale LEGAL = new CriterionScale(0, LegalScore.MAX, LegalCriterion.UNIT, LegalCriterion.SCALE_BASIS);

    /** The normalised value, 1 at {@code best}, 0 at {@code worst}, linear (and unclamped) elsewhere. */
    public double normalise(double x) { return (worst - x) / (worst - best); }

    /** Whether {@code x} lies outside the scale's ends (then its normalised value is outside [0, 1]). */
    public boolean outside(double x) { return x < Math.min(best, worst) || x > Math.max(best, worst); }
}
