package org.cartellab.model;

/** An engine met a state it cannot honestly continue from (NaN, a negative population, a failing solver). */
public final class NumericalTroubleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final double week;

    public NumericalTroubleException(double week, String problem, Throwable cause) {
        super(String.format("numerical trouble at week %.3f: %s", week, problem), cause);
        this.week = week;
    }

    public NumericalTroubleException(double week, String problem) {
        this(week, problem, null);
    }

    /** The model time at which it happened. */
    public double week() { return week; }
}
