package org.cartellab.policy;

/**
 * A lever effect with one explicit value (e.g. the low, central or high end of its range, or a value an ensemble drew).
 * This is the unit the comparison runs: the catalog's ranges never enter an engine directly.
 */
public record LeverSetting(LeverEffect effect, double value) {
    public LeverSetting {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("lever value must be finite, got " + value);
        Lever l = effect.lever();
        if (value < l.min() || value > l.max()) {
            throw new IllegalArgumentException("lever " + l.id() + " value " + value + " outside [" + l.min() + ", " + l.max() + "]");
        }
    }

    /** The effect at one named point of its range. */
    public static LeverSetting at(LeverEffect effect, Range.Point point) { return new LeverSetting(effect, effect.effect().at(point)); }
}
