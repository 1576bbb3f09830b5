package org.cartellab.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.core.source64.SplitMix64;
import org.junit.jupiter.api.Test;

class RunStreamsTest {
    @Test
    void seedWordsAreTheSplitMix64SequenceStartingFromTheMixedSeedAndIndex() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            for (long i : new long[] {0, 1, 2, 999_999}) {
                SplitMix64 sm = new SplitMix64(RunStreams.mix(seed) + 2 * i * RunStreams.GAMMA);
                assertThat(RunStreams.seedWords(seed, i)).containsExactly(sm.nextLong(), sm.nextLong());
            }
        }
    }

    @Test
    void streamsDependOnlyOnSeedAndIndex() {
        long a = RunStreams.forRun(5, 17).nextLong();
        RunStreams.forRun(5, 3).nextLong(); // other streams in between change nothing
        assertThat(RunStreams.forRun(5, 17).nextLong()).isEqualTo(a);
        assertThat(RunStreams.forRun(5, 18).nextLong()).isNotEqualTo(a);
        assertThat(RunStreams.forRun(6, 17).nextLong()).isNotEqualTo(a);
    }
}
