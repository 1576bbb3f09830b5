package org.cartellab.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cartellab.cohort.CohortParameters;
import org.cartellab.cohort.CohortRates;
import org.cartellab.cohort.CohortTimeSeries;
import org.cartellab.data.Sentences;
import org.cartellab.model.Schedule;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.policy.CohortLeverEvaluator.Outcome;
import org.cartellab.policy.FixtureCourses;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.LeverSetting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CohortSentenceEvaluatorTest {
    static final long SEED = 7;
    static CohortSentenceEvaluator evaluator;
    static LeverEffect sentence = FixtureCourses.lever(Lever.SENTENCE_MULTIPLIER, 1.2, 1.5, 2.0, 0, 0, false, Map.of());

    @BeforeAll
    static void bind() { evaluator = CohortSentenceEvaluator.reference(); }

    static double v(Outcome o, CohortMetric m) { return o.withLevers().get(m.id()); }

    static double sq(Outcome o, CohortMetric m) { return o.statusQuo().get(m.id()); }

    Outcome at(double alpha, int weeks) { return evaluator.evaluate(List.of(new LeverSetting(sentence, alpha)), weeks, SEED); }

    @Test
    void theCohortWeekOf2022IsTheOneDocsCohortMdGives() {
        assertThat(CohortSentenceEvaluator.WEEK_2022).isEqualTo(2974);
    }

    @Test
    void alphaOneIsTheStatusQuoExactly() {
        Outcome one = at(1.0, 260);
        assertThat(one.withLevers()).isEqualTo(one.statusQuo());
        assertThat(one.withLevers().keySet()).containsExactly(Arrays.stream(CohortMetric.values()).map(CohortMetric::id).toArray(String[]::new));
    }

    @Test
    void longerSentencesMeanMorePrisonTimeMorePreventedActivityAndFewerReleasedActive() {
        for (int weeks : List.of(52, 260, 520)) {
            Outcome lo = at(1.2, weeks), mid = at(1.5, weeks), hi = at(2.0, weeks);
            System.out.printf("horizon %d weeks: prison-years %.0f / %.0f / %.0f (alpha 1: %.0f); prevented %.0f / %.0f / %.0f (alpha 1: %.0f); "
                            + "per prison year %.3f / %.3f / %.3f (alpha 1: %.3f); released active %.0f / %.0f / %.0f (alpha 1: %.0f)%n", weeks,
                    v(lo, CohortMetric.PRISON_YEARS), v(mid, CohortMetric.PRISON_YEARS), v(hi, CohortMetric.PRISON_YEARS), sq(mid, CohortMetric.PRISON_YEARS),
                    v(lo, CohortMetric.ACTIVITY_PREVENTED_YEARS), v(mid, CohortMetric.ACTIVITY_PREVENTED_YEARS), v(hi, CohortMetric.ACTIVITY_PREVENTED_YEARS),
                    sq(mid, CohortMetric.ACTIVITY_PREVENTED_YEARS), v(lo, CohortMetric.PREVENTED_PER_PRISON_YEAR), v(mid, CohortMetric.PREVENTED_PER_PRISON_YEAR),
                    v(hi, CohortMetric.PREVENTED_PER_PRISON_YEAR), sq(mid, CohortMetric.PREVENTED_PER_PRISON_YEAR),
                    v(lo, CohortMetric.ACTIVE_AT_HORIZON), v(mid, CohortMetric.ACTIVE_AT_HORIZON), v(hi, CohortMetric.ACTIVE_AT_HORIZON), sq(mid, CohortMetric.ACTIVE_AT_HORIZON));
            for (CohortMetric m : List.of(CohortMetric.SENTENCE_YEARS, CohortMetric.PRISON_YEARS, CohortMetric.ACTIVITY_PREVENTED_YEARS)) {
                // common random numbers: the same people and base sentences, so more alpha is more of each, strictly
                assertThat(sq(mid, m)).isLessThan(v(lo, m));
                assertThat(v(lo, m)).isLessThan(v(mid, m));
                assertThat(v(mid, m)).isLessThan(v(hi, m));
            }
            assertThat(v(hi, CohortMetric.ACTIVE_AT_HORIZON)).isLessThanOrEqualTo(v(mid, CohortMetric.ACTIVE_AT_HORIZON));
            assertThat(v(mid, CohortMetric.ACTIVE_AT_HORIZON)).isLessThanOrEqualTo(v(lo, CohortMetric.ACTIVE_AT_HORIZON));
            assertThat(v(lo, CohortMetric.ACTIVE_AT_HORIZON)).isLessThanOrEqualTo(sq(lo, CohortMetric.ACTIVE_AT_HORIZON));
            // sentences double exactly with alpha 2 (same base draws)
            assertThat(v(hi, CohortMetric.SENTENCE_YEARS)).isCloseTo(2 * sq(hi, CohortMetric.SENTENCE_YEARS), within(1e-6 * sq(hi, CohortMetric.SENTENCE_YEARS)));
            // prison time within the horizon cannot exceed the horizon per person
            assertThat(v(hi, CohortMetric.PRISON_YEARS_WITHIN_HORIZON)).isLessThanOrEqualTo(v(hi, CohortMetric.INCAPACITATED) * weeks / 52.0);
        }
        // after 5 and 10 years some of those sentenced at alpha 1 are out and active, and longer terms keep more of them in
        assertThat(sq(at(2.0, 520), CohortMetric.ACTIVE_AT_HORIZON)).isGreaterThan(v(at(2.0, 520), CohortMetric.ACTIVE_AT_HORIZON));
    }

    @Test
    void sentencesDoNotChangeArrestsWhichAreTheEnginesWeeklyCounts() {
        Outcome o = at(2.0, 260);
        assertThat(v(o, CohortMetric.INCAPACITATED)).isEqualTo(sq(o, CohortMetric.INCAPACITATED));
        CohortTimeSeries series = CohortTimeSeries.simulate(new CohortRates(CohortParameters.REFERENCE, Schedule.NONE, CohortSentenceEvaluator.DEFAULT_WEEKS), SEED);
        int w = CohortSentenceEvaluator.WEEK_2022;
        assertThat(v(o, CohortMetric.INCAPACITATED)).isEqualTo((double) series.sum(WeeklyColumn.INCAPACITATIONS, w + 1, w + 260));
    }

    @Test
    void sameSeedSameNumbersOtherSeedOtherNumbers() {
        Outcome a = at(1.5, 260);
        Outcome b = new CohortSentenceEvaluator(CohortParameters.REFERENCE, Sentences.bundled()).evaluate(List.of(new LeverSetting(sentence, 1.5)), 260, SEED);
        assertThat(b.withLevers()).isEqualTo(a.withLevers());
        assertThat(b.statusQuo()).isEqualTo(a.statusQuo());
        Outcome c = evaluator.evaluate(List.of(new LeverSetting(sentence, 1.5)), 260, SEED + 1);
        assertThat(c.withLevers().get(CohortMetric.PRISON_YEARS.id())).isNotEqualTo(a.withLevers().get(CohortMetric.PRISON_YEARS.id()));
    }

    @Test
    void aLeverThatStartsAfterTheHorizonChangesNothingAndRampsMultiply() {
        LeverEffect late = FixtureCourses.lever(Lever.SENTENCE_MULTIPLIER, 2, 2, 2, 52, 0, false, Map.of());
        Outcome o = evaluator.evaluate(List.of(new LeverSetting(late, 2)), 51, SEED); // arrests in weeks 1..51 after 2022
        assertThat(o.withLevers()).isEqualTo(o.statusQuo());
        o = evaluator.evaluate(List.of(new LeverSetting(late, 2)), 52, SEED); // week 52's arrests get the longer sentence
        assertThat(o.withLevers()).isNotEqualTo(o.statusQuo());
        o = evaluator.evaluate(List.of(new LeverSetting(late, 2)), 51, SEED);
        assertThat(o.withLevers()).isEqualTo(o.statusQuo());
        var alpha = evaluator.alphaPath(List.of(new LeverSetting(sentence, 1.5), new LeverSetting(late, 2)), 520);
        int w = CohortSentenceEvaluator.WEEK_2022;
        assertThat(alpha.applyAsDouble(w)).isEqualTo(1.5);
        assertThat(alpha.applyAsDouble(w + 52)).isEqualTo(3.0);
        assertThat(alpha.applyAsDouble(w - 1)).isEqualTo(1.0);
        // other levers do not act in the cohort engine
        LeverEffect recruit = FixtureCourses.lever(Lever.RECRUITMENT, 0.5, 0.5, 0.5, 0, 0, false, Map.of());
        Outcome r = evaluator.evaluate(List.of(new LeverSetting(recruit, 0.5)), 52, SEED);
        assertThat(r.withLevers()).isEqualTo(r.statusQuo());
    }
}
