package org.cartellab.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartellab.progress.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shipped posterior: its size, its diagnostics, and (slow) that the code regenerates it bit for bit. */
class PublishedPosteriorTest {
    @Test
    void shippedDrawsHaveFourChainsAndAtLeastAThousandEffectiveDrawsPerParameter() {
        CalibrationPosterior p = PublishedPosterior.load();
        assertThat(p.chains()).isEqualTo(PublishedPosterior.CHAINS);
        assertThat(p.draws()).hasSize(PublishedPosterior.CHAINS * PublishedPosterior.DRAWS_PER_CHAIN);
        PosteriorSummary s = p.summary();
        for (int i = 0; i < s.names().size(); i++) {
            assertThat(s.effectiveSampleSize()[i]).as("ESS of " + s.names().get(i)).isGreaterThanOrEqualTo(1000);
            assertThat(s.rhat()[i]).as("split-R-hat of " + s.names().get(i)).isBetween(0.99, 1.01);
        }
        assertThat(s.distinctDraws()).isGreaterThan(3000);
        assertThat(s.acceptanceRate()).isBetween(0.1, 0.4);
        for (int i = 0; i < p.draws().size(); i++) assertThat(ParameterBounds.PAPER.contains(p.scaledDraw(i))).isTrue();
    }

    @Test
    void theDefaultEnsembleDistributionIsThePublishedPosterior() {
        PosteriorDistribution d = PosteriorDistribution.published();
        assertThat(d.size()).isEqualTo(5000);
        assertThat(d.distinctDraws()).isEqualTo(PublishedPosterior.load().distinctDraws());
        assertThat(d.description()).contains("4 chains").contains("seed 1");
    }

    @Test
    @Tag("slow")
    void regeneratingWithThePublishedSettingsGivesTheShippedDrawsBitForBit() {
        CalibrationPosterior fresh = PublishedPosterior.generate(ProgressListener.NONE);
        CalibrationPosterior shipped = PublishedPosterior.load();
        assertThat(PosteriorDraws.csv(fresh)).isEqualTo(PosteriorDraws.csv(shipped));
        assertThat(PublishedPosterior.provenance(fresh)).contains("engine_runs: " + shipped.evaluations());
    }
}
