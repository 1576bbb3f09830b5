package org.cartellab.comparison;

/**
 * One metric at one horizon for one course of action: the smallest, central and largest value over the all-low,
 * all-central and all-high lever runs (not a probability interval), and the status quo's value.
 */
public record MetricBand(double low, double central, double high, double statusQuo) {
    /** Change of a value against the status quo, in percent (NaN when the status quo is 0). */
    public double changePct(double v) { return statusQuo == 0 ? Double.NaN : 100 * (v - statusQuo) / statusQuo; }

    public double centralChangePct() { return changePct(central); }

    /**
     * Relative differences below this are integrator noise, not effects: a lever at exactly 1 adds breakpoints where
     * the integrator restarts, which moves results by ~1e-8 relative (its error control); 1e-6 leaves a wide margin.
     */
    public static final double NOISE = 1e-6;

    /** Whether the band reaches both sides of the status quo beyond {@link #NOISE} (sign of the effect undetermined). */
    public boolean straddlesStatusQuo() {
        double eps = NOISE * Math.abs(statusQuo);
        return low < statusQuo - eps && high > statusQuo + eps;
    }
}
