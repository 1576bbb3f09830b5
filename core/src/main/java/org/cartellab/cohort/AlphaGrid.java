package org.cartellab.cohort;

/** Evenly spaced sentence multipliers from {@code from} to {@code to}, {@code steps} points (both ends included). */
public record AlphaGrid(double from, double to, int steps) {
    /** The authors' range: 0 to 2. */
    public static final AlphaGrid DEFAULT = new AlphaGrid(0, 2, 21);

    public AlphaGrid {
        if (!(from >= 0) || !(to >= from) || to > 100) throw new IllegalArgumentException("alpha range must satisfy 0 <= from <= to <= 100, got " + from + " to " + to);
        if (steps < 1 || steps > 100_000) throw new IllegalArgumentException("alpha steps must be from 1 to 100000, got " + steps);
        if (steps == 1 && to != from) throw new IllegalArgumentException("one alpha step needs from == to");
    }

    public double value(int i) { return steps == 1 ? from : from + (to - from) * i / (steps - 1); }
}
