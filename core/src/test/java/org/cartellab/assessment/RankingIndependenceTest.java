package org.cartellab.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.law.LegalScore;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CatalogLoader;
import org.cartellab.policy.CohortLeverEvaluator;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reported case of issue 12 on the bundled catalog, the fixed scales' anchors, and the single-course rule. */
class RankingIndependenceTest {
    @TempDir
    Path tmp;

    /** A user course worse than the three on every criterion: more recruitment, five Mexican constraints, every risk severe. */
    static final String DOMINATED = """
            id: worse_everywhere
            title: A course worse on every criterion
            summary: >-
              Test fixture. Raises recruitment, needs Mexico's consent five times over and is rated severe on every risk.
            seeds: []
            levers:
              - lever: recruitment
                effect: {low: 1.3, central: 1.3, high: 1.3}
                start_week: 0
                ramp_weeks: 0
                scaled_by_cooperation: false
                evidence: {assumption: true, rationale: Test fixture.}
            legal:
            """ + "  - role: constraint\n    jurisdiction: MX\n    citation: Constitution of Mexico art. 76(III)\n    note: Fixture.\n    source: mx-const-76-iii\n".repeat(5)
            + """
            pathway:
              consent: false
              branch: law_enforcement
              place: [us_territory]
              force: none
              us_persons_exposed: false
              armed_conflict_claimed: false
              claims:
                US: [usc19-1582]
                MX: []
                INTERNATIONAL: []
            risks:
              harm_to_us_persons:  {level: 4, rationale: Fixture., evidence: {assumption: true, rationale: Fixture.}}
              cartel_retaliation:  {level: 4, rationale: Fixture., evidence: {assumption: true, rationale: Fixture.}}
              diplomatic_backlash: {level: 4, rationale: Fixture., evidence: {assumption: true, rationale: Fixture.}}
              succession_violence: {level: 4, rationale: Fixture., evidence: {assumption: true, rationale: Fixture.}}
              escalation:          {level: 4, rationale: Fixture., evidence: {assumption: true, rationale: Fixture.}}
              civil_liberties:     {level: 4, rationale: Fixture., evidence: {assumption: true, rationale: Fixture.}}
              harm_to_mexican_civilians: {level: 4, rationale: Fixture., evidence: {judgment: true, rationale: Fixture.}}
              us_personnel_legal_exposure: {level: 4, rationale: Fixture., evidence: {judgment: true, rationale: Fixture.}}
              partner_intelligence_loss: {level: 4, rationale: Fixture., evidence: {judgment: true, rationale: Fixture.}}
              leaks_and_corruption: {level: 4, rationale: Fixture., evidence: {judgment: true, rationale: Fixture.}}
              partner_force_abuses: {level: 4, rationale: Fixture., evidence: {judgment: true, rationale: Fixture.}}
              recruitment_blowback: {level: 4, rationale: Fixture., evidence: {judgment: true, rationale: Fixture.}}
              extortion_displacement: {level: 4, rationale: Fixture., evidence: {judgment: true, rationale: Fixture.}}
              cost: {level: 4, rationale: Fixture., evidence: {judgment: true, rationale: Fixture.}}
              norm_erosion: {level: 4, rationale: Fixture., evidence: {judgment: true, rationale: Fixture.}}
            """;

    private static ComparisonRunner runner() {
        return ComparisonRunner.reference(ComparisonOptions.defaults().withHorizons(List.of(5)).withCohort(CohortLeverEvaluator.NONE));
    }

