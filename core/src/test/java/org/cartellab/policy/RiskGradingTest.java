package org.cartellab.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.evidence.Reliability;
import org.junit.jupiter.api.Test;

/**
 * Every risk level in the bundled catalog is either tied to a source that gives a level-relevant fact, or flagged as
 * the catalog's judgment; a level resting only on low-reliability reporting is never shown as sourced.
 */
class RiskGradingTest {
    static final Catalog BUNDLED = Catalog.bundled();
    static final EvidenceCatalog LEDGER = BUNDLED.sources();

    static boolean low(String id) {
        return LEDGER.get(id).reliabilityGrade().map(r -> r.grade() == Reliability.Grade.LOW || r.grade() == Reliability.Grade.UNVERIFIED).orElse(false);
    }

    @Test
    void everyLevelHasALevelRelevantSourceOrAJudgmentFlag() {
        int sourced = 0;
        int judged = 0;
        for (CourseOfAction c : BUNDLED.all()) {
            assertThat(c.risks().keySet()).as(c.id()).containsExactlyInAnyOrder(RiskDimension.values());
            for (RiskRating r : c.risks().values()) {
                String where = c.id() + "." + r.dimension().id();
                assertThat(r.evidence().rationale()).as(where).isNotBlank();
                if (r.judgment()) {
                    judged++;
                    assertThat(r.fact()).as(where + ": a judgment carries no level fact").isEmpty();
                } else {
                    sourced++;
                    assertThat(r.fact()).as(where + ": a sourced level states its fact").isNotBlank();
                    assertThat(r.evidence().sources()).as(where).isNotEmpty();
                    assertThat(r.evidence().sources()).as(where + ": not only low-reliability sources").anyMatch(id -> !low(id));
                    assertThat(r.evidence().rationale()).as(where + ": says why the fact gives this level").isNotEqualTo(r.fact());
                }
                boolean onlyLow = !r.evidence().sources().isEmpty() && r.evidence().sources().stream().allMatch(RiskGradingTest::low);
                assertThat(r.lowReliabilityOnly()).as(where).isEqualTo(onlyLow);
            }
        }
        System.out.printf("risk levels: %d sourced, %d judgment, %d courses x %d dimensions%n", sourced, judged, BUNDLED.size(), RiskDimension.values().length);
        assertThat(sourced + judged).isEqualTo(BUNDLED.size() * RiskDimension.values().length);
        assertThat(sourced).as("some levels do rest on level-relevant facts").isPositive();
        assertThat(judged).as("most levels are judgments; the catalog must not pretend otherwise").isGreaterThan(sourced);
    }

    @Test
    void aRatingThatRestsOnlyOnALowReliabilitySeedSaysSo() {
        // strikes_with_consent's escalation cites only seed 001 (graded low): it is a judgment and flagged
        RiskRating r = BUNDLED.find("strikes_with_consent").orElseThrow().risks().get(RiskDimension.ESCALATION);
        assertThat(r.evidence().sources()).containsExactly("seed-001");
        assertThat(r.judgment()).isTrue();
        assertThat(r.lowReliabilityOnly()).isTrue();
    }

    @Test
    void theLevelsOnceShownAsSourcedForADirectionAreNowJudgmentsUnlessAFactGivesTheLevel() {
        // direction-only levels from the 2025 catalog, re-graded: these have no level-relevant fact and must be judgments
        List<String[]> judgments = List.of(
                new String[] {"border_troops_tariffs", "diplomatic_backlash"}, new String[] {"expanded_surveillance", "escalation"},
                new String[] {"expanded_surveillance", "civil_liberties"}, new String[] {"intelligence_sharing", "civil_liberties"},
                new String[] {"terrorist_designations", "diplomatic_backlash"}, new String[] {"terrorist_designations", "escalation"},
                new String[] {"terrorist_designations", "civil_liberties"});
        for (String[] j : judgments) {
            RiskRating r = BUNDLED.find(j[0]).orElseThrow().risks().get(RiskDimension.fromId(j[1]));
            assertThat(r.judgment()).as(j[0] + "." + j[1]).isTrue();
        }
    }

    @Test
    void theNewCoursesAreInTheCatalogWithLeversLawAndEveryRisk() {
        List<String> ids = List.of("maritime_interdiction", "vessel_strikes", "transfers_extradition", "mexican_led_operations",
                "arms_trafficking", "precursor_diplomacy", "anti_corruption_justice", "certification_conditionality", "capture_operations");
        assertThat(BUNDLED.ids()).containsAll(ids);
        for (String id : ids) {
            CourseOfAction c = BUNDLED.find(id).orElseThrow();
            assertThat(c.levers()).as(id).isNotEmpty();
            assertThat(c.legal()).as(id).isNotEmpty();
            assertThat(c.risks()).as(id).hasSize(RiskDimension.values().length);
            for (LeverEffect e : c.levers()) {
                assertThat(e.evidence().assumption() || !e.evidence().sources().isEmpty()).as(id).isTrue();
                // strategic level only: leadership removal names no person, only the top-k by rank
                if (e.lever() == Lever.LEADERSHIP_REMOVAL) assertThat(e.settings().get(LeverSettings.TARGETS)).as(id).isInstanceOf(Integer.class);
            }
        }
        // interdiction and lethal strikes are two courses so they can be compared: same waters, different legal and partner risks
        CourseOfAction interdiction = BUNDLED.find("maritime_interdiction").orElseThrow();
        CourseOfAction strikes = BUNDLED.find("vessel_strikes").orElseThrow();
        for (RiskDimension d : List.of(RiskDimension.US_PERSONNEL_LEGAL_EXPOSURE, RiskDimension.PARTNER_INTELLIGENCE_LOSS, RiskDimension.NORM_EROSION)) {
            assertThat(strikes.risks().get(d).level()).as(d.id()).isGreaterThan(interdiction.risks().get(d).level());
        }
    }
}
