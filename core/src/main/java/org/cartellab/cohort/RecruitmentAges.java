package org.cartellab.cohort;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * The age of a new member, in whole weeks: {@code x} in 0..max(2500, 52 max) with weight
 * {@code max((x - 52 min)(52 max - x), 0)} (docs/models.md; 15 to 35 years by default), a parabola that peaks halfway.
 */
public final class RecruitmentAges {
    /** Weeks in a model year: ages are whole weeks, and 52 weeks make a year of age. */
    public static final int WEEKS_PER_YEAR = 52;
    /** Highest age in weeks the authors' table goes to (48 years); larger only if the maximum age needs it. */
    public static final int DEFAULT_SUPPORT = 2500;

    private final double minYears;
    private final double maxYears;
    private final double[] pmf;
    private final int firstPositive;

    public RecruitmentAges(double minYears, double maxYears) {
        if (!(minYears >= 0) || !(maxYears > minYears) || maxYears > 100) {
            throw new IllegalArgumentException("recruitment ages need 0 <= minimum < maximum <= 100 years, got "
                    + minYears + " and " + maxYears);
        }
        this.minYears = minYears;
        this.maxYears = maxYears;
        double lo = minYears * WEEKS_PER_YEAR;
        double hi = maxYears * WEEKS_PER_YEAR;
        int support = Math.max(DEFAULT_SUPPORT, (int) Math.ceil(hi));
        double[] w = new double[support + 1];
        double total = 0;
        int first = -1;
        for (int x = 0; x <= support; x++) {
            w[x] = Math.max((x - lo) * (hi - x), 0);
            total += w[x];
            if (w[x] > 0 && first < 0) first = x;
        }
        if (total <= 0) throw new IllegalArgumentException("no whole week lies strictly between the recruitment ages " + minYears + " and " + maxYears);
        for (int x = 0; x <= support; x++) w[x] /= total;
        this.pmf = w;
        this.firstPositive = first;
    }

    public double minYears() { return minYears; }

    public double maxYears() { return maxYears; }

    /** Largest age (weeks) the table covers. */
    public int support() { return pmf.length - 1; }

    /** Youngest age (weeks) with positive probability. */
    public int youngest() { return firstPositive; }

    /** Probability that a recruit is exactly {@code weeks} old. */
    public double probability(int weeks) { return weeks < 0 || weeks >= pmf.length ? 0 : pmf[weeks]; }

    /** A copy of the probabilities by age in weeks. */
    public double[] probabilities() { return pmf.clone(); }

    /** An O(1) sampler of ages in weeks (Walker's alias method) bound to {@code rng}. */
    public SharedStateDiscreteSampler sampler(UniformRandomProvider rng) {
        return AliasMethodDiscreteSampler.of(rng, pmf);
    }
}
