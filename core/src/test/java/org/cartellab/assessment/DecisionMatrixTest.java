package org.cartellab.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.data.DataFormatException;
import org.cartellab.law.Jurisdiction;
import org.cartellab.policy.CohortLeverEvaluator;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.FixtureCourses;
import org.cartellab.policy.LegalBasis;
import org.cartellab.policy.Range;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecisionMatrixTest {
    static Comparison comparison;

    @BeforeAll
    static void compare() {
        comparison = ComparisonRunner.reference(ComparisonOptions.defaults().withHorizons(List.of(1, 5)).withCohort(CohortLeverEvaluator.NONE)).compare(FixtureCourses.all());
    }

    @Test
    void normalisesEachCriterionOnItsFixedScale() {
        DecisionMatrix m = DecisionMatrix.build(comparison, CriterionWeights.defaults(), 5, Range.Point.CENTRAL);
        for (Criterion c : Criterion.values()) {
            for (DecisionMatrix.Row r : m.rows()) {
                double x = r.raw().get(c);
                assertThat(r.normalised().get(c)).as("%s %s", r.id(), c.id())
                        .isCloseTo((c.scale().worst() - x) / (c.scale().worst() - c.scale().best()), within(1e-15));
                if (!c.scale().outside(x)) assertThat(r.normalised().get(c)).isBetween(0.0, 1.0);
            }
        }
        // legal criterion from the pathways: mean over US, MX, international of clear 0 / contested 1 / prima facie unlawful 2
        assertThat(m.row("fx-unilateral").raw().get(Criterion.LEGAL_BURDEN)).isCloseTo((1 + 2 + 2) / 3.0, within(1e-12));
        assertThat(m.row("fx-strikes").raw().get(Criterion.LEGAL_BURDEN)).isCloseTo(1.0, within(1e-12));
        assertThat(m.row("fx-demand").raw().get(Criterion.LEGAL_BURDEN)).isEqualTo(0.0);
        assertThat(LegalCriterion.consentMatters(FixtureCourses.vettedUnits())).isTrue();
        assertThat(LegalCriterion.consentMatters(FixtureCourses.demandReduction())).isFalse();
        assertThat(m.ranked().get(0).score()).isGreaterThanOrEqualTo(m.ranked().get(m.rows().size() - 1).score());
        for (DecisionMatrix.Row r : m.rows()) System.out.printf("%-14s score %.3f rank %d %s%n", r.id(), r.score(), r.rank(), r.raw());
    }

    @Test
    void aSingleCriterionWeightRanksByThatCriterion() {
        Map<Criterion, Double> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.MEMBERS_CHANGE, 1.0);
        DecisionMatrix m = DecisionMatrix.build(comparison, new CriterionWeights(w), 5, Range.Point.CENTRAL);
        List<DecisionMatrix.Row> ranked = m.ranked();
        for (int k = 1; k < ranked.size(); k++) {
            assertThat(ranked.get(k).raw().get(Criterion.MEMBERS_CHANGE)).isGreaterThanOrEqualTo(ranked.get(k - 1).raw().get(Criterion.MEMBERS_CHANGE));
        }
        RankRobustness rob = RankRobustness.of(m, 1000, 3);
        assertThat(rob.shareFirst().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aCourseBestOnEveryCriterionRanksFirstUnderEveryWeightVector() {
        DecisionMatrix m = DecisionMatrix.build(comparison, CriterionWeights.defaults(), 5, Range.Point.CENTRAL);
        DecisionMatrix.Row demand = m.row("fx-demand");
        for (Criterion c : Criterion.values()) {
            double best = m.rows().stream().mapToDouble(r -> r.raw().get(c)).min().orElseThrow();
            assertThat(demand.raw().get(c)).as(c.id()).isEqualTo(best);
        }
        assertThat(RankRobustness.of(m, 500, 1).shareFirst().get("fx-demand")).isEqualTo(1.0);
    }

    @Test
    void robustnessIsSeededAndSharesSumToOne() {
        // without the dominant fixture, the first place depends on the weights
        Comparison mixed = ComparisonRunner.reference(ComparisonOptions.defaults().withHorizons(List.of(5)).withCohort(CohortLeverEvaluator.NONE))
                .compare(List.of(FixtureCourses.vettedUnits(), FixtureCourses.longerSentences(), FixtureCourses.strikesWithConsent()));
        DecisionMatrix m = DecisionMatrix.build(mixed, CriterionWeights.defaults(), 5, Range.Point.CENTRAL);
        RankRobustness a = RankRobustness.of(m, 2000, 42);
        RankRobustness b = RankRobustness.of(m, 2000, 42);
        RankRobustness c = RankRobustness.of(m, 2000, 43);
        assertThat(a.shareFirst()).isEqualTo(b.shareFirst());
        assertThat(a.shareFirst()).isNotEqualTo(c.shareFirst());
        assertThat(a.shareFirst().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
        System.out.println("share ranked first over 2000 weight vectors: " + a.shareFirst());
    }

    @Test
    void weakEffectsFindUndeterminedAndUnevaluatedLevers() {
        DecisionMatrix lo = DecisionMatrix.build(comparison, CriterionWeights.defaults(), 5, Range.Point.LOW);
        DecisionMatrix hi = DecisionMatrix.build(comparison, CriterionWeights.defaults(), 5, Range.Point.HIGH);
        List<WeakEffect> weak = WeakEffect.find(comparison, lo, hi);
        weak.forEach(w -> System.out.println(w.kind() + ": " + w.message()));
        assertThat(weak).anyMatch(w -> w.coa().equals("fx-sentences") && w.kind() == WeakEffect.Kind.NOT_EVALUATED);
        for (WeakEffect w : weak) {
            if (w.kind() == WeakEffect.Kind.RANK_FLIPS) assertThat(lo.row(w.coa()).rank()).isNotEqualTo(hi.row(w.coa()).rank());
        }
    }

    @Test
    void weightsFilesParseAndBadOnesNameFileLineAndField() {
        CriterionWeights w = CriterionWeights.parse("w.yaml", "members_change: 2\ncasualties_change: 1\n");
        assertThat(w.normalised()[Criterion.MEMBERS_CHANGE.ordinal()]).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(w.get(Criterion.ESCALATION)).isZero();
        assertThat(CriterionWeights.parse("w.json", "{\"legal_burden\": 1}").get(Criterion.LEGAL_BURDEN)).isEqualTo(1.0);
        assertThatThrownBy(() -> CriterionWeights.parse("w.yaml", "members_change: 1\nbeauty: 2\n"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("w.yaml, line 2, field 'beauty'");
        assertThatThrownBy(() -> CriterionWeights.parse("w.yaml", "members_change: -1\n")).hasMessageContaining("members_change");
        assertThatThrownBy(() -> CriterionWeights.parse("w.yaml", "members_change: high\n")).hasMessageContaining("expected a number");
        assertThatThrownBy(() -> CriterionWeights.parse("w.yaml", "members_change: 0\n")).hasMessageContaining("weight > 0");
        double sum = 0;
        for (double d : CriterionWeights.defaults().normalised()) sum += d;
        assertThat(sum).isCloseTo(1, within(1e-12));
    }

    @Test
    void listingOneMoreCitationDoesNotChangeTheLegalCriterionOrTheRanking() {
        CourseOfAction strikes = FixtureCourses.strikesWithConsent();
        List<LegalBasis> more = new ArrayList<>(strikes.legal());
        more.add(new LegalBasis(LegalBasis.Role.CONSTRAINT, Jurisdiction.MX, "one more Mexican constraint", "fixture", "fixture"));
        more.add(new LegalBasis(LegalBasis.Role.CONSTRAINT, Jurisdiction.INTERNATIONAL, "one more treaty", "fixture", "fixture"));
        CourseOfAction cited = new CourseOfAction(strikes.id(), strikes.title(), strikes.summary(), strikes.seeds(), strikes.levers(), more,
                strikes.risks(), strikes.outsideModel(), strikes.pathways());
        assertThat(LegalCriterion.of(cited)).isEqualTo(LegalCriterion.of(strikes));
        List<CourseOfAction> courses = new ArrayList<>(FixtureCourses.all());
        courses.replaceAll(c -> c.id().equals(strikes.id()) ? cited : c);
        Comparison again = ComparisonRunner.reference(ComparisonOptions.defaults().withHorizons(List.of(1, 5)).withCohort(CohortLeverEvaluator.NONE)).compare(courses);
        DecisionMatrix before = DecisionMatrix.build(comparison, CriterionWeights.defaults(), 5, Range.Point.CENTRAL);
        DecisionMatrix after = DecisionMatrix.build(again, CriterionWeights.defaults(), 5, Range.Point.CENTRAL);
        for (DecisionMatrix.Row r : before.rows()) {
            assertThat(after.row(r.id()).raw().get(Criterion.LEGAL_BURDEN)).as(r.id()).isEqualTo(r.raw().get(Criterion.LEGAL_BURDEN));
            assertThat(after.row(r.id()).rank()).as(r.id()).isEqualTo(r.rank());
        }
    }
}
