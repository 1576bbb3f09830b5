package org.cartellab.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.LeverLaw;
import org.cartellab.comparison.Metric;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.network.NetworkParameters;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.FixtureCourses;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.Range;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.FixedParameters;
import org.cartellab.uncertainty.ParameterDistribution;
import org.cartellab.uncertainty.ReferenceBox;
import org.cartellab.uncertainty.Spread;
import org.junit.jupiter.api.Test;

class ComparisonEnsembleTest {
    static final ComparisonOptions OPTIONS = ComparisonOptions.defaults().withHorizons(List.of(1, 5));

    static ComparisonEnsembleResult run(List<CourseOfAction> coas, ParameterDistribution d, int n, int threads) {
        ComparisonEnsemble e = new ComparisonEnsemble(ComparisonRunner.reference(OPTIONS), d, CriterionWeights.defaults(), 42);
        return e.run(coas, n, new EnsembleRunner(threads, 3), ProgressListener.NONE);
    }

    @Test
    void sameSeedGivesTheSameNumbersForOneAndTwoThreads() {
        List<CourseOfAction> coas = FixtureCourses.all();
        ComparisonEnsembleResult one = run(coas, ReferenceBox.standard(), 7, 1);
        ComparisonEnsembleResult two = run(coas, ReferenceBox.standard(), 7, 2);
        assertThat(two.outcomes()).isEqualTo(one.outcomes());
        assertThat(two.statusQuo()).isEqualTo(one.statusQuo());
        for (String id : one.ids()) {
            assertThat(two.ranks().get(id).shareAtRank()).containsExactly(one.ranks().get(id).shareAtRank());
            assertThat(two.ranks().get(id).medianRank()).isEqualTo(one.ranks().get(id).medianRank());
        }
        // parameters really vary across members: the status quo has a spread
        Spread sq = one.statusQuo().get(5).get(Metric.MEMBERS);
        assertThat(sq.p95()).isGreaterThan(sq.p5());
        // and a different seed gives different members
        ComparisonEnsembleResult other = new ComparisonEnsemble(ComparisonRunner.reference(OPTIONS), ReferenceBox.standard(),
                CriterionWeights.defaults(), 43).run(coas, 7, new EnsembleRunner(2, 3), ProgressListener.NONE);
        assertThat(other.statusQuo().get(5).get(Metric.MEMBERS)).isNotEqualTo(sq);
    }

    @Test
    void withoutUncertaintyEveryMemberReproducesTheCentralComparison() {
        List<CourseOfAction> pinned = FixtureCourses.all().stream().map(ComparisonEnsembleTest::pinToCentral).toList();
        // No uncertainty anywhere: central levers, fixed parameters, and the cooperation-dependent share fixed too.
        ComparisonOptions fixedShare = OPTIONS.withCooperationDependentIncapacitation(
                OPTIONS.cooperationDependentIncapacitation().range().central());
        ComparisonEnsembleResult e = new ComparisonEnsemble(ComparisonRunner.reference(fixedShare), new FixedParameters(NetworkParameters.REFERENCE),
                CriterionWeights.defaults(), 42).run(pinned, 3, new EnsembleRunner(2, 3), ProgressListener.NONE);
        Comparison c = ComparisonRunner.reference(fixedShare).compare(FixtureCourses.all());
        for (CoaResult r : c.results()) {
            for (int y : List.of(1, 5)) {
                for (Metric m : ComparisonEnsemble.METRICS) {
                    ComparisonEnsembleResult.Outcome o = e.outcome(r.id(), y, m);
                    assertThat(o.level().median()).isEqualTo(r.band(y, m).central());
                    assertThat(o.level().p5()).isEqualTo(o.level().p95());
                    assertThat(o.change().median()).isCloseTo(r.band(y, m).central() - r.band(y, m).statusQuo(), within(1e-9 * r.band(y, m).statusQuo() + 1e-9));
                }
            }
        }
        // ranks match the deterministic decision matrix in every member
        DecisionMatrix dm = DecisionMatrix.build(c, CriterionWeights.defaults(), 5, Range.Point.CENTRAL);
        for (DecisionMatrix.Row row : dm.rows()) {
            assertThat(e.ranks().get(row.id()).medianRank()).isEqualTo(row.rank());
            assertThat(e.ranks().get(row.id()).shareFirst()).isEqualTo(row.rank() == 1 ? 1.0 : 0.0);
        }
    }

