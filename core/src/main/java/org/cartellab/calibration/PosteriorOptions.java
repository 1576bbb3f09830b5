package org.cartellab.calibration;

import org.cartellab.network.Tolerances;

/**
 * How {@link CalibrationPosterior} samples: kept draws per chain, burn-in iterations per chain (during which the
 * proposal adapts and which are then discarded), the seed, the engine tolerances for each likelihood evaluation, the
 * number of chains and the thinning (every {@code thin}-th post-burn-in state is kept, so a chain runs
 * {@code burnIn + draws * thin} iterations). The default tolerances (relative 1e-6, absolute 1e-4 members) put the
 * engine's error near 1e-4 casualties per week, five orders of magnitude below the residual scale (about 6 per week),
 * at roughly half the cost of the engine default.
 */
public record PosteriorOptions(int draws, int burnIn, long seed, Tolerances tolerances, int chains, int thin) {
    public static final PosteriorOptions DEFAULT = new PosteriorOptions(2000, 1000, 1, new Tolerances(1e-6, 1e-4));

    public PosteriorOptions {
        if (draws < 10) throw new IllegalArgumentException("need at least 10 posterior draws, got " + draws);
        if (burnIn < 0) throw new IllegalArgumentException("burn-in must be >= 0, got " + burnIn);
        if (chains < 1 || chains > 64) throw new IllegalArgumentException("chains must be 1..64, got " + chains);
        if (thin < 1) throw new IllegalArgumentException("thinning must be >= 1, got " + thin);
    }

    /** One chain, no thinning. */
    public PosteriorOptions(int draws, int burnIn, long seed, Tolerances tolerances) {
        this(draws, burnIn, seed, tolerances, 1, 1);
    }

    public PosteriorOptions withDraws(int n) { return new PosteriorOptions(n, burnIn, seed, tolerances, chains, thin); }

    public PosteriorOptions withBurnIn(int n) { return new PosteriorOptions(draws, n, seed, tolerances, chains, thin); }

    public PosteriorOptions withSeed(long s) { return new PosteriorOptions(draws, burnIn, s, tolerances, chains, thin); }

    public PosteriorOptions withChains(int c) { return new PosteriorOptions(draws, burnIn, seed, tolerances, c, thin); }

    public PosteriorOptions withThin(int t) { return new PosteriorOptions(draws, burnIn, seed, tolerances, chains, t); }
}
