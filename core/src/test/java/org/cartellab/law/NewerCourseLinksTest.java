package org.cartellab.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CatalogLoader;
import org.junit.jupiter.api.Test;

/**
 * The knowledge-base entries added for the newer courses (maritime jurisdiction, extraterritorial drug charges, the
 * PLCAA, precursor controls, the Venezuela OLC opinion) reach the computed pathways through the courses' links.
 */
class NewerCourseLinksTest {
    static final KnowledgeBase KB = KnowledgeBase.bundled();
    static final Catalog CATALOG = CatalogLoader.bundled();

    static CoursePathway part(String id, int i) {
        return CATALOG.find(id).orElseThrow().pathways().get(i);
    }

    @Test
    void interdictionRestsOnMdleaJurisdictionAndFlagStateConsentOrStatelessness() {
        Pathway p = part("maritime_interdiction", 0).assumed();
        assertThat(p.of(Jurisdiction.US).basis()).contains("mdlea-70501", "mdlea-70502");
        JurisdictionPathway intl = p.of(Jurisdiction.INTERNATIONAL);
        assertThat(intl.engaged()).isTrue();
        assertThat(intl.prohibitions()).contains("unclos-92-flag-jurisdiction");
        assertThat(intl.basis()).contains("un-1988-art17", "unclos-110-visit");
        assertThat(intl.assessment()).isEqualTo(Assessment.CLEAR);
    }

    @Test
    void lethalStrikesMeetFlagJurisdictionWithoutTheBoardingExceptions() {
        JurisdictionPathway intl = part("vessel_strikes", 0).assumed().of(Jurisdiction.INTERNATIONAL);
        assertThat(intl.prohibitions()).contains("unclos-92-flag-jurisdiction");
        assertThat(intl.basis()).doesNotContain("un-1988-art17", "unclos-110-visit");
        assertThat(intl.openQuestions()).contains("oq-force-at-sea");
        assertThat(intl.assessment()).isNotEqualTo(Assessment.CLEAR);
    }

    @Test
    void armsTraffickingShowsThePlcaaExposureAsReadInSmithAndWesson() {
        Provision plcaa = KB.get("plcaa-7903");
        assertThat(plcaa.kind()).isEqualTo(ProvisionKind.LIABILITY_EXPOSURE);
        assertThat(plcaa.usableAsBasis()).isFalse();
        assertThat(plcaa.status().date()).isEqualTo(LocalDate.of(2025, 6, 5));
        JurisdictionPathway us = part("arms_trafficking", 0).assumed().of(Jurisdiction.US);
        assertThat(us.basis()).contains("usc18-932-933");
        assertThat(us.exposure()).contains("plcaa-7903");
        // Cooperation with Mexico (tracing) rests on the 2025 joint statement only when Mexico takes part.
        CoursePathway arms = part("arms_trafficking", 0);
        assertThat(arms.withConsent().of(Jurisdiction.INTERNATIONAL).basis()).contains("us-mx-joint-statement-2025");
        assertThat(arms.withoutConsent().of(Jurisdiction.INTERNATIONAL).unavailable()).contains("us-mx-joint-statement-2025");
    }

    @Test
    void extraterritorialDrugChargesUnderlieTransfersAndCaptures() {
        assertThat(part("transfers_extradition", 0).assumed().of(Jurisdiction.US).basis()).contains("usc21-959-963");
        assertThat(part("capture_operations", 1).assumed().of(Jurisdiction.US).basis()).contains("usc21-959-963");
    }

    @Test
    void captureRestsOnTheContestedOlcOpinionWhichDoesNotAnswerTheMansfieldAmendment() {
        Provision olc = KB.get("olc-venezuela-2025");
        assertThat(olc.status().state()).isEqualTo(Status.State.CONTESTED);
        assertThat(olc.status().date()).isEqualTo(LocalDate.of(2025, 12, 23));
        JurisdictionPathway military = part("capture_operations", 0).assumed().of(Jurisdiction.US);
        assertThat(military.basis()).contains("olc-venezuela-2025").doesNotContain("us-const-art-ii");
        assertThat(military.assessment()).isEqualTo(Assessment.CONTESTED);
        JurisdictionPathway arrest = part("capture_operations", 1).assumed().of(Jurisdiction.US);
        assertThat(arrest.basis()).contains("olc-venezuela-2025");
        assertThat(arrest.prohibitions()).contains("mansfield-2291c");
        assertThat(arrest.assessment()).isEqualTo(Assessment.PRIMA_FACIE_UNLAWFUL);
    }

    @Test
    void precursorDiplomacyRestsOnArticle12AndFlagsChinasCommitmentForReview() {
        JurisdictionPathway intl = part("precursor_diplomacy", 0).assumed().of(Jurisdiction.INTERNATIONAL);
        assertThat(intl.engaged()).isTrue();
        assertThat(intl.basis()).contains("un-1988-art12", "china-precursor-licensing-2025");
        assertThat(KB.get("china-precursor-licensing-2025").possiblyStale(KB.reviewed())).isTrue();
    }
}
