package org.cartellab.cohort;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How many of a birth cohort the cartels recruit if the oldest recruitment age is 35 ± δ years (δ a whole number
 * drawn uniformly from -spread..spread per run), given a run's weekly recruit counts: the authors' sensitivity test.
 * Each week's recruits are split exactly: the number born in the cohort's year is Binomial(R_t, p_t(δ)), p_t the
 * probability that a recruit's drawn age puts the birth week in that year, so a run costs O(weeks).
 */
public final class RecruitmentAgeSensitivity {
    /** One run: the maximum recruitment age used and the cohort's recruits. */
    public record Run(double maxRecruitmentAge, long cohortRecruits) {}

    private RecruitmentAgeSensitivity() {}

    public static List<Run> run(CohortTimeSeries series, int runs, int spreadYears, UniformRandomProvider rng) {
        if (runs < 0) throw new IllegalArgumentException("runs must be >= 0");
        if (spreadYears < 0) throw new IllegalArgumentException("spread must be >= 0");
        CohortParameters p = series.rates().base();
        BirthWeeks window = BirthWeeks.of(p.cohortYear());
        List<Run> out = new ArrayList<>(runs);
        for (int k = 0; k < runs; k++) {
            int delta = spreadYears == 0 ? 0 : (int) rng.nextLong(2L * spreadYears + 1) - spreadYears;
            double max = p.maxRecruitmentAge() + delta;
            out.add(new Run(max, cohortRecruits(series, new RecruitmentAges(p.minRecruitmentAge(), max), window, rng)));
        }
        return out;
    }

    /** The cohort's recruits in one run with the given age law. */
    static long cohortRecruits(CohortTimeSeries series, RecruitmentAges ages, BirthWeeks window, UniformRandomProvider rng) {
        double[] pmf = ages.probabilities();
        double[] cum = new double[pmf.length + 1];
        for (int x = 0; x < pmf.length; x++) cum[x + 1] = cum[x] + pmf[x];
        long total = 0;
        for (int t = 1; t <= series.weeks(); t++) {
            long r = series.recruits(t);
            if (r == 0) continue;
            // born in firstBirth..lastBirth  <=>  age x = t - b in t - lastBirth .. t - firstBirth
            int xLo = Math.max(0, t - window.last());
            int xHi = Math.min(pmf.length - 1, t - window.first());
            if (xHi < xLo) continue;
            double pr = Math.min(1, Math.max(0, cum[xHi + 1] - cum[xLo]));
            total += BinomialSampler.sample(rng, r, pr);
        }
        return total;
    }
}
