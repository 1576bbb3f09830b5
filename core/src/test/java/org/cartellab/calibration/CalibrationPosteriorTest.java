package org.cartellab.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.network.NetworkParameters;
import org.cartellab.progress.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CalibrationPosteriorTest {
    private static final double[] CENTRE = {0.5, 0.5, 0.5, 0.5, 0.5};

    @Test
    void sameSeedSameDrawsAndSampleReturnsStoredDraws() {
        CalibrationProblem problem = CalibrationProblem.paper(Synthetic.NETWORK, Synthetic.target(Synthetic.TRUTH, 3, 5));
        PosteriorOptions small = PosteriorOptions.DEFAULT.withDraws(60).withBurnIn(60).withSeed(11);
        CalibrationPosterior a = CalibrationPosterior.sample(problem, CENTRE, small, ProgressListener.NONE);
        CalibrationPosterior b = CalibrationPosterior.sample(problem, CENTRE, small, ProgressListener.NONE);
        assertThat(a.draws()).isEqualTo(b.draws());
        CalibrationPosterior c = CalibrationPosterior.sample(problem, CENTRE, small.withSeed(12), ProgressListener.NONE);
        assertThat(c.draws()).isNotEqualTo(a.draws());
        assertThat(a.draws()).hasSize(60);
        assertThat(a.acceptanceRate()).isBetween(0.0, 1.0);
        for (int i = 0; i < 60; i++) assertThat(ParameterBounds.PAPER.contains(a.scaledDraw(i))).isTrue();
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        for (int i = 0; i < 20; i++) {
            NetworkParameters p = a.sample(rng);
            assertThat(a.draws()).contains(p);
        }
    }

    @Test
    void theYearlyLikelihoodPrefersTheTruthOverADistantPoint() {
        CalibrationProblem problem = CalibrationProblem.paper(Synthetic.NETWORK, Synthetic.target(Synthetic.TRUTH, 0.5, 5));
        YearlyLikelihood l = new YearlyLikelihood(problem);
        double atTruth = l.logLikelihood(ParameterBounds.PAPER.fromScaled(Synthetic.TRUTH));
        double elsewhere = l.logLikelihood(ParameterBounds.PAPER.fromScaled(new double[] {0.9, 0.3, 0.2, 0.5, 0.7}));
        assertThat(atTruth).isGreaterThan(elsewhere);
        assertThat(l.observations()).isEqualTo(10);
    }

    /**
     * The engine's own yearly values at a known truth plus Gaussian noise (sd 3 casualties/week, about half the real
     * residual scale): the central 95 % intervals of the parameters the data identify contain the truth, the chain
     * mixes, and those intervals are narrower than the prior range.
     */
    @Test
    @Tag("slow")
    void intervalsCoverTheTruthOnSyntheticData() {
        CalibrationProblem problem = CalibrationProblem.paper(Synthetic.NETWORK, Synthetic.target(Synthetic.TRUTH, 3, 2024));
        CalibrationPosterior post = CalibrationPosterior.sample(problem, CENTRE,
                PosteriorOptions.DEFAULT.withDraws(3000).withBurnIn(1500).withSeed(7), ProgressListener.NONE);
        PosteriorSummary s = post.summary();
        double[] truth = ParameterBounds.PAPER.fromScaled(Synthetic.TRUTH).toArray();
        for (int i : new int[] {0, 2}) { // recruitment, conflict
            assertThat(truth[i]).as(s.names().get(i)).isBetween(s.lower95()[i], s.upper95()[i]);
            assertThat(s.upper95()[i] - s.lower95()[i]).as(s.names().get(i) + " interval width")
                    .isLessThan(0.5 * ParameterBounds.PAPER.width(i));
        }
        assertThat(s.acceptanceRate()).isBetween(0.05, 0.6);
        for (double ess : s.effectiveSampleSize()) assertThat(ess).isGreaterThan(30);
    }
}
