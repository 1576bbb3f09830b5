package org.cartellab.network;

/**
 * Error control for the adaptive integrator. The default (relative 1e-8, absolute 1e-6 members) is 100 times tighter
 * than the authors' lsoda run (1e-6 both), so that our differences from the reference are the reference's error,
 * not ours; NetworkToleranceTest shows the default within 1e-6 relative of a 1e-12 run.
 */
public record Tolerances(double relative, double absolute) {
    public static final Tolerances DEFAULT = new Tolerances(1e-8, 1e-6);

    public Tolerances {
        if (!(relative > 0) || !(absolute > 0)) throw new IllegalArgumentException("tolerances must be > 0");
    }
}
