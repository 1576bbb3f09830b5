package org.cartellab.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CatalogLoader;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LegalBasis;
import org.junit.jupiter.api.Test;

/** The bundled knowledge base and the pathways of the bundled courses of action. */
class PathwayTest {
    static final KnowledgeBase KB = KnowledgeBase.bundled();
    static final Catalog CATALOG = CatalogLoader.bundled();

    static CoursePathway pathway(String id) {
        return CATALOG.find(id).orElseThrow().pathways().get(0);
    }

    @Test
    void noStruckDownOrExpiredEntryIsEverABasis() {
        for (CourseOfAction c : CATALOG.all()) {
            for (CoursePathway cp : c.pathways()) {
                for (Pathway p : List.of(cp.assumed(), cp.otherConsent())) {
                    for (JurisdictionPathway j : p.jurisdictions()) {
                        for (String id : j.basis()) {
                            assertThat(KB.get(id).status().state().isDead()).as(c.id() + " rests on " + id).isFalse();
                            assertThat(KB.get(id).kind().canBeBasis()).as(c.id() + " rests on " + id).isTrue();
                        }
                    }
                }
            }
            for (LegalBasis l : c.legal()) {
                if (l.role() == LegalBasis.Role.AUTHORITY && !l.provision().isEmpty()) {
                    assertThat(KB.get(l.provision()).usableAsBasis()).as(c.id() + " lists " + l.provision() + " as an authority").isTrue();
                }
            }
        }
    }

    @Test
    void unCharterArticle2_4IsNeverAnAuthority() {
        Provision p = KB.get("un-charter-2-4");
        assertThat(p.kind()).isEqualTo(ProvisionKind.PROHIBITION);
        assertThat(p.usableAsBasis()).isFalse();
        for (CourseOfAction c : CATALOG.all()) {
            for (LegalBasis l : c.legal()) {
                if (l.provision().equals("un-charter-2-4")) assertThat(l.role()).as(c.id()).isEqualTo(LegalBasis.Role.CONSTRAINT);
                if (l.citation().contains("2(4)")) assertThat(l.role()).as(c.id() + ": " + l.citation()).isEqualTo(LegalBasis.Role.CONSTRAINT);
            }
            for (CoursePathway cp : c.pathways()) {
                for (JurisdictionPathway j : cp.assumed().jurisdictions()) assertThat(j.basis()).as(c.id()).doesNotContain("un-charter-2-4");
            }
        }
    }

    @Test
    void ieepaIsStruckDownForTariffsButStillUnderpinsSanctions() {
        assertThat(KB.get("ieepa-tariffs").status().state()).isEqualTo(Status.State.STRUCK_DOWN);
        assertThat(KB.get("ieepa-tariffs").status().date()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(KB.get("ieepa-sanctions").usableAsBasis()).isTrue();
        JurisdictionPathway us = CATALOG.find("financial_sanctions").orElseThrow().pathways().get(0).assumed().of(Jurisdiction.US);
        assertThat(us.basis()).contains("ieepa-sanctions");
    }

    @Test
    void strikesDifferWithAndWithoutConsentComputedFromTheSameData() {
        // Consent is part of each course's definition, so the two readings are the two courses, computed from the same
        // knowledge base under conditions that differ only in consent.
        CoursePathway with = pathway("strikes_with_consent");
        CoursePathway without = pathway("strikes_without_consent");
        assertThat(with.consentFixed()).isTrue();
        assertThat(without.consentFixed()).isTrue();
        assertThat(with.block().conditions().withConsent(false)).isEqualTo(without.block().conditions());
        Pathway w = with.withConsent();
        Pathway wo = without.withoutConsent();
        assertThat(w.of(Jurisdiction.INTERNATIONAL).assessment()).isEqualTo(Assessment.CONTESTED);
        assertThat(wo.of(Jurisdiction.INTERNATIONAL).assessment()).isEqualTo(Assessment.PRIMA_FACIE_UNLAWFUL);
        assertThat(w.of(Jurisdiction.MX).assessment()).isEqualTo(Assessment.CONTESTED);
        assertThat(wo.of(Jurisdiction.MX).assessment()).isEqualTo(Assessment.PRIMA_FACIE_UNLAWFUL);
        // Consent answers art. 2(4) through ILC art. 20; without it only the contested self-defence claim remains.
        assertThat(w.of(Jurisdiction.INTERNATIONAL).basis()).contains("ilc-arsiwa-20").doesNotContain("un-charter-51");
        assertThat(wo.of(Jurisdiction.INTERNATIONAL).basis()).contains("un-charter-51").doesNotContain("ilc-arsiwa-20");
        // Mexico's Senate decides only when there is consent to seek; the US notice duties are the same either way.
        assertThat(w.of(Jurisdiction.MX).needs()).contains("mx-const-76-iii");
        assertThat(w.of(Jurisdiction.US).notices()).isEqualTo(wo.of(Jurisdiction.US).notices());
    }

    @Test
    void militaryStrikesAreTraditionalMilitaryActivitiesNotCovertAction() {
        JurisdictionPathway us = pathway("strikes_without_consent").assumed().of(Jurisdiction.US);
        assertThat(us.displaced()).contains("usc50-3093-a by usc50-3093-e");
        assertThat(us.notices()).contains("wpr-1543a-report", "usc50-1543a", "usc10-130f");
        assertThat(us.openQuestions()).contains("oq-eo12333-readings");
    }

    @Test
    void covertNonForcibleActionIsMeasuredByNonInterventionNotArticle2_4() {
        JurisdictionPathway intl = pathway("covert_disruption").assumed().of(Jurisdiction.INTERNATIONAL);
        assertThat(intl.prohibitions()).contains("customary-non-intervention").doesNotContain("un-charter-2-4");
    }

    @Test
    void surveillanceFlightsMeetAirspaceRules() {
        CourseOfAction c = CATALOG.find("expanded_surveillance").orElseThrow();
        CoursePathway flights = c.pathways().stream().filter(p -> p.block().part().equals("flights")).findFirst().orElseThrow();
        assertThat(flights.withoutConsent().of(Jurisdiction.INTERNATIONAL).prohibitions()).contains("chicago-convention-3c");
        assertThat(flights.withoutConsent().of(Jurisdiction.MX).prohibitions()).contains("mx-const-42-vi");
        assertThat(flights.withoutConsent().of(Jurisdiction.MX).assessment()).isEqualTo(Assessment.PRIMA_FACIE_UNLAWFUL);
    }

    @Test
    void legalScoreIsTheWeightedMeanOfTheWorstAssessmentPerJurisdiction() {
        CourseOfAction c = CATALOG.find("strikes_without_consent").orElseThrow();
        double expected = 0;
        for (Jurisdiction j : Jurisdiction.values()) expected += c.pathways().get(0).assumed().of(j).assessment().score();
        assertThat(LegalScore.of(c.pathways())).isEqualTo(expected / 3);
        assertThat(LegalScore.of(pathwaysOf("status_quo"))).isEqualTo(0.0);
        assertThat(LegalScore.of(pathwaysOf("strikes_without_consent"))).isGreaterThan(LegalScore.of(pathwaysOf("strikes_with_consent")));
    }

    static List<CoursePathway> pathwaysOf(String id) { return CATALOG.find(id).orElseThrow().pathways(); }
}
