package org.cartellab.policy;

/** A low / central / high value for an uncertain quantity, low <= central <= high. */
public record Range(double low, double central, double high) {
    public Range {
        if (!Double.isFinite(low) || !Double.isFinite(central) || !Double.isFinite(high)) throw new IllegalArgumentException("range values must be finite");
        if (low > central || central > high) throw new IllegalArgumentException("need low <= central <= high, got " + low + ", " + central + ", " + high);
    }

    public static Range point(double v) { return new Range(v, v, v); }

    /** The value for a named point: "low", "central" or "high". */
    public double at(Point p) {
        return switch (p) {
            case LOW -> low;
            case CENTRAL -> central;
            case HIGH -> high;
        };
    }

    /** The three named points of a range. */
    public enum Point { LOW, CENTRAL, HIGH }
}
