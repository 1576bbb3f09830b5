package org.cartellab.calibration;

/**
 * How {@link Calibrator} searches: number of BOBYQA starts (the first at the centre of the box, the others uniform
 * in it from {@code seed}), the evaluation budget per start, and BOBYQA's initial and final trust-region radii in
 * scaled coordinates, and the number of Levenberg-Marquardt evaluations that polish the best end point (0: none;
 * each costs 11 engine runs: the series and a central-difference Jacobian).
 */
public record FitOptions(int starts, long seed, int maxEvaluationsPerStart, double initialRadius, double stoppingRadius,
                         int polishEvaluations) {
    public static final FitOptions DEFAULT = new FitOptions(4, 1, 400, 0.2, 1e-4, 20);

    public FitOptions {
        if (starts < 1) throw new IllegalArgumentException("starts must be >= 1, got " + starts);
        if (maxEvaluationsPerStart < 20) throw new IllegalArgumentException("need at least 20 evaluations per start");
        if (!(initialRadius > stoppingRadius && stoppingRadius > 0 && initialRadius < 0.5)) {
            throw new IllegalArgumentException("need 0 < stoppingRadius < initialRadius < 0.5");
        }
        if (polishEvaluations < 0) throw new IllegalArgumentException("polish evaluations must be >= 0");
    }

    public FitOptions withStarts(int n) { return new FitOptions(n, seed, maxEvaluationsPerStart, initialRadius, stoppingRadius, polishEvaluations); }

    public FitOptions withSeed(long s) { return new FitOptions(starts, s, maxEvaluationsPerStart, initialRadius, stoppingRadius, polishEvaluations); }
}
