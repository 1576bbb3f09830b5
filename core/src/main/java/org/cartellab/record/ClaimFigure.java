package org.cartellab.record;

/**
 * A number the register gives in place of, or beside, a claimed figure.
 *
 * @param label what the number counts, with its period
 * @param value the number, in {@code unit}
 * @param unit  deaths, members, homicides, percent …
 * @param basis where the number comes from (a statistic, or a computation of this product that a test repeats)
 */
public record ClaimFigure(String label, double value, String unit, String basis) {
    public ClaimFigure {
        if (label == null || label.isBlank() || unit == null || unit.isBlank() || basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("a figure needs a label, a unit and a basis");
        }
        if (!Double.isFinite(value)) throw new IllegalArgumentException("a figure needs a finite value");
    }
}
