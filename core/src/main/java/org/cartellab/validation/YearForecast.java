package org.cartellab.validation;

import org.cartellab.uncertainty.Spread;

/**
 * One predicted year of a back-test, casualties per week: the observation (with its proxy range), the model's
 * noise-free value across posterior draws ({@code model}), the posterior predictive distribution ({@code predictive}:
 * model plus yearly residual noise, 5/25/50/75/95 %), whether the observation falls in the central 50 % and 90 %
 * predictive bands, and growth since the last calibration year: the model's median and the observed (homicides only,
 * so the missing-persons assumption cancels), in percent.
 */
public record YearForecast(ObservedCasualties observed, Spread model, Spread predictive, boolean in50, boolean in90,
                           double modelGrowthPct, double observedGrowthPct) {
    public int year() { return observed.year(); }

    /** Whether {@code value} lies in the central 50 % predictive band [25 %, 75 %]. */
    public static boolean in50(Spread s, double value) { return value >= s.p25() && value <= s.p75(); }

    /** Whether {@code value} lies in the central 90 % predictive band [5 %, 95 %]. */
    public static boolean in90(Spread s, double value) { return value >= s.p5() && value <= s.p95(); }
}
