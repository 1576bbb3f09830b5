package org.cartellab.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.assessment.DecisionMatrix;
import org.cartellab.assessment.WeakEffect;
import org.cartellab.data.BundledData;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.policy.CohortLeverEvaluator;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.FixtureCourses;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.Range;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonRunnerTest {
    static ComparisonRunner runner;
    static Comparison comparison;

    @BeforeAll
    static void compare() {
        runner = ComparisonRunner.reference(ComparisonOptions.defaults());
        comparison = runner.compare(FixtureCourses.all());
        for (CoaResult r : comparison.results()) {
            for (int y : comparison.horizonsYears()) {
                MetricBand m = r.band(y, Metric.MEMBERS);
                MetricBand c = r.band(y, Metric.CUMULATIVE_CASUALTIES);
                System.out.printf("%-14s %2dy members %.0f [%.0f, %.0f] (%+.1f%%)  cum casualties %.0f [%.0f, %.0f] (%+.1f%%)%n", r.id(), y,
                        m.central(), m.low(), m.high(), m.centralChangePct(), c.central(), c.low(), c.high(), c.centralChangePct());
            }
        }
    }

    @Test
    void startsFromTheReferenceRunIn2022() {
        ConflictNetwork net = ConflictNetwork.of(BundledData.network());
        double[] ref = new NetworkSimulator().run(NetworkRun.of(net, NetworkParameters.REFERENCE, 520)).finalMembers();
        assertThat(runner.start().members()).containsExactly(ref);
        assertThat(runner.start().startWeek()).isEqualTo(520);
        assertThat(comparison.statusQuo().value(Metric.MEMBERS, 0)).isCloseTo(runner.start().totalMembers(), within(1e-6));
        assertThat(comparison.statusQuo().value(Metric.CUMULATIVE_CASUALTIES, 0)).isZero();
    }

    @Test
    void sameInputsGiveTheSameNumbers() {
        Comparison again = ComparisonRunner.reference(ComparisonOptions.defaults()).compare(FixtureCourses.all());
        for (CoaResult r : comparison.results()) {
            for (int y : comparison.horizonsYears()) {
                for (Metric m : Metric.values()) assertThat(again.result(r.id()).band(y, m)).isEqualTo(r.band(y, m));
            }
            // the cohort engine's outcomes too: seeded, with common random numbers (a fresh evaluator reruns the engine)
            assertThat(again.result(r.id()).cohort()).isEqualTo(r.cohort());
        }
        assertThat(comparison.result("fx-sentences").cohort()).isNotEmpty();
    }

    @Test
    void bandsAreOrderedAndCentralIsTheAllCentralRun() {
        for (CoaResult r : comparison.results()) {
            for (int y : comparison.horizonsYears()) {
                for (Metric m : Metric.values()) {
                    MetricBand b = r.band(y, m);
                    assertThat(b.low()).isLessThanOrEqualTo(b.central());
                    assertThat(b.central()).isLessThanOrEqualTo(b.high());
                    assertThat(b.central()).isEqualTo(r.runs().get(Range.Point.CENTRAL).value(m, 52 * y));
                }
            }
        }
    }

    @Test
    void lessRecruitmentMeansFewerMembersAndMoreIncapacitationMoreIncapacitations() {
        MetricBand demand = comparison.result("fx-demand").band(5, Metric.MEMBERS);
        assertThat(demand.high()).isLessThan(demand.statusQuo());
        MetricBand vetted = comparison.result("fx-vetted").band(5, Metric.CUMULATIVE_INCAPACITATIONS);
        assertThat(vetted.low()).isGreaterThan(vetted.statusQuo());
        // status quo incapacitations: eta = 110 a week for 260 weeks
        assertThat(vetted.statusQuo()).isCloseTo(110 * 260, within(1e-3));
        MetricBand years = comparison.result("fx-vetted").band(5, Metric.SENTENCE_YEARS);
        assertThat(years.statusQuo()).isCloseTo(110 * 260 * runner.sentences().meanYears(), within(1e-2));
    }

    @Test
    void lostCooperationWeakensTheIncapacitationIncrement() {
        // same incapacitation lever, one with a cooperation shock: fewer incapacitations (at any dependent share)
        CoaResult with = comparison.result("fx-strikes");
        CoaResult without = comparison.result("fx-unilateral");
        assertThat(without.band(1, Metric.CUMULATIVE_INCAPACITATIONS).central()).isLessThan(with.band(1, Metric.CUMULATIVE_INCAPACITATIONS).central());
    }

    @Test
    void aLeverAtOneChangesNothingBeyondIntegratorNoise() {
        LeverEffect e = FixtureCourses.lever(Lever.INCAPACITATION, 1.0, 1.0, 1.0, 10, 30, true, Map.of());
        PolicyRun one = runner.runOnce(runner.start(), List.of(new LeverSetting(e, 1.0)), 260);
        double sq = comparison.statusQuo().value(Metric.MEMBERS, 260);
        double rel = Math.abs(one.value(Metric.MEMBERS, 260) - sq) / sq;
        System.out.printf("lever at 1: relative difference from the status quo at 5 years %.2e%n", rel);
        assertThat(rel).isLessThan(MetricBand.NOISE);
        assertThat(new MetricBand(sq * (1 - 1e-8), sq, sq * (1 + 1e-8), sq).straddlesStatusQuo()).isFalse();
        assertThat(new MetricBand(sq * 0.99, sq, sq * 1.01, sq).straddlesStatusQuo()).isTrue();
    }

    @Test
    void withoutACohortEngineSentenceLeversAreReportedAsNotEvaluated() {
        ComparisonRunner none = new ComparisonRunner(runner.start(), ComparisonOptions.defaults().withHorizons(List.of(1)).withCohort(CohortLeverEvaluator.NONE),
                runner.sentences());
        Comparison c = none.compare(List.of(FixtureCourses.longerSentences()));
        CoaResult s = c.results().get(0);
        assertThat(s.notEvaluated()).hasSize(1);
        assertThat(s.cohort()).isEmpty();
        assertThat(s.band(1, Metric.MEMBERS).central()).isEqualTo(s.band(1, Metric.MEMBERS).statusQuo());
        assertThat(c.assumptions()).anyMatch(a -> a.contains("not evaluated"));
    }

    @Test
    void byDefaultSentenceLeversAreEvaluatedByTheCohortEngineBesideTheNetworkEngine() {
        CoaResult s = comparison.result("fx-sentences");
        assertThat(s.notEvaluated()).isEmpty();
        assertThat(s.cohort().keySet()).containsExactlyInAnyOrderElementsOf(comparison.horizonsYears());
        for (int y : comparison.horizonsYears()) {
            var central = s.cohort().get(y).get(Range.Point.CENTRAL);
            double prison = central.withLevers().get(CohortMetric.PRISON_YEARS.id());
            double prisonSq = central.statusQuo().get(CohortMetric.PRISON_YEARS.id());
            double active = central.withLevers().get(CohortMetric.ACTIVE_AT_HORIZON.id());
            double activeSq = central.statusQuo().get(CohortMetric.ACTIVE_AT_HORIZON.id());
            System.out.printf("fx-sentences %2dy cohort: prison-years %.0f (alpha 1: %.0f), released active %.0f (alpha 1: %.0f)%n", y, prison, prisonSq, active, activeSq);
            assertThat(prison).isGreaterThan(prisonSq);
            assertThat(active).isLessThanOrEqualTo(activeSq);
            // the network engine is untouched by a sentence lever: its members are the baseline's, not network + cohort
            assertThat(s.band(y, Metric.MEMBERS).central()).isEqualTo(comparison.statusQuo().value(Metric.MEMBERS, 52 * y));
        }
        assertThat(comparison.assumptions()).anyMatch(a -> a.contains("evaluated by the cohort engine") && a.contains("never added"));
        assertThat(WeakEffect.find(comparison, DecisionMatrix.build(comparison, CriterionWeights.defaults(), 5, Range.Point.LOW),
                DecisionMatrix.build(comparison, CriterionWeights.defaults(), 5, Range.Point.HIGH)))
                .anyMatch(w -> w.coa().equals("fx-sentences") && w.message().contains("no lever acts on the network engine"))
                .noneMatch(w -> w.kind() == WeakEffect.Kind.NOT_EVALUATED);
    }

    @Test
    void lostCooperationCostsBaselineArrestsByDefaultAndTheShareIsSweptInTheBand() {
        DependentShare share = runner.options().cooperationDependentIncapacitation();
        assertThat(share.range()).isEqualTo(new Range(0.25, 0.5, 0.75));
        assertThat(share.evidence().assumption()).isTrue();
        // a cooperation shock alone (no lever scaled by cooperation): with the default share it removes arrests
        LeverEffect shock = FixtureCourses.lever(Lever.COOPERATION, -0.6, -0.6, -0.6, 0, 0, false, Map.of("recovery_weeks", 520));
        List<LeverSetting> s = List.of(new LeverSetting(shock, -0.6));
        double sq = comparison.statusQuo().value(Metric.CUMULATIVE_INCAPACITATIONS, 260);
        double none = runner.runOnce(runner.start(), s, 260, 0).value(Metric.CUMULATIVE_INCAPACITATIONS, 260);
        double low = runner.runOnce(runner.start(), s, 260, 0.25).value(Metric.CUMULATIVE_INCAPACITATIONS, 260);
        double central = runner.runOnce(runner.start(), s, 260).value(Metric.CUMULATIVE_INCAPACITATIONS, 260);
        double high = runner.runOnce(runner.start(), s, 260, 0.75).value(Metric.CUMULATIVE_INCAPACITATIONS, 260);
        assertThat(none).isCloseTo(sq, within(1e-6 * sq)); // share 0: the old default, lost cooperation cost nothing
        assertThat(high).isLessThan(central);
        assertThat(central).isLessThan(low);
        assertThat(low).isLessThan(sq);
        // eta (1 - s (1 - c)) integrated: c goes from 0.4 back to 1 linearly over 520 weeks, so over the first 260 weeks
        // mean (1 - c) = 0.6 x 0.75 = 0.45; at s = 0.5 about 0.225 of 110 x 260 arrests are lost (the network's members change little)
        assertThat((sq - central) / sq).isCloseTo(0.5 * 0.45, within(0.01));
        // the comparison's band for a course with a cooperation shock covers the runs at the low and high share
        CoaResult u = comparison.result("fx-unilateral");
        assertThat(u.sweep()).hasSize(9);
        assertThat(comparison.result("fx-demand").sweep()).hasSize(3);
        List<LeverSetting> centralLevers = u.coa().levers().stream().map(e -> LeverSetting.at(e, Range.Point.CENTRAL)).toList();
        for (double sh : List.of(0.25, 0.75)) {
            double v = runner.runOnce(runner.start(), centralLevers, 520, sh).value(Metric.CUMULATIVE_INCAPACITATIONS, 260);
            assertThat(v).isBetween(u.band(5, Metric.CUMULATIVE_INCAPACITATIONS).low(), u.band(5, Metric.CUMULATIVE_INCAPACITATIONS).high());
        }
        // a fixed share (the command line's override) sweeps nothing
        ComparisonOptions fixed = ComparisonOptions.defaults().withCooperationDependentIncapacitation(0.3);
        assertThat(fixed.cooperationDependentIncapacitation().swept()).isFalse();
        assertThat(fixed.cooperationDependentIncapacitation().range().central()).isEqualTo(0.3);
        assertThatThrownBy(() -> ComparisonOptions.defaults().withCooperationDependentIncapacitation(1.5)).hasMessageContaining("[0, 1]");
    }

    @Test
    void aBoundCohortEvaluatorReceivesTheSentenceLevers() {
        CohortLeverEvaluator fake = new CohortLeverEvaluator() {
            @Override
            public boolean evaluates(Lever lever) { return lever == Lever.SENTENCE_MULTIPLIER; }

            @Override
            public Outcome evaluate(List<LeverSetting> settings, int horizonWeeks, long seed) {
                double alpha = settings.get(0).value();
                return new Outcome(Map.of("test_metric", alpha * horizonWeeks), Map.of("test_metric", (double) horizonWeeks), "test double");
            }
        };
        ComparisonRunner r = new ComparisonRunner(runner.start(), ComparisonOptions.defaults().withHorizons(List.of(1)).withCohort(fake), runner.sentences());
        CoaResult s = r.compare(List.of(FixtureCourses.longerSentences())).results().get(0);
        assertThat(s.notEvaluated()).isEmpty();
        assertThat(s.cohort().get(1).get(Range.Point.HIGH).withLevers().get("test_metric")).isEqualTo(2.0 * 52);
        assertThat(s.cohort().get(1).get(Range.Point.HIGH).statusQuo().get("test_metric")).isEqualTo(52.0);
    }

    @Test
    void singleRunUnitTakesExplicitValuesAndParameters() {
        LeverEffect half = FixtureCourses.demandReduction().levers().get(0);
        PolicyRun a = runner.runOnce(runner.start(), List.of(new LeverSetting(half, 0.5)), 52);
        PolicyRun b = runner.runOnce(runner.start(), List.of(new LeverSetting(half, 0.9)), 52);
        assertThat(a.value(Metric.MEMBERS, 52)).isLessThan(b.value(Metric.MEMBERS, 52));
        ComparisonStart other = ComparisonStart.in2022(NetworkParameters.REFERENCE.with("recruitment", 2.4e-3));
        assertThat(other.totalMembers()).isLessThan(runner.start().totalMembers());
        assertThat(runner.runOnce(other, List.of(), 52).value(Metric.MEMBERS, 0)).isCloseTo(other.totalMembers(), within(1e-6));
    }

    @Test
    void duplicateIdsAndBadLeverSettingsNameTheCourseOfAction() {
        assertThatThrownBy(() -> runner.compare(List.of(FixtureCourses.demandReduction(), FixtureCourses.demandReduction())))
                .hasMessageContaining("fx-demand");
        CourseOfAction bad = new CourseOfAction("fx-bad", "bad", "bad", List.of(),
                List.of(FixtureCourses.lever(Lever.LEADERSHIP_REMOVAL, 2, 2, 2, 0, 0, false, Map.of("targets", List.of("NO-SUCH-NODE")))),
                List.of(), Map.of(), List.of());
        assertThatThrownBy(() -> runner.compare(List.of(bad))).hasMessageContaining("fx-bad").hasMessageContaining("NO-SUCH-NODE");
    }
}
