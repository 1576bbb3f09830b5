package org.cartellab.calibration;

import org.cartellab.network.Tolerances;

/**
 * How {@link CalibrationPosterior} samples: kept draws, burn-in iterations (during which the proposal adapts and
 * which are then discarded), the seed, and the engine tolerances for each likelihood evaluation. The default
 * tolerances (relative 1e-6, absolute 1e-4 members) put the engine's error near 1e-4 casualties per week, five orders
 * of magnitude below the residual scale (about 6 per week), at roughly half the cost of the engine default.
 */
public record PosteriorOptions(int draws, int burnIn, long seed, Tolerances tolerances) {
    public static final PosteriorOptions DEFAULT = new PosteriorOptions(2000, 1000, 1, new Tolerances(1e-6, 1e-4));

    public PosteriorOptions {
        if (draws < 10) throw new IllegalArgumentException("need at least 10 posterior draws, got " + draws);
        if (burnIn < 0) throw new IllegalArgumentException("burn-in must be >= 0, got " + burnIn);
    }

    public PosteriorOptions withDraws(int n) { return new PosteriorOptions(n, burnIn, seed, tolerances); }

    public PosteriorOptions withBurnIn(int n) { return new PosteriorOptions(draws, n, seed, tolerances); }

    public PosteriorOptions withSeed(long s) { return new PosteriorOptions(draws, burnIn, s, tolerances); }
}
