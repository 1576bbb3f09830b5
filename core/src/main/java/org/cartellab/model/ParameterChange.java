package org.cartellab.model;

/**
 * The one primitive every change to a model parameter compiles to, whether it comes from a scenario file
 * ({@code multiply}, {@code set}, {@code ramp}) or from a course-of-action lever (a ramped multiplier, a succession
 * window, a sentence multiplier). From {@code startWeek} (model weeks, inclusive) until {@code endWeek} (exclusive;
 * {@code +infinity} for no end) it either scales the running value of {@code parameter} by {@link #multiplier} or sets
 * it to {@code value}.
 *
 * <p>The ramp formula (the only one in the code base): a multiplier {@code f} reached linearly over {@code rampWeeks}
 * is {@code m(t) = 1 + (f - 1) min(1, (t - startWeek) / rampWeeks)}, and {@code f} itself when {@code rampWeeks} is 0.
 * When {@code indexed}, the multiplier is weighted by an index {@code k(t)} (Mexico's cooperation, 1 = today's):
 * {@code max(0, 1 + k(t) (m(t) - 1))}, so with no cooperation the change has no effect, and an amplified cut (k > 1)
 * stops at removing the whole parameter (a rate below zero has no meaning).
 *
 * @param parameter the scenario-file name of the parameter (e.g. "recruitment", "sentence_multiplier")
 * @param op        scale the running value, or set it
 * @param value     the multiplier reached (SCALE) or the value set (SET); finite and {@code >= 0}
 * @param startWeek first model week the change acts (inclusive)
 * @param rampWeeks weeks to reach the full multiplier; 0 for a step (always 0 for SET)
 * @param endWeek   week from which the change no longer acts; {@code Double.POSITIVE_INFINITY} for none
 * @param indexed   whether the index k(t) weights the multiplier (SCALE only)
 * @throws IllegalArgumentException on a negative or non-finite value, a negative ramp, an end not after the start, or
 *                                  a ramped or indexed SET
 */
public record ParameterChange(String parameter, Op op, double value, double startWeek, double rampWeeks, double endWeek, boolean indexed) {
    /** How a change acts on the running value. */
    public enum Op { SCALE, SET }

    public ParameterChange {
        java.util.Objects.requireNonNull(parameter, "parameter");
        java.util.Objects.requireNonNull(op, "op");
        if (!Double.isFinite(value) || value < 0) throw new IllegalArgumentException("value for " + parameter + " must be a finite number >= 0, got " + value);
        if (!Double.isFinite(startWeek)) throw new IllegalArgumentException("start week must be finite, got " + startWeek);
        if (!(rampWeeks >= 0) || Double.isInfinite(rampWeeks)) throw new IllegalArgumentException("ramp weeks must be finite and >= 0, got " + rampWeeks);
        if (!(endWeek > startWeek)) throw new IllegalArgumentException("a change must end after it starts (" + startWeek + " .. " + endWeek + ")");
        if (op == Op.SET && (rampWeeks != 0 || indexed)) throw new IllegalArgumentException("a set value cannot be ramped or indexed");
    }

    /** A multiplier reached over {@code rampWeeks} from {@code startWeek} (0: at once), with no end. */
    public static ParameterChange scale(String parameter, double factor, double startWeek, double rampWeeks, boolean indexed) {
        return new ParameterChange(parameter, Op.SCALE, factor, startWeek, rampWeeks, Double.POSITIVE_INFINITY, indexed);
    }

    /** A value that replaces the running one from {@code startWeek} on. */
    public static ParameterChange set(String parameter, double value, double startWeek) {
        return new ParameterChange(parameter, Op.SET, value, startWeek, 0, Double.POSITIVE_INFINITY, false);
    }

    /** A multiplier during [startWeek, endWeek) only (e.g. a succession struggle). */
    public static ParameterChange window(String parameter, double factor, double startWeek, double endWeek) {
        return new ParameterChange(parameter, Op.SCALE, factor, startWeek, 0, endWeek, false);
    }

    /** Whether the change acts at week t. */
    public boolean actsAt(double t) { return t >= startWeek && t < endWeek; }

    /** The multiplier at week t (assumed to be a week it acts), given the index there (ignored unless indexed). */
    public double multiplier(double t, double index) {
        double m = rampWeeks == 0 ? value : 1 + (value - 1) * Math.min(1.0, (t - startWeek) / rampWeeks);
        // cooperation above today's (k > 1) amplifies a cut, which can remove all of the parameter but not more
        return indexed ? Math.max(0, 1 + index * (m - 1)) : m;
    }

    /** The running value after this change at week t. */
    public double apply(double running, double t, double index) {
        if (!actsAt(t)) return running;
        return op == Op.SET ? value : running * multiplier(t, index);
    }
}
