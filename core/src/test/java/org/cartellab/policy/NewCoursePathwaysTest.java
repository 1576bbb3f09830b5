package org.cartellab.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cartellab.law.Assessment;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.JurisdictionPathway;
import org.junit.jupiter.api.Test;

/**
 * The pathway conditions written for the courses the 2025-26 debate added give the legal reading their facts imply,
 * computed from the knowledge base (not written into the courses).
 */
class NewCoursePathwaysTest {
    static final Catalog BUNDLED = Catalog.bundled();

    static JurisdictionPathway assumed(String id, int part, Jurisdiction j) {
        return BUNDLED.find(id).orElseThrow().pathways().get(part).assumed().of(j);
    }

    @Test
    void printTheNewCoursesPathways() {
        for (String id : List.of("maritime_interdiction", "vessel_strikes", "transfers_extradition", "mexican_led_operations", "arms_trafficking",
                "precursor_diplomacy", "anti_corruption_justice", "certification_conditionality", "capture_operations")) {
            for (CoursePathway p : BUNDLED.find(id).orElseThrow().pathways()) {
                StringBuilder b = new StringBuilder(id + (p.block().part().isEmpty() ? "" : " [" + p.block().part() + "]") + ":");
                for (JurisdictionPathway j : p.assumed().jurisdictions()) b.append(' ').append(j.jurisdiction()).append('=').append(j.assessment().label()).append(' ').append(j.basis());
                System.out.println(b);
            }
        }
    }

    @Test
    void interdictionAtSeaRestsClearlyOnTheMdleaWhileLethalStrikesDoNot() {
        JurisdictionPathway interdiction = assumed("maritime_interdiction", 0, Jurisdiction.US);
        assertThat(interdiction.basis()).contains("mdlea-70501");
        assertThat(interdiction.assessment()).isEqualTo(Assessment.CLEAR);
        for (Jurisdiction j : List.of(Jurisdiction.US, Jurisdiction.INTERNATIONAL)) {
            assertThat(assumed("vessel_strikes", 0, j).assessment().ordinal()).as(j.name())
                    .isGreaterThan(assumed("maritime_interdiction", 0, j).assessment().ordinal());
        }
    }

    @Test
    void captureWithoutConsentMeetsProhibitionsInEveryJurisdiction() {
        CourseOfAction c = BUNDLED.find("capture_operations").orElseThrow();
        assertThat(c.pathways()).hasSize(2);
        assertThat(assumed("capture_operations", 0, Jurisdiction.INTERNATIONAL).prohibitions()).contains("un-charter-2-4");
        assertThat(assumed("capture_operations", 0, Jurisdiction.MX).prohibitions()).contains("mx-const-40");
        assertThat(assumed("capture_operations", 1, Jurisdiction.US).prohibitions()).contains("mansfield-2291c");
        for (int part = 0; part < 2; part++) {
            for (Jurisdiction j : Jurisdiction.values()) {
                if (!assumed("capture_operations", part, j).engaged()) continue;
                assertThat(assumed("capture_operations", part, j).assessment()).as(part + " " + j).isNotEqualTo(Assessment.CLEAR);
            }
        }
        // Mexican-led operations with consent meet the same constitutional article, answered by Mexico's authorisation
        JurisdictionPathway led = assumed("mexican_led_operations", 0, Jurisdiction.MX);
        assertThat(led.assessment()).isNotEqualTo(Assessment.PRIMA_FACIE_UNLAWFUL);
        // and, being Mexican-led, it has no variant without Mexico's consent (PathwayConsistencyTest)
        assertThat(BUNDLED.find("mexican_led_operations").orElseThrow().pathways().get(0).consentFixed()).isTrue();
    }
}
