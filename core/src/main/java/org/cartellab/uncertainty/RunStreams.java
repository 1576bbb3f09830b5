package org.cartellab.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random stream of run {@code i} of an ensemble with seed {@code s}: a function of {@code (s, i)} only, so that
 * every run draws the same numbers whichever thread, process or Spark executor computes it and in whatever order.
 *
 * <p>The 128-bit state of a xoroshiro128++ generator (Blackman and Vigna 2018, via commons-rng
 * {@link RandomSource#XO_RO_SHI_RO_128_PP}) is filled from a SplitMix64 sequence (Steele, Lea and Flood 2014)
 * whose start mixes the seed with the run index: {@code x = mix(s) + (2i + 1) * gamma}, words
 * {@code mix(x)} and {@code mix(x + gamma)}. The stream for (s, i) is therefore fixed forever; changing this
 * derivation changes every stored ensemble, so it is pinned by a test.
 */
public final class RunStreams {
    /** The SplitMix64 increment (the odd integer nearest 2^64 / golden ratio). */
    static final long GAMMA = 0x9E3779B97F4A7C15L;

    private RunStreams() {}

    /** A fresh generator for run {@code index} of the ensemble seeded with {@code seed}. */
    public static UniformRandomProvider forRun(long seed, long index) {
        if (index < 0) throw new IllegalArgumentException("run index must be >= 0, got " + index);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seedWords(seed, index));
    }

    /** The two 64-bit words that seed run {@code index}; never both zero. */
    static long[] seedWords(long seed, long index) {
        long x = mix(seed) + (2 * index + 1) * GAMMA;
        long w0 = mix(x);
        long w1 = mix(x + GAMMA);
        if (w0 == 0 && w1 == 0) w1 = GAMMA; // the all-zero state is the generator's one forbidden state
        return new long[] {w0, w1};
    }

    /** SplitMix64's output function (Stafford's variant 13 of the MurmurHash3 finaliser). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
