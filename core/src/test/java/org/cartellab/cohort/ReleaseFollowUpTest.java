package org.cartellab.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.data.Sentences;
import org.cartellab.model.Schedule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The release follow-up: exact event-time inversion against a naive week-by-week loop, and the α edge cases. */
class ReleaseFollowUpTest {
    private static CohortTimeSeries series;
    private static ReleaseFollowUp followUp;
    private static SentenceSampler sentences;

    @BeforeAll
    static void setUp() {
        series = CohortTimeSeries.simulate(new CohortRates(CohortParameters.REFERENCE, Schedule.NONE, 4227), 3);
        followUp = new ReleaseFollowUp(series);
        sentences = new SentenceSampler(Sentences.bundled());
    }

    private static CohortEvents cohortOf(List<Incarceration> jailed) {
        return new CohortEvents(1990, 0, 0, new int[0], new int[0], new int[0], new int[0], jailed, new long[0], 0);
    }

    /** Same semantics, coded the slow obvious way: three uniform draws a week, kill beats arrest beats leaving. */
    private static Map<ReleaseOutcome, Long> naive(List<Incarceration> jailed, double alpha, UniformRandomProvider rng) {
        CohortRates r = series.rates();
        SentenceSampler.Draw draw = sentences.bind(rng);
        Map<ReleaseOutcome, Long> out = new EnumMap<>(ReleaseOutcome.class);
        for (Incarceration j : jailed) {
            long sw = (long) Math.ceil(alpha * draw.next() * 52);
            int horizon = 69 * 52 - j.ageWeeks();
            ReleaseOutcome o = ReleaseOutcome.NATURAL_DEATH;
            if (sw >= horizon) {
                o = ReleaseOutcome.DEATH_IN_PRISON;
            } else {
                for (int w = j.week() + (int) sw + 1; w <= j.week() + horizon; w++) {
                    int tt = Math.min(w, series.weeks());
                    boolean k = rng.nextDouble() < r.killing(tt);
                    boolean i = rng.nextDouble() < r.arrest(tt);
                    boolean s = rng.nextDouble() < r.saturation(tt) * series.active(tt - 1);
                    if (k) o = ReleaseOutcome.KILLED; else if (i) o = ReleaseOutcome.REARRESTED; else if (s) o = ReleaseOutcome.LEFT;
                    if (k || i || s) break;
                }
            }
            out.merge(o, 1L, Long::sum);
        }
        return out;
    }

    private static List<Incarceration> people(int n) {
        List<Incarceration> jailed = new ArrayList<>();
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(5L);
        for (int i = 0; i < n; i++) jailed.add(new Incarceration(2000 + (int) rng.nextLong(1500), 52 * 18 + (int) rng.nextLong(52 * 30)));
        return jailed;
    }

