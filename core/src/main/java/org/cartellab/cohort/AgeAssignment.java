package org.cartellab.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.cartellab.model.ModelClock;
import org.cartellab.model.NumericalTroubleException;

/**
 * Step S2 of the cohort model: who, by age, is recruited, incapacitated, killed or leaves, given S1's weekly counts.
 *
 * <p>Members are held as counts by birth week (a member born in week b is {@code t - b} weeks old in week t), never as
 * a list of people, so a step costs O(age bins + people moved x log bins). Within step t, after that week's recruits
 * join at their drawn ages: the {@code I_t} incapacitated are drawn uniformly without replacement from the active
 * (one at a time: a uniform index into the remaining people, located by a Fenwick tree over the counts), then the
 * {@code K_t} killed likewise from those left, then the {@code E_t} leaving by <em>successive weighted sampling
 * without replacement</em>: each of the E_t draws picks one remaining person with probability proportional to
 * age^exponent (age in weeks; the same proportions as age in years), removes them and renormalises, which is what
 * R's {@code sample(..., prob = Age^15)} without replacement does. Weights are rebuilt every week because everyone
 * ages; a draw that rounding places on an empty bin is redrawn.
 */
public final class AgeAssignment {
    private AgeAssignment() {}

    /** Runs S2 with stream {@link RandomStreams#AGES} of {@code seed}. */
    public static AgeRun assign(CohortTimeSeries series, long seed) {
        return assign(series, RandomStreams.of(seed, RandomStreams.AGES));
    }

    public static AgeRun assign(CohortTimeSeries series, UniformRandomProvider rng) {
        return assign(series, rng, Integer.MAX_VALUE);
    }

    /**
     * Runs S2 with stream {@link RandomStreams#AGES} of {@code seed}, also recording every incapacitation (any birth
     * cohort) from week {@code recordArrestsFrom} on with the age then. Recording draws nothing, so the run is the same.
     */
    public static AgeRun assign(CohortTimeSeries series, long seed, int recordArrestsFrom) {
        return assign(series, RandomStreams.of(seed, RandomStreams.AGES), recordArrestsFrom);
    }

