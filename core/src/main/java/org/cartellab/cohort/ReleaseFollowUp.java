package org.cartellab.cohort;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.model.NumericalTroubleException;

/**
 * Sentences and what follows release, for the incapacitated members of one birth cohort.
 *
 * <p>Semantics (docs/cohort.md): a person incapacitated in week {@code t} at age {@code a} (weeks) gets a sentence
 * α·S, S drawn by {@link SentenceSampler}, served as {@code ceil(52 α S)} whole weeks. If release would come at or
 * after the end age (69 years) the person dies in prison. Otherwise, from the week after release until the week before
 * turning 69, each week the person is killed with probability κK(w), else re-arrested with κP(w), else leaves with
 * s(w)·A(w-1), the same per-member risks the cohort engine applies to every active member that week (kill takes
 * precedence over re-arrest over leaving when the authors' three independent draws coincide). Weeks past the
 * simulated horizon repeat its last week. Surviving all weeks is the model's "natural death". The event week is drawn
 * exactly by inverting the cumulative weekly hazard (one exponential draw and a binary search), not week by week.
 *
 * <p>Activity prevented: the expected number of weeks the person would have been active (free and not yet killed,
 * re-arrested or gone) from the week after the arrest to the end age had the sentence been zero, minus the same
 * expectation from the week after release; both are computed exactly from the weekly risks. Per prison year it
 * measures how much of a term actually takes activity away rather than postponing it.
 */
public final class ReleaseFollowUp {
    private final int endWeeks;
    private final double[] kill;
    private final double[] arrest;
    private final double[] leave;
    private final double[] cumHazard;
    private final double[] cumSurvival;

    /** Precomputes the weekly risks and their cumulative sums from a run; reusable for any α and stream. */
    public ReleaseFollowUp(CohortTimeSeries series) {
        CohortRates r = series.rates();
        endWeeks = (int) Math.round(r.base().endAge() * RecruitmentAges.WEEKS_PER_YEAR);
        int w = series.weeks();
        int n = w + endWeeks + 2;
        kill = new double[n];
        arrest = new double[n];
        leave = new double[n];
        cumHazard = new double[n];
        cumSurvival = new double[n];
        double c = 0;
        double d = 1; // exp(-C[0]) with C[0] = 0
        cumSurvival[0] = d;
        for (int t = 1; t < n; t++) {
            int tt = Math.min(t, w);
            kill[t] = r.killing(tt);
            arrest[t] = r.arrest(tt);
            leave[t] = r.saturation(tt) * series.active(Math.max(0, tt - 1));
            if (!(leave[t] <= 1)) throw new NumericalTroubleException(tt, "weekly risk of leaving after release is " + leave[t] + " > 1");
            double q = (1 - kill[t]) * (1 - arrest[t]) * (1 - leave[t]);
            if (!(q > 0)) throw new NumericalTroubleException(tt, "a weekly risk of 1 after release leaves no one free; lower arrest or killing below 1");
            c += -Math.log(q);
            cumHazard[t] = c;
            d += Math.exp(-c);
            cumSurvival[t] = d;
        }
    }

    /**
     * Follows every incarceration of {@code cohort} with sentences α(t) x S, α taken at the arrest week. Sentences
     * come from {@code sentenceRng}, and exactly two uniforms per person from {@code eventRng}, so calls with the same
     * two streams and different α use common random numbers: the same people get the same base sentence and the same
     * event draws, and the α curve shows the effect of α rather than fresh noise at every point.
     */
    public RecidivismOutcome follow(CohortEvents cohort, SentenceSampler sentences, IntToDoubleFunction alphaAt,
                                    double alphaLabel, UniformRandomProvider sentenceRng, UniformRandomProvider eventRng) {
        SentenceSampler.Draw draw = sentences.bind(sentenceRng);
        Map<ReleaseOutcome, Long> counts = new EnumMap<>(ReleaseOutcome.class);
        long[] c = new long[ReleaseOutcome.values().length];
        double sentenceYears = 0;
        double prisonWeeks = 0;
        double preventedWeeks = 0;
        List<Incarceration> jailed = cohort.incarcerations();
        for (Incarceration j : jailed) {
            double alpha = alphaAt.applyAsDouble(j.week());
            double s = alpha * draw.next();
            double u1 = eventRng.nextDouble();
            double u2 = eventRng.nextDouble();
            sentenceYears += s;
            long sw = (long) Math.ceil(s * RecruitmentAges.WEEKS_PER_YEAR);
            int ta = j.week();
            int horizon = endWeeks - j.ageWeeks(); // weeks from the arrest to the end age
            if (horizon <= 0) {
                c[ReleaseOutcome.DEATH_IN_PRISON.ordinal()]++;
                continue;
            }
            double free = expectedActiveWeeks(ta, horizon);
            if (sw >= horizon) {
                c[ReleaseOutcome.DEATH_IN_PRISON.ordinal()]++;
                prisonWeeks += horizon;
                preventedWeeks += free;
                continue;
            }
            int tr = ta + (int) sw;
            int n = horizon - (int) sw;
            prisonWeeks += sw;
            preventedWeeks += free - expectedActiveWeeks(tr, n);
            double target = cumHazard[tr] - Math.log1p(-u1); // C[tr] + Exp(1)
            int week = firstAtLeast(target, tr + 1, tr + n);
            if (week < 0) {
                c[ReleaseOutcome.NATURAL_DEATH.ordinal()]++;
                continue;
            }
            double pk = kill[week];
            double pi = (1 - pk) * arrest[week];
            double ps = (1 - pk) * (1 - arrest[week]) * leave[week];
            double u = u2 * (pk + pi + ps);
            ReleaseOutcome o = u < pk ? ReleaseOutcome.KILLED : u < pk + pi ? ReleaseOutcome.REARRESTED : ReleaseOutcome.LEFT;
            c[o.ordinal()]++;
        }
        for (ReleaseOutcome o : ReleaseOutcome.values()) counts.put(o, c[o.ordinal()]);
        double weeksPerYear = RecruitmentAges.WEEKS_PER_YEAR;
        return new RecidivismOutcome(alphaLabel, jailed.size(), counts, sentenceYears, prisonWeeks / weeksPerYear,
                preventedWeeks / weeksPerYear, cohort.potentialActivityWeeks() / weeksPerYear);
    }

