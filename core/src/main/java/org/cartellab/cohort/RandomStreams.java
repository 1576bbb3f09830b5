package org.cartellab.cohort;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent, reproducible random streams derived from one scenario seed: stream {@code k} of seed {@code s} is a
 * xoroshiro128++ generator whose 128-bit state comes from SplitMix64 seeded with a mix of {@code s} and {@code k}.
 * Separate streams let the time series (S1) stay identical whether or not ages, sensitivity or sentences are drawn.
 */
public final class RandomStreams {
    /** Stream of the weekly counts (recruits, arrests, killings). */
    public static final long TIME_SERIES = 1;
    /** Stream that assigns ages and picks who is arrested, killed or leaves. */
    public static final long AGES = 2;
    /** Stream of the recruitment-age sensitivity runs. */
    public static final long SENSITIVITY = 3;
    /** Stream of the base sentences drawn for the followed cohort (shared by every α). */
    public static final long SENTENCES = 4;
    /** Stream of the events after release (shared by every α). */
    public static final long RELEASE_EVENTS = 5;
    /** Stream of the base sentences of everyone incapacitated in a policy window (shared by every α: common random numbers). */
    public static final long WINDOW_SENTENCES = 6;

    private RandomStreams() {}

    /** The generator for stream {@code stream} of {@code seed}. */
    public static UniformRandomProvider of(long seed, long stream) {
        SplitMix64 mixer = new SplitMix64(seed * 0x9E3779B97F4A7C15L + stream * 0xD1B54A32D192ED03L + 0x2545F4914F6CDD1DL);
        long a = mixer.nextLong();
        long b = mixer.nextLong();
        if (a == 0 && b == 0) b = 1; // xoroshiro's state must not be all zero
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {a, b});
    }
}
