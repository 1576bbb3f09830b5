package org.cartellab.cohort;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.model.Schedule;

/**
 * A plain per-agent implementation of the cohort model, written independently of the engine for testing: a list of
 * ages, one Bernoulli trial per member for arrest and killing, and exits picked one at a time by a linear scan over
 * age^exponent. Slow (O(members) per step and O(members) per exit), obviously right.
 */
final class PerAgentCohort {
    /** Final size, mean age (weeks) of the final members, and people killed over the run. */
    record Outcome(int finalSize, double meanAgeWeeks, long killed, long incapacitated) {}

    private PerAgentCohort() {}

    static Outcome run(CohortParameters p, int weeks, UniformRandomProvider rng) {
        CohortRates rates = new CohortRates(p, Schedule.NONE, weeks); // only for the weekly parameter values
        double[] cdf = ageCdf(p.minRecruitmentAge() * 52, p.maxRecruitmentAge() * 52);
        List<Integer> ages = new ArrayList<>();
        for (int i = 0; i < (int) p.initialMembers(); i++) ages.add(drawAge(cdf, rng));
        double[] weight = new double[cdf.length + weeks + 1]; // age^exponent by age in weeks
        for (int a = 0; a < weight.length; a++) weight[a] = Math.pow(a, p.exitAgeExponent());
        long killed = 0;
        long jailed = 0;
        for (int t = 1; t <= weeks; t++) {
            for (int i = 0; i < ages.size(); i++) ages.set(i, ages.get(i) + 1);
            long exposed = (long) Math.rint(rates.recruitment(t) * ages.size());
            for (long i = 0; i < exposed; i++) if (rng.nextDouble() < rates.recruitmentProbability(t)) ages.add(drawAge(cdf, rng));
            List<Integer> kept = new ArrayList<>(ages.size());
            for (int a : ages) if (rng.nextDouble() < rates.arrest(t)) jailed++; else kept.add(a);
            ages = kept;
            kept = new ArrayList<>(ages.size());
            for (int a : ages) if (rng.nextDouble() < rates.killing(t)) killed++; else kept.add(a);
            ages = kept;
            long leaving = (long) Math.rint(rates.saturation(t) * (double) ages.size() * ages.size());
            for (long e = 0; e < leaving; e++) {
                double total = 0;
                for (int a : ages) total += weight[a];
                double u = rng.nextDouble() * total;
                int pick = ages.size() - 1;
                double run = 0;
                for (int i = 0; i < ages.size(); i++) {
                    run += weight[ages.get(i)];
                    if (u < run) {
                        pick = i;
                        break;
                    }
                }
                ages.remove(pick);
            }
        }
        double mean = ages.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
        return new Outcome(ages.size(), mean, killed, jailed);
    }

    /** Cumulative weights of ages 0..2500 weeks, weight max((x - lo)(hi - x), 0), computed here independently. */
    private static double[] ageCdf(double lo, double hi) {
        int support = Math.max(2500, (int) Math.ceil(hi));
        double[] c = new double[support + 1];
        double s = 0;
        for (int x = 0; x <= support; x++) {
            s += Math.max((x - lo) * (hi - x), 0);
            c[x] = s;
        }
        for (int x = 0; x <= support; x++) c[x] /= s;
        return c;
    }

    private static int drawAge(double[] cdf, UniformRandomProvider rng) {
        double u = rng.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}
