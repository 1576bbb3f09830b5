package org.cartellab.cohort;

import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.model.Schedule;
import org.cartellab.model.WeeklyColumn;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;

/** Runs the fast engine and the per-agent one on many seeds and compares the distributions with two-sample KS tests. */
final class EngineAgreementSupport {
    /** p-values of the KS tests on final size, final mean age and people killed. */
    record PValues(double finalSize, double meanAge, double killed) {
        double min() { return Math.min(finalSize, Math.min(meanAge, killed)); }
    }

    private EngineAgreementSupport() {}

    static CohortParameters small(double initial, double equilibrium, double exponent) {
        return CohortParameters.REFERENCE.with("recruitment", 0.01).with("arrest", 0.002).with("killing", 0.003)
                .with("equilibrium_size", equilibrium).with("initial_members", initial).with("exit_age_exponent", exponent);
    }

    static PValues compare(CohortParameters fastParams, CohortParameters agentParams, int weeks, int seeds) {
        double[][] fast = new double[3][seeds];
        double[][] agent = new double[3][seeds];
        CohortRates rates = new CohortRates(fastParams, Schedule.NONE, weeks);
        for (int s = 0; s < seeds; s++) {
            CohortTimeSeries series = CohortTimeSeries.simulate(rates, s);
            AgeRun ages = AgeAssignment.assign(series, s);
            fast[0][s] = series.active(weeks);
            fast[1][s] = ages.finalMeanAgeWeeks();
            fast[2][s] = series.sum(WeeklyColumn.DEATHS, 1, weeks);
            PerAgentCohort.Outcome o = PerAgentCohort.run(agentParams, weeks, RandomSource.XO_SHI_RO_256_PP.create(1_000_003L * s + 17));
            agent[0][s] = o.finalSize();
            agent[1][s] = o.meanAgeWeeks();
            agent[2][s] = o.killed();
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest(20_251_123L);
        return new PValues(ks.kolmogorovSmirnovTest(fast[0], agent[0]), ks.kolmogorovSmirnovTest(fast[1], agent[1]),
                ks.kolmogorovSmirnovTest(fast[2], agent[2]));
    }
}
