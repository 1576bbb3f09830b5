package org.cartellab.comparison;

import org.cartellab.policy.Range;

/**
 * How an ensemble draws a lever's value within its catalog range. ASSUMPTION: triangular on [low, high] with its mode
 * at the central value; the catalog gives a range and a central value, not a distribution, and the triangle is the
 * simplest law that respects both (a point range gives its value).
 */
public final class LeverLaw {
    private LeverLaw() {}

    /** The value at probability {@code u} in [0, 1) (inverse CDF of the triangular law). */
    public static double triangular(Range r, double u) {
        double a = r.low();
        double b = r.high();
        double c = r.central();
        if (b == a) return a;
        double f = (c - a) / (b - a);
        double v = u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
        return Math.min(b, Math.max(a, v)); // rounding only: the formula stays in [a, b] in exact arithmetic
    }
}