    @Test
    void exactInversionAgreesWithWeekByWeekLoop() {
        List<Incarceration> jailed = people(20_000);
        RecidivismOutcome fast = followUp.follow(cohortOf(jailed), sentences, t -> 1.0, 1.0, RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {1, 2}), RandomSource.SPLIT_MIX_64.create(8L));
        Map<ReleaseOutcome, Long> slow = naive(jailed, 1.0, RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {3, 4}));
        for (ReleaseOutcome o : ReleaseOutcome.values()) {
            double p1 = fast.share(o);
            double p2 = slow.getOrDefault(o, 0L) / (double) jailed.size();
            double se = Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / jailed.size());
            assertThat(Math.abs(p1 - p2)).as(o + ": fast " + p1 + " vs loop " + p2).isLessThan(4.5 * se + 1e-9);
        }
        long sum = 0;
        for (ReleaseOutcome o : ReleaseOutcome.values()) sum += fast.count(o);
        assertThat(sum).isEqualTo(jailed.size());
    }

    @Test
    void expectedActiveWeeksMatchesDirectSum() {
        CohortRates r = series.rates();
        for (int[] xn : new int[][] {{0, 10}, {1000, 2000}, {4000, 3000}, {4227, 1}}) {
            int x = xn[0];
            double surv = 1;
            double sum = 0;
            for (int j = 1; j <= xn[1]; j++) {
                sum += surv;
                int tt = Math.min(x + j, series.weeks());
                surv *= (1 - r.killing(tt)) * (1 - r.arrest(tt)) * (1 - r.saturation(tt) * series.active(tt - 1));
            }
            assertThat(followUp.expectedActiveWeeks(x, xn[1])).isCloseTo(sum, within(1e-7 * sum));
        }
    }

    @Test
    void zeroMultiplierMeansNoPrisonAndNoDeathInPrison() {
        RecidivismOutcome o = followUp.follow(cohortOf(people(2000)), sentences, t -> 0.0, 0.0, RandomSource.SPLIT_MIX_64.create(1L), RandomSource.SPLIT_MIX_64.create(2L));
        assertThat(o.count(ReleaseOutcome.DEATH_IN_PRISON)).isZero();
        assertThat(o.prisonYears()).isZero();
        assertThat(o.preventedPerPrisonYear()).isNaN();
    }

    @Test
    void longerSentencesMeanMoreDeathsInPrisonAndFewerKillings() {
        CohortEvents c = cohortOf(people(10_000));
        RecidivismOutcome one = followUp.follow(c, sentences, t -> 1.0, 1.0, RandomSource.SPLIT_MIX_64.create(1L), RandomSource.SPLIT_MIX_64.create(2L));
        RecidivismOutcome two = followUp.follow(c, sentences, t -> 2.0, 2.0, RandomSource.SPLIT_MIX_64.create(1L), RandomSource.SPLIT_MIX_64.create(2L));
        assertThat(two.share(ReleaseOutcome.DEATH_IN_PRISON)).isGreaterThan(one.share(ReleaseOutcome.DEATH_IN_PRISON));
        assertThat(two.share(ReleaseOutcome.KILLED)).isLessThan(one.share(ReleaseOutcome.KILLED));
        assertThat(two.meanPrisonYears()).isGreaterThan(one.meanPrisonYears());
        assertThat(one.preventedPerPrisonYear()).isBetween(0.0, 1.0);
        // common random numbers: the α = 2 sentences are exactly twice the α = 1 ones
        assertThat(two.sentenceYears()).isCloseTo(2 * one.sentenceYears(), within(1e-6 * one.sentenceYears()));
    }

    @Test
    void samplerWeightsSentencesByOneOverLength() {
        double[] years = Sentences.bundled().years();
        double harmonic = 0;
        for (double y : years) harmonic += 1 / y;
        assertThat(sentences.meanYears()).isCloseTo(years.length / harmonic, within(1e-9 * sentences.meanYears()));
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(9L);
        SentenceSampler.Draw d = sentences.bind(rng);
        double s = 0;
        int n = 200_000;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double x = d.next();
            s += x;
            s2 += x * x;
        }
        double mean = s / n;
        double sd = Math.sqrt(s2 / n - mean * mean);
        assertThat(mean).isCloseTo(sentences.meanYears(), within(4.5 * sd / Math.sqrt(n)));
    }

    @Test
    void windowExpectationsAgreeWithAWeekByWeekLoop() {
        int from = 2974;
        int to = from + 260;
        List<Incarceration> arrests = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) arrests.add(new Incarceration(from + 1 + i % 260, (20 + i % 30) * 52));
        double alpha = 1.5;
        ReleaseFollowUp.WindowOutcome w = followUp.window(arrests, from, to, sentences, t -> alpha, RandomSource.XO_RO_SHI_RO_128_PP.create(11L));
        SentenceSampler.Draw draw = sentences.bind(RandomSource.XO_RO_SHI_RO_128_PP.create(11L));
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(12L);
        CohortRates r = series.rates();
        long active = 0;
        double prisonWeeks = 0;
        double within = 0;
        for (Incarceration j : arrests) {
            long sw = (long) Math.ceil(alpha * draw.next() * 52);
            int horizon = 69 * 52 - j.ageWeeks();
            prisonWeeks += Math.min(sw, horizon);
            within += Math.min(Math.min(sw, horizon), to - j.week());
            int tr = j.week() + (int) sw;
            if (sw >= horizon || tr >= to || to > j.week() + horizon) continue;
            boolean free = true;
            for (int wk = tr + 1; wk <= to - 1 && free; wk++) {
                boolean k = rng.nextDouble() < r.killing(wk);
                boolean i = rng.nextDouble() < r.arrest(wk);
                boolean s = rng.nextDouble() < r.saturation(wk) * series.active(wk - 1);
                free = !(k || i || s);
            }
            if (free) active++;
        }
        assertThat(w.people()).isEqualTo(20_000);
        assertThat(w.prisonYears()).isCloseTo(prisonWeeks / 52, within(1e-6));
        assertThat(w.prisonYearsWithin()).isCloseTo(within / 52, within(1e-6));
        double se = Math.sqrt(w.activeAtEnd() * (1 - w.activeAtEnd() / 20_000));
        System.out.printf("window: expected active at the end %.1f, week-by-week loop %d (SE %.1f)%n", w.activeAtEnd(), active, se);
        assertThat((double) active).isCloseTo(w.activeAtEnd(), within(4.5 * se));
        // a sentence beyond everyone's end age: nobody is active, everything to the end age is prevented
        ReleaseFollowUp.WindowOutcome life = followUp.window(arrests, from, to, sentences, t -> 100, RandomSource.XO_RO_SHI_RO_128_PP.create(11L));
        assertThat(life.activeAtEnd()).isZero();
        assertThat(life.activeYearsWithin()).isZero();
        // no sentence: no prison, nothing prevented
        ReleaseFollowUp.WindowOutcome none = followUp.window(arrests, from, to, sentences, t -> 0, RandomSource.XO_RO_SHI_RO_128_PP.create(11L));
        assertThat(none.prisonYears()).isZero();
        assertThat(none.preventedActivityYears()).isCloseTo(0, within(1e-9));
        assertThat(none.activeAtEnd()).isGreaterThan(w.activeAtEnd());
    }
}