    @Test
    void theReportedExampleKeepsItsOrderWhenADominatedUserCourseIsAdded() throws Exception {
        Files.writeString(tmp.resolve("worse_everywhere.yaml"), DOMINATED);
        Catalog catalog = CatalogLoader.standard().load(tmp);
        List<CourseOfAction> three = new ArrayList<>();
        for (String id : List.of("intelligence_sharing", "financial_sanctions", "port_scanning")) three.add(catalog.find(id).orElseThrow());
        List<CourseOfAction> four = new ArrayList<>(three);
        four.add(catalog.find("worse_everywhere").orElseThrow());

        for (CriterionWeights w : List.of(CriterionWeights.defaults(), CriterionWeights.parse("w.yaml", "members_change: 1\ncasualties_change: 1\n"))) {
            DecisionMatrix m3 = DecisionMatrix.build(runner().compare(three), w, 5, Range.Point.CENTRAL);
            DecisionMatrix m4 = DecisionMatrix.build(runner().compare(four), w, 5, Range.Point.CENTRAL);
            DecisionMatrix.Row worse = m4.row("worse_everywhere");
            for (DecisionMatrix.Row r : m3.rows()) {
                for (Criterion c : Criterion.values()) {
                    assertThat(worse.raw().get(c)).as("%s on %s", r.id(), c.id()).isGreaterThanOrEqualTo(r.raw().get(c));
                }
                assertThat(m4.row(r.id()).rank()).as(r.id()).isEqualTo(r.rank());
                assertThat(m4.row(r.id()).score()).as(r.id()).isEqualTo(r.score());
            }
            assertThat(worse.rank()).isEqualTo(4);
            System.out.println("weights " + w.weights() + ": " + m3.ranked().stream().map(r -> r.id() + " " + String.format("%.4f", r.score())).toList());
        }
    }

    @Test
    void scalesAreFixedAndAnchoredAtTheStatusQuo() {
        assertThat(Criterion.MEMBERS_CHANGE.scale().normalise(0)).isEqualTo(0.5);
        assertThat(Criterion.CASUALTIES_CHANGE.scale().normalise(-50)).isEqualTo(1.0);
        assertThat(Criterion.CASUALTIES_CHANGE.scale().normalise(50)).isEqualTo(0.0);
        assertThat(Criterion.ESCALATION.scale().normalise(4)).isEqualTo(0.0);
        assertThat(Criterion.ESCALATION.scale().normalise(1)).isEqualTo(0.75);
        assertThat(Criterion.LEGAL_BURDEN.scale().normalise(0)).isEqualTo(1.0);
        assertThat(Criterion.LEGAL_BURDEN.scale().normalise(LegalScore.MAX)).isEqualTo(0.0);
        // beyond the ends: linear, not clamped, and flagged
        assertThat(Criterion.MEMBERS_CHANGE.scale().normalise(75)).isCloseTo(-0.25, within(1e-15));
        assertThat(Criterion.MEMBERS_CHANGE.scale().outside(75)).isTrue();
        assertThat(Criterion.MEMBERS_CHANGE.scale().outside(-50)).isFalse();
    }

    @Test
    void aSingleCourseIsNeverRankedAloneButAssessedAgainstTheStatusQuo() {
        Catalog catalog = Catalog.bundled();
        CourseOfAction sharing = catalog.find("intelligence_sharing").orElseThrow();
        Comparison alone = runner().compare(List.of(sharing));
        assertThatThrownBy(() -> DecisionMatrix.build(alone, CriterionWeights.defaults(), 5, Range.Point.CENTRAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assessed against the status quo");

        Comparison pair = runner().compare(List.of(catalog.find("status_quo").orElseThrow(), sharing));
        ComparisonAssessment a = ComparisonAssessment.of(pair, CriterionWeights.defaults(), 2000, 1);
        assertThat(a.matrix().assessedAgainstStatusQuo()).map(DecisionMatrix.Row::id).contains("intelligence_sharing");
        DecisionMatrix.Row sq = a.matrix().statusQuoRow().orElseThrow();
        assertThat(sq.normalised().get(Criterion.MEMBERS_CHANGE)).isEqualTo(0.5);
        double above = a.robustness().shareAboveStatusQuo().get("intelligence_sharing");
        assertThat(above).isBetween(0.0, 1.0);
        assertThat(a.robustness().shareAboveStatusQuo()).doesNotContainKey("status_quo");
        // the share above the status quo is the course's own: adding a third course does not change it
        Comparison three = runner().compare(List.of(catalog.find("status_quo").orElseThrow(), sharing, catalog.find("port_scanning").orElseThrow()));
        assertThat(ComparisonAssessment.of(three, CriterionWeights.defaults(), 2000, 1).robustness().shareAboveStatusQuo().get("intelligence_sharing"))
                .isEqualTo(above);
        System.out.printf("intelligence_sharing %.3f vs status quo %.3f; above it under %.1f%% of weightings%n",
                a.matrix().row("intelligence_sharing").score(), sq.score(), 100 * above);
    }
}