    @Test
    void pairedChangesAreTighterThanDifferencedBandsAndSignsAreCounted() {
        ComparisonEnsembleResult e = run(List.of(FixtureCourses.demandReduction(), FixtureCourses.strikesWithConsent()), ReferenceBox.standard(), 12, 2);
        ComparisonEnsembleResult.Outcome demand = e.outcome("fx-demand", 5, Metric.MEMBERS);
        Spread sq = e.statusQuo().get(5).get(Metric.MEMBERS);
        // cutting recruitment lowers members in every member
        assertThat(demand.probLower()).isEqualTo(1.0);
        assertThat(demand.change().p95()).isNegative();
        // the paired change's 5-95 % width is narrower than the width of the difference of the two bands
        double paired = demand.change().p95() - demand.change().p5();
        double differenced = (demand.level().p95() - sq.p5()) - (demand.level().p5() - sq.p95());
        assertThat(paired).isLessThan(differenced);
        // leadership removal raises cumulative casualties (fixtures: +20 % or so) in every member
        assertThat(e.outcome("fx-strikes", 5, Metric.CUMULATIVE_CASUALTIES).probLower()).isZero();
        double shares = e.ranks().values().stream().mapToDouble(ComparisonEnsembleResult.RankDistribution::shareFirst).sum();
        assertThat(shares).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aLeverEffectIsDrawnOncePerMemberAndSharedByEveryCourseUsingIt() {
        CourseOfAction a = FixtureCourses.strikesWithConsent();
        CourseOfAction twin = new CourseOfAction("twin", a.title(), a.summary(), a.seeds(), a.levers(), a.legal(), a.risks(), a.outsideModel());
        ComparisonEnsembleResult e = run(List.of(a, FixtureCourses.demandReduction(), twin), ReferenceBox.standard(), 5, 2);
        for (Metric m : ComparisonEnsemble.METRICS) assertThat(e.outcome("twin", 5, m)).isEqualTo(e.outcome(a.id(), 5, m));
        // the paired change still varies across members (drawn parameters and lever values)
        Spread change = e.outcome(a.id(), 5, Metric.CUMULATIVE_CASUALTIES).changePct();
        assertThat(change.p95()).isGreaterThan(change.p5());
    }

    @Test
    void triangularLawHasItsEndsModeAndMean() {
        Range r = new Range(0.8, 0.9, 0.97);
        assertThat(LeverLaw.triangular(r, 0)).isEqualTo(0.8);
        assertThat(LeverLaw.triangular(r, Math.nextDown(1.0))).isCloseTo(0.97, within(1e-6));
        assertThat(LeverLaw.triangular(r, (0.9 - 0.8) / (0.97 - 0.8))).isCloseTo(0.9, within(1e-12));
        assertThat(LeverLaw.triangular(Range.point(1.5), 0.3)).isEqualTo(1.5);
        double sum = 0;
        int n = 100_000;
        for (int k = 0; k < n; k++) sum += LeverLaw.triangular(r, (k + 0.5) / n);
        assertThat(sum / n).isCloseTo((0.8 + 0.9 + 0.97) / 3, within(1e-5));
    }

    static CourseOfAction pinToCentral(CourseOfAction c) {
        List<LeverEffect> levers = c.levers().stream().map(e -> new LeverEffect(e.lever(), Range.point(e.effect().central()), e.startWeek(),
                e.rampWeeks(), e.scaledByCooperation(), e.settings(), e.evidence())).toList();
        return new CourseOfAction(c.id(), c.title(), c.summary(), c.seeds(), levers, c.legal(), c.risks(), c.outsideModel());
    }
}