    /**
     * Everyone incapacitated in weeks {@code from+1 .. to} (any birth cohort; {@code arrests} as recorded by
     * {@link AgeAssignment}), sentenced to α(t) x S with S from {@code sentenceRng}, one draw per person in the order
     * given, so calls with the same stream and different α use the same base sentences (common random numbers).
     * Everything after the sentence is an exact expectation over the weekly risks, not a draw: prison-years (whole
     * terms and the part served by week {@code to}), activity prevented to the end age (as in {@link #follow}), the
     * expected number free and active in week {@code to}, and their expected active weeks up to {@code to}.
     */
    public WindowOutcome window(List<Incarceration> arrests, int from, int to, SentenceSampler sentences, IntToDoubleFunction alphaAt,
                                UniformRandomProvider sentenceRng) {
        if (to >= kill.length - endWeeks) throw new IllegalArgumentException("window end " + to + " is past the simulated weeks");
        SentenceSampler.Draw draw = sentences.bind(sentenceRng);
        long people = 0;
        double sentenceYears = 0, prisonWeeks = 0, prisonWithin = 0, prevented = 0, activeAtEnd = 0, activeWithin = 0;
        for (Incarceration j : arrests) {
            int ta = j.week();
            if (ta <= from || ta > to) continue;
            people++;
            double s = alphaAt.applyAsDouble(ta) * draw.next();
            sentenceYears += s;
            long sw = (long) Math.ceil(s * RecruitmentAges.WEEKS_PER_YEAR);
            int horizon = endWeeks - j.ageWeeks();
            if (horizon <= 0) continue; // past the end age at arrest: no term, no activity
            double free = expectedActiveWeeks(ta, horizon);
            long served = Math.min(sw, horizon);
            prisonWeeks += served;
            prisonWithin += Math.min(served, to - ta);
            if (sw >= horizon) {
                prevented += free;
                continue;
            }
            int tr = ta + (int) sw;
            int n = horizon - (int) sw;
            prevented += free - expectedActiveWeeks(tr, n);
            int last = Math.min(to, ta + horizon); // last week of possible activity within the window
            if (last > tr) activeWithin += expectedActiveWeeks(tr, last - tr);
            if (to > tr && to <= ta + horizon) activeAtEnd += Math.exp(cumHazard[tr] - cumHazard[to - 1]);
        }
        double wpy = RecruitmentAges.WEEKS_PER_YEAR;
        return new WindowOutcome(people, sentenceYears, prisonWeeks / wpy, prisonWithin / wpy, prevented / wpy, activeAtEnd, activeWithin / wpy);
    }

    /**
     * What sentences do to the people incapacitated in a window (see {@link #window}).
     *
     * @param people                 incapacitations in the window
     * @param sentenceYears          sentences handed down, years
     * @param prisonYears            years in prison over whole terms (to release, or to the end age)
     * @param prisonYearsWithin      the part of those served by the window's end
     * @param preventedActivityYears expected years of cartel activity the terms removed, to the end age
     * @param activeAtEnd            expected number released and active in the window's last week
     * @param activeYearsWithin      expected years they are released and active within the window
     */
    public record WindowOutcome(long people, double sentenceYears, double prisonYears, double prisonYearsWithin,
                                double preventedActivityYears, double activeAtEnd, double activeYearsWithin) {
        /** Activity prevented per prison year (whole terms); NaN without prison time. */
        public double preventedPerPrisonYear() { return prisonYears == 0 ? Double.NaN : preventedActivityYears / prisonYears; }
    }

    /** Expected weeks active in weeks x+1 .. x+n for someone free and active at the end of week x. */
    double expectedActiveWeeks(int x, int n) {
        double before = x == 0 ? 0 : cumSurvival[x - 1];
        return Math.exp(cumHazard[x]) * (cumSurvival[x + n - 1] - before);
    }

    /** Smallest week in from..to with cumulative hazard >= target, or -1. */
    private int firstAtLeast(double target, int from, int to) {
        if (cumHazard[to] < target) return -1;
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumHazard[mid] >= target) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}
