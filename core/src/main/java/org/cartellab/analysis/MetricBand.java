package org.cartellab.analysis;

/**
 * One metric at one horizon for one course of action: the smallest, central and largest value over the all-low,
 * all-central and all-high lever runs (not a probability interval), and the status quo's value.
 */
public record MetricBand(double low, double central, double high, double statusQuo) {
    /** Change of a value against the status quo, in percent (NaN when the status quo is 0). */
    public double changePct(double v) { return statusQuo == 0 ? Double.NaN : 100 * (v - statusQuo) / statusQuo; }

    public double centralChangePct() { return changePct(central); }

    /** Whether the band reaches both sides of the status quo (sign of the effect undetermined). */
    public boolean straddlesStatusQuo() { return low < statusQuo && high > statusQuo; }
}
