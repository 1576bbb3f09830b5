package org.cartellab.model;

/**
 * The one declaration of a model parameter: its scenario-file name, symbol, unit, published value, the values a
 * scenario may give, the calibration's search box, whether it is fixed at the start, and its source. Scenario
 * parsing, parameter records, policy paths, calibration bounds and the web's parameter list all read these
 * declarations ({@link ModelParameters}); nothing else lists parameter names, units or bounds.
 *
 * @param name           scenario-file name, e.g. {@code recruitment}
 * @param symbol         the papers' symbol, e.g. {@code ρ}
 * @param unit           unit in words, e.g. "per week (recruits per member of all cartels)"
 * @param value          the published (network: calibrated) value; NaN when it is derived from other parameters
 *                       (the cohort model's saturation)
 * @param accepted       values a scenario may give (inclusive); the parameter records check the same interval
 * @param calibrationBox the paper's calibration search box (network only), or null when the parameter is not fitted
 * @param startOnly      true when the value only makes sense at the start, so interventions may not change it
 * @param wholeNumber    true when only whole numbers are accepted (a year, a member count)
 * @param multiplierRange for parameters a policy may scale over time: the simulator's slider range for the
 *                       multiplier (a control's range, an assumption, not a claim about any policy); null otherwise
 * @param source         where the value comes from (paper and, for assumptions, the word ASSUMPTION)
 * @param meaning        what the parameter does in the model, one sentence
 */
public record ModelParameter(String name, String symbol, String unit, double value, Interval accepted,
                             Interval calibrationBox, boolean startOnly, boolean wholeNumber, Interval multiplierRange,
                             String source, String meaning) {

    /** A closed interval {@code [low, high]} of parameter values. */
    public record Interval(double low, double high) {
        public Interval {
            if (!(low <= high)) throw new IllegalArgumentException("interval [" + low + ", " + high + "] is empty");
        }

        public boolean contains(double v) { return v >= low && v <= high; }
    }

    public ModelParameter {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("bad parameter name " + name);
        if (accepted == null) throw new IllegalArgumentException(name + ": accepted interval missing");
        if (!Double.isNaN(value) && !accepted.contains(value)) {
            throw new IllegalArgumentException(name + ": published value " + value + " outside the accepted " + accepted);
        }
    }

    /** Whether a policy lever may scale this parameter over time (it has a multiplier range). */
    public boolean scalable() { return multiplierRange != null; }

    /** Whether the value is derived from others (published value NaN). */
    public boolean derived() { return Double.isNaN(value); }

    /** Key of the parameter's label in the web's messages ({@code param.NAME}); {@code unit.NAME} and {@code note.NAME} likewise. */
    public String labelKey() { return "param." + name; }

    /** Key of the unit's text in the web's messages. */
    public String unitKey() { return "unit." + name; }

    /** Key of the explanatory note in the web's messages. */
    public String noteKey() { return "note." + name; }

    /**
     * Checks a value against {@link #accepted()} and {@link #wholeNumber()}.
     *
     * @throws IllegalArgumentException naming the parameter and the accepted interval when the value is outside
     */
    public double check(double v) {
        if (!accepted.contains(v)) {
            String range = accepted.high() == Double.MAX_VALUE ? "a finite number >= " + fmt(accepted.low())
                    : "a number from " + fmt(accepted.low()) + " to " + fmt(accepted.high());
            throw new IllegalArgumentException(name + " must be " + range + ", got " + v);
        }
        if (wholeNumber && v != Math.rint(v)) throw new IllegalArgumentException(name + " must be a whole number, got " + v);
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
