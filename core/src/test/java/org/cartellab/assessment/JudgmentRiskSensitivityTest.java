package org.cartellab.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.policy.CohortLeverEvaluator;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.FixtureCourses;
import org.cartellab.policy.Range;
import org.cartellab.policy.RiskDimension;
import org.cartellab.policy.RiskRating;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What enters the decision matrix when judgment-only risk ratings are dropped, and how the ranking moves. */
class JudgmentRiskSensitivityTest {
    static final Evidence SOURCED = new Evidence(List.of("calderon2015"), false, "why the fact gives this level");
    static final Evidence JUDGED = new Evidence(List.of(), true, "our judgment");

    /** Every dimension rated: dimensions in {@code sourced} carry a sourced level, the others a judgment; all at {@code level}. */
    static Map<RiskDimension, RiskRating> ratings(int level, int judgedLevel, RiskDimension... sourced) {
        Map<RiskDimension, RiskRating> m = new EnumMap<>(RiskDimension.class);
        List<RiskDimension> s = List.of(sourced);
        for (RiskDimension d : RiskDimension.values()) {
            m.put(d, s.contains(d) ? new RiskRating(d, level, "r", SOURCED, "a fact", false) : new RiskRating(d, judgedLevel, "r", JUDGED));
        }
        return m;
    }

    static CourseOfAction with(CourseOfAction c, Map<RiskDimension, RiskRating> risks) {
        return new CourseOfAction(c.id(), c.title(), c.summary(), c.seeds(), c.levers(), c.legal(), risks, c.outsideModel());
    }

    static Comparison compare(List<CourseOfAction> courses) {
        return ComparisonRunner.reference(ComparisonOptions.defaults().withHorizons(List.of(5)).withCohort(CohortLeverEvaluator.NONE)).compare(courses);
    }

    static List<CourseOfAction> courses(int judgedLevelOfStrikes) {
        return List.of(
                with(FixtureCourses.demandReduction(), ratings(0, 0, RiskDimension.COST)),
                with(FixtureCourses.vettedUnits(), ratings(2, 1, RiskDimension.LEAKS_AND_CORRUPTION, RiskDimension.PARTNER_FORCE_ABUSES)),
                with(FixtureCourses.strikesWithConsent(), ratings(3, judgedLevelOfStrikes, RiskDimension.SUCCESSION_VIOLENCE)));
    }

    static Comparison low;
    static Comparison high;

    @BeforeAll
    static void run() {
        low = compare(courses(0));
        high = compare(courses(4));
    }

    @Test
    void judgmentLevelsMoveTheFullRankingButNeverTheSourcedOnlyOne() {
        CriterionWeights w = CriterionWeights.defaults();
        JudgmentRiskSensitivity a = JudgmentRiskSensitivity.of(low, w);
        JudgmentRiskSensitivity b = JudgmentRiskSensitivity.of(high, w);
        // raising only judged levels lowers the strikes fixture's full score ...
        assertThat(b.all().row("fx-strikes").score()).isLessThan(a.all().row("fx-strikes").score());
        // ... but leaves every sourced-only score exactly where it was
        for (DecisionMatrix.Row r : a.sourcedOnly().rows()) {
            assertThat(b.sourcedOnly().row(r.id()).score()).as(r.id()).isEqualTo(r.score());
        }
        JudgmentRiskSensitivity.Row strikes = b.rows().stream().filter(r -> r.id().equals("fx-strikes")).findFirst().orElseThrow();
        assertThat(strikes.sourcedRatings()).isEqualTo(1);
        assertThat(strikes.judgmentRatings()).isEqualTo(RiskDimension.values().length - 1);
        assertThat(strikes.moved()).isEqualTo(strikes.rankAll() - strikes.rankSourcedOnly());
    }

    @Test
    void aDroppedRatingIsAbsentAndTheRowIsScoredOverWhatItHas() {
        CriterionWeights w = CriterionWeights.defaults();
        DecisionMatrix m = DecisionMatrix.build(high, w, 5, Range.Point.CENTRAL, RiskInclusion.SOURCED_ONLY);
        DecisionMatrix.Row strikes = m.row("fx-strikes");
        assertThat(strikes.raw().get(Criterion.ESCALATION)).isNaN();
        assertThat(strikes.normalised().get(Criterion.ESCALATION)).isNaN();
        assertThat(strikes.raw().get(Criterion.SUCCESSION_VIOLENCE)).isEqualTo(3.0);
        double[] wn = w.normalised();
        double sum = 0;
        double weight = 0;
        for (Criterion c : Criterion.values()) {
            double v = strikes.normalised().get(c);
            if (Double.isNaN(v)) continue;
            sum += wn[c.ordinal()] * v;
            weight += wn[c.ordinal()];
        }
        assertThat(strikes.score()).isCloseTo(sum / weight, within(1e-12));
        // a present value keeps its place on the fixed 0-4 scale, whatever is absent elsewhere
        assertThat(strikes.normalised().get(Criterion.SUCCESSION_VIOLENCE)).isEqualTo(Criterion.SUCCESSION_VIOLENCE.scale().normalise(3));
        assertThat(m.row("fx-demand").normalised().get(Criterion.SUCCESSION_VIOLENCE)).isNaN();
    }

    @Test
    void withEveryRatingIncludedTheMatrixIsTheUsualOne() {
        CriterionWeights w = CriterionWeights.defaults();
        DecisionMatrix usual = DecisionMatrix.build(high, w, 5, Range.Point.CENTRAL);
        DecisionMatrix all = DecisionMatrix.build(high, w, 5, Range.Point.CENTRAL, RiskInclusion.ALL);
        for (DecisionMatrix.Row r : usual.rows()) {
            assertThat(all.row(r.id()).score()).isEqualTo(r.score());
            assertThat(all.row(r.id()).rank()).isEqualTo(r.rank());
        }
    }
}
