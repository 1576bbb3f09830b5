package org.cartellab.cohort;

import java.util.ArrayList;
import java.util.List;
import org.cartellab.data.Sentences;
import org.cartellab.progress.ProgressCounter;
import org.cartellab.progress.ProgressListener;

/**
 * The authors' whole analysis on one seed: the time series and ages (S1, S2), the birth cohort's outcomes, the
 * recruitment-age sensitivity runs, the release follow-up at the scenario's α and the α curve. Every part draws from
 * its own stream of the seed, so changing the α grid or the number of sensitivity runs never changes the time series.
 * Every α point reuses the same sentence and event streams (common random numbers), so the curve is smooth in α.
 */
public final class CohortAnalysis {
    /** What to compute besides the run itself. */
    public record Options(AlphaGrid alphas, int sensitivityRuns, int sensitivitySpreadYears) {
        /** The authors' settings: α from 0 to 2 (21 points here), 100 runs with the maximum age 35 ± 5 years. */
        public static final Options DEFAULT = new Options(AlphaGrid.DEFAULT, 100, 5);

        public Options {
            if (sensitivityRuns < 0 || sensitivityRuns > 1_000_000) throw new IllegalArgumentException("sensitivity runs must be from 0 to 1000000");
            if (sensitivitySpreadYears < 0 || sensitivitySpreadYears > 30) throw new IllegalArgumentException("sensitivity spread must be from 0 to 30 years");
        }
    }

    /** Everything one seed produces. {@code recidivism} uses the scenario's α path; {@code alphaCurve} one constant α per point. */
    public record Result(long seed, CohortRun run, RecidivismOutcome recidivism, List<RecidivismOutcome> alphaCurve,
                         List<RecruitmentAgeSensitivity.Run> sensitivity) {
        public Result {
            alphaCurve = List.copyOf(alphaCurve);
            sensitivity = List.copyOf(sensitivity);
        }
    }

    private CohortAnalysis() {}

    /** Units of work {@link #run} reports for these options. */
    public static int workUnits(Options options) { return 1 + options.alphas().steps(); }

    /**
     * The whole analysis for one seed: the weekly run with ages, the recruitment-age sensitivity, the followed cohort's
     * release outcomes at the scenario's α and along the α grid. Reports to {@code progress} (stage "cohort") after
     * each of {@link #workUnits} units: 1 for the run, 1 per α point.
     *
     * @throws org.cartellab.model.NumericalTroubleException when the weekly recursion leaves the valid range
     */
    public static Result run(CohortRates rates, long seed, Sentences sentences, Options options, ProgressListener progress) {
        ProgressCounter units = new ProgressCounter(progress, "cohort", workUnits(options));
        CohortRun run = CohortRun.simulate(rates, seed);
        units.advance(1);
        List<RecruitmentAgeSensitivity.Run> sensitivity = RecruitmentAgeSensitivity.run(run.series(),
                options.sensitivityRuns(), options.sensitivitySpreadYears(), RandomStreams.of(seed, RandomStreams.SENSITIVITY));
        SentenceSampler sampler = new SentenceSampler(sentences);
        ReleaseFollowUp followUp = new ReleaseFollowUp(run.series());
        CohortEvents cohort = run.ages().cohort();
        RecidivismOutcome atScenario = followUp.follow(cohort, sampler, rates::sentenceMultiplier,
                rates.base().sentenceMultiplier(), RandomStreams.of(seed, RandomStreams.SENTENCES),
                RandomStreams.of(seed, RandomStreams.RELEASE_EVENTS));
        List<RecidivismOutcome> curve = new ArrayList<>();
        for (int i = 0; i < options.alphas().steps(); i++) {
            double alpha = options.alphas().value(i);
            curve.add(followUp.follow(cohort, sampler, t -> alpha, alpha, RandomStreams.of(seed, RandomStreams.SENTENCES),
                    RandomStreams.of(seed, RandomStreams.RELEASE_EVENTS)));
            units.advance(1);
        }
        return new Result(seed, run, atScenario, curve, sensitivity);
    }
}