    public static AgeRun assign(CohortTimeSeries series, UniformRandomProvider rng, int recordArrestsFrom) {
        CohortParameters p = series.rates().base();
        RecruitmentAges ages = new RecruitmentAges(p.minRecruitmentAge(), p.maxRecruitmentAge());
        SharedStateDiscreteSampler sampler = ages.sampler(rng);
        int weeks = series.weeks();
        int off = ages.support();
        int size = weeks + off + 1;
        int[] counts = new int[size];
        double[] pow = new double[size + 1];
        for (int a = 0; a <= size; a++) pow[a] = Math.pow(a, p.exitAgeExponent());
        int endWeeks = (int) Math.round(p.endAge() * RecruitmentAges.WEEKS_PER_YEAR);

        BirthWeeks cohortWeeks = BirthWeeks.of(p.cohortYear());
        int firstBirth = cohortWeeks.first();
        int lastBirth = cohortWeeks.last();
        int[] cRec = new int[weeks + 1], cInc = new int[weeks + 1], cKil = new int[weeks + 1], cExi = new int[weeks + 1];
        List<Incarceration> jailed = new ArrayList<>();
        List<Incarceration> recorded = new ArrayList<>();
        long potential = 0;

        List<Integer> snapshotWeeks = new ArrayList<>();
        for (int y = ModelClock.COHORT.origin().getYear(); ; y++) {
            int w = ModelClock.COHORT.weekContaining(LocalDate.of(y, 1, 1));
            if (w > weeks) break;
            snapshotWeeks.add(w);
        }
        List<AgeSnapshot> snapshots = new ArrayList<>();
        long[] cohortActive = new long[snapshotWeeks.size()];
        int nextSnapshot = 0;

        int lo = size;
        int hi = -1;
        long total = 0;
        for (long i = 0; i < series.active(0); i++) {
            int idx = off - sampler.sample();
            counts[idx]++;
            lo = Math.min(lo, idx);
            hi = Math.max(hi, idx);
        }
        total = series.active(0);
        if (nextSnapshot < snapshotWeeks.size() && snapshotWeeks.get(nextSnapshot) == 0) {
            cohortActive[nextSnapshot] = cohortActive(counts, lo, hi, firstBirth + off, lastBirth + off);
            snapshots.add(snapshot(series, 0, counts, lo, hi, off));
            nextSnapshot++;
        }

        FenwickTree countTree = new FenwickTree(size);
        FenwickTree weightTree = new FenwickTree(size);
        double[] weights = new double[size];
        for (int t = 1; t <= weeks; t++) {
            long recruits = series.recruits(t);
            for (long i = 0; i < recruits; i++) {
                int x = sampler.sample();
                int b = t - x;
                int idx = b + off;
                counts[idx]++;
                if (idx < lo) lo = idx;
                if (idx > hi) hi = idx;
                if (b >= firstBirth && b <= lastBirth) {
                    cRec[t]++;
                    potential += Math.max(0, endWeeks - x);
                }
            }
            total += recruits;
            int m = hi - lo + 1;
            long removeUniform = series.incapacitated(t) + series.killed(t);
            if (removeUniform > 0) {
                countTree.build(counts, lo, m);
                for (long i = 0; i < removeUniform; i++) {
                    boolean arrest = i < series.incapacitated(t);
                    int pos = countTree.find(rng.nextLong(total));
                    int idx = lo + pos;
                    counts[idx]--;
                    countTree.add(pos, -1);
                    total--;
                    int b = idx - off;
                    if (arrest && t >= recordArrestsFrom) recorded.add(new Incarceration(t, t - b));
                    if (b >= firstBirth && b <= lastBirth) {
                        if (arrest) {
                            cInc[t]++;
                            jailed.add(new Incarceration(t, t - b));
                        } else {
                            cKil[t]++;
                        }
                    }
                }
            }
            long leaving = series.exits(t);
            if (leaving > 0) {
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    weights[i] = counts[lo + i] * pow[t - (lo + i - off)];
                    sum += weights[i];
                }
                weightTree.build(weights, m);
                int misses = 0;
                for (long i = 0; i < leaving; ) {
                    int pos = weightTree.find(rng.nextDouble() * sum);
                    if (pos >= m || counts[lo + pos] == 0) { // rounding at an empty bin: draw again
                        if (++misses > 64) { // the running sum has drifted: rebuild it exactly from the counts
                            sum = 0;
                            for (int k = 0; k < m; k++) {
                                weights[k] = counts[lo + k] * pow[t - (lo + k - off)];
                                sum += weights[k];
                            }
                            if (!(sum > 0)) throw new NumericalTroubleException(t, "no exit weight left among " + total + " members");
                            weightTree.build(weights, m);
                            misses = 0;
                        }
                        continue;
                    }
                    misses = 0;
                    int idx = lo + pos;
                    double w = pow[t - (idx - off)];
                    counts[idx]--;
                    weightTree.add(pos, -w);
                    sum -= w;
                    total--;
                    int b = idx - off;
                    if (b >= firstBirth && b <= lastBirth) cExi[t]++;
                    i++;
                }
            }
            if (total != series.active(t)) throw new IllegalStateException("age bins hold " + total + " members, S1 says " + series.active(t) + " in week " + t);
            while (lo <= hi && counts[lo] == 0) lo++;
            while (hi >= lo && counts[hi] == 0) hi--;
            if (lo > hi) {
                lo = size;
                hi = -1;
            }
            if (nextSnapshot < snapshotWeeks.size() && snapshotWeeks.get(nextSnapshot) == t) {
                cohortActive[nextSnapshot] = cohortActive(counts, lo, hi, firstBirth + off, lastBirth + off);
                snapshots.add(snapshot(series, t, counts, lo, hi, off));
                nextSnapshot++;
            }
        }
        double ageSum = 0;
        for (int idx = lo; idx <= hi; idx++) ageSum += (double) counts[idx] * (weeks - (idx - off));
        double meanAge = total == 0 ? Double.NaN : ageSum / total;
        CohortEvents events = new CohortEvents(p.cohortYear(), firstBirth, lastBirth, cRec, cInc, cKil, cExi, jailed, cohortActive, potential);
        return new AgeRun(snapshots, events, meanAge, recorded);
    }

    private static long cohortActive(int[] counts, int lo, int hi, int from, int to) {
        long s = 0;
        for (int idx = Math.max(lo, from); idx <= Math.min(hi, to); idx++) s += counts[idx];
        return s;
    }

    private static AgeSnapshot snapshot(CohortTimeSeries series, int t, int[] counts, int lo, int hi, int off) {
        int oldest = hi < lo ? 0 : (t - (lo - off)) / RecruitmentAges.WEEKS_PER_YEAR;
        long[] byYear = new long[oldest + 1];
        for (int idx = lo; idx <= hi; idx++) {
            int age = t - (idx - off);
            byYear[age / RecruitmentAges.WEEKS_PER_YEAR] += counts[idx];
        }
        return new AgeSnapshot(series.date(t), t, byYear);
    }
}
