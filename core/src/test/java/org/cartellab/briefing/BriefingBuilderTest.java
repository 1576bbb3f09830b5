package org.cartellab.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.assessment.WeakEffect;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.PolicyRun;
import org.cartellab.law.Assessment;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.Combination;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.effects.LeverEvidenceTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The briefing's facts from the bundled catalog: consent from the pathway, agreement recounted, risks ordered, gaps present. */
class BriefingBuilderTest {
    static final List<KnownMiss> MISSES = List.of(new KnownMiss("test miss", "here", false));
    static ComparisonAssessment assessment;
    static Briefing one;

    static CourseOfAction coa(String id) { return Catalog.bundled().find(id).orElseThrow(); }

    static Briefing brief(List<CourseOfAction> courses) {
        Comparison c = ComparisonRunner.reference(ComparisonOptions.defaults()).compare(courses);
        return BriefingBuilder.of(ComparisonAssessment.of(c, CriterionWeights.defaults(), 200, 3), null, LeverEvidenceTables.bundled(),
                KnowledgeBase.bundled(), MISSES);
    }

    @BeforeAll
    static void build() {
        Comparison c = ComparisonRunner.reference(ComparisonOptions.defaults()).compare(List.of(coa("status_quo"), coa("strikes_without_consent")));
        assessment = ComparisonAssessment.of(c, CriterionWeights.defaults(), 200, 3);
        one = BriefingBuilder.of(assessment, null, LeverEvidenceTables.bundled(), KnowledgeBase.bundled(), MISSES);
    }

    @Test
    void aSingleCourseIsBriefedAgainstTheStatusQuoNeverTheStatusQuoItself() {
        assertThat(one.kind()).isEqualTo(Briefing.Kind.COURSE);
        assertThat(one.courses()).extracting(CourseBriefing::id).containsExactly("strikes_without_consent");
        assertThat(one.horizonYears()).isEqualTo(5);
        assertThat(one.knownMisses()).isEqualTo(MISSES);
        assertThat(one.asOf().law()).isEqualTo(KnowledgeBase.bundled().reviewed());
        assertThat(one.asOf().modelStart()).hasToString("2021-12-19");
        assertThat(one.asOf().dataThroughYear()).isEqualTo(2021);
    }

    @Test
    void agreementIsTheCountOfSweepRunsMovingTheSameWayAsTheCentralValue() {
        CoaResult r = assessment.comparison().result("strikes_without_consent");
        for (Change ch : one.courses().get(0).changes()) {
            int dir = ch.direction();
            long recount = r.sweep().stream().map((PolicyRun run) -> run.value(ch.metric(), 52 * ch.years()))
                    .filter(v -> { double p = 100 * (v - ch.statusQuo()) / ch.statusQuo(); return (Math.abs(p) < Change.NEGLIGIBLE_PCT ? 0 : p < 0 ? -1 : 1) == dir; })
                    .count();
            assertThat(ch.agreement().agreeing()).as(ch.metric().id()).isEqualTo((int) recount);
            assertThat(ch.agreement().total()).isEqualTo(r.sweep().size());
            assertThat(ch.lowPct()).isLessThanOrEqualTo(ch.centralPct()).as("band holds the central value");
            assertThat(ch.highPct()).isGreaterThanOrEqualTo(ch.centralPct());
            if (ch.lowPct() > 0 || ch.highPct() < 0) assertThat(ch.agreement().unanimous()).as("a band on one side is unanimous").isTrue();
        }
        // casualties rise in every run, members do not: the two are told apart
        Change cas = one.courses().get(0).changes().stream().filter(ch -> ch.metric() == Metric.WEEKLY_CASUALTIES).findFirst().orElseThrow();
        assertThat(cas.direction()).isEqualTo(1);
    }

    @Test
    void consentComesFromThePathwayConditions() {
        CourseBriefing c = one.courses().get(0);
        assertThat(c.consent()).isNotEmpty().allSatisfy(cc -> assertThat(cc.assumesConsent()).isFalse());
        assertThat(c.legal()).extracting(LegalStanding::jurisdiction).contains(Jurisdiction.US, Jurisdiction.MX, Jurisdiction.INTERNATIONAL);
        LegalStanding mx = c.legal().stream().filter(l -> l.jurisdiction() == Jurisdiction.MX).findFirst().orElseThrow();
        assertThat(mx.assessment()).isEqualTo(Assessment.PRIMA_FACIE_UNLAWFUL);
        // acting without consent is part of this course's definition: no contradictory "with consent" reading
        assertThat(c.consent()).allSatisfy(cc -> assertThat(cc.consentFixed()).isTrue());
        assertThat(mx.otherConsent()).isEqualTo(mx.assessment());
        Briefing with = brief(List.of(coa("status_quo"), coa("strikes_with_consent")));
        assertThat(with.courses().get(0).consent()).allSatisfy(cc -> assertThat(cc.assumesConsent()).isTrue());
    }

    @Test
    void topRisksAreModerateOrAboveHighestFirstAndMarkJudgment() {
        List<TopRisk> risks = one.courses().get(0).risks();
        assertThat(risks).isNotEmpty().hasSizeLessThanOrEqualTo(BriefingBuilder.TOP_RISKS);
        for (int i = 1; i < risks.size(); i++) assertThat(risks.get(i).level()).isLessThanOrEqualTo(risks.get(i - 1).level());
        assertThat(risks).allSatisfy(r -> {
            assertThat(r.level()).isGreaterThanOrEqualTo(2);
            assertThat(r.judgment()).isEqualTo(coa("strikes_without_consent").risks().get(r.dimension()).judgment());
        });
    }

    @Test
    void gapsCarryTheCoursesWeakEffectsAndJudgmentGradedLevers() {
        CourseBriefing c = one.courses().get(0);
        for (WeakEffect w : assessment.weakEffects()) {
            if (w.coa().equals(c.id())) assertThat(c.gaps()).extracting(EvidenceGap::text).contains(w.message().replace(c.id(), c.title()));
        }
        assertThat(c.gaps()).extracting(EvidenceGap::kind).contains(EvidenceGap.Kind.JUDGMENT_LEVER);
    }

    @Test
    void combinationsAndComparisonsAreToldApart() {
        Briefing combo = brief(List.of(coa("status_quo"), Combination.of(List.of(coa("intelligence_sharing"), coa("financial_sanctions")))));
        assertThat(combo.kind()).isEqualTo(Briefing.Kind.COMBINATION);
        assertThat(combo.courses().get(0).parts()).containsExactly("intelligence_sharing", "financial_sanctions");
        assertThat(combo.courses().get(0).consent()).extracting(ConsentCondition::part).containsExactly("intelligence_sharing", "financial_sanctions");
        Briefing many = brief(List.of(coa("status_quo"), coa("us_demand_reduction"), coa("strikes_with_consent")));
        assertThat(many.kind()).isEqualTo(Briefing.Kind.COMPARISON);
        assertThat(many.courses()).extracting(cb -> cb.standing().orElseThrow().rank()).isSorted();
        assertThatThrownBy(() -> brief(List.of(coa("status_quo")))).isInstanceOf(IllegalArgumentException.class);
    }
}
