package org.cartellab.policy;

/** A multiplier on one network parameter during [startWeek, endWeek) in absolute model weeks, e.g. succession conflict. */
public record TemporaryMultiplier(String parameter, double factor, double startWeek, double endWeek) {
    public TemporaryMultiplier {
        if (!Double.isFinite(factor) || factor < 0) throw new IllegalArgumentException("factor must be finite and >= 0, got " + factor);
        if (!(endWeek >= startWeek)) throw new IllegalArgumentException("window must end after it starts");
    }

    public double factor(double t) { return t >= startWeek && t < endWeek ? factor : 1; }
}
