package org.cartellab.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cartellab.data.DataFormatException;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.Pathway;
import org.cartellab.law.PathwayRoles;
import org.junit.jupiter.api.Test;

/**
 * Kinds of contradiction a generated legal pathway must never show, checked over every bundled course and both of its
 * consent cases: a consent variant that contradicts the course (a Mexican-led course "without Mexico's consent"), one
 * provision under two roles (50 U.S.C. 3093(e) as a constraint in the citation list and a basis in the pathway), and a
 * "who decides" line that names the same decider twice.
 */
class PathwayConsistencyTest {
    static final Catalog BUNDLED = Catalog.bundled();

    /**
     * Every bundled course's answer to "is Mexico's consent part of the course's definition?" (the audit of issue 13):
     * true for courses that by definition act with (or, for strikes without consent, against) Mexico's will; false where
     * consent is a variable worth comparing or irrelevant. A new course must be added here, so the choice is made.
     */
    static final Map<String, Boolean> CONSENT_FIXED = new TreeMap<>(Map.ofEntries(
            Map.entry("anti_corruption_justice", true), Map.entry("arms_trafficking", false), Map.entry("border_troops_tariffs", false),
            Map.entry("capture_operations", false), Map.entry("certification_conditionality", false), Map.entry("covert_disruption", false),
            Map.entry("expanded_surveillance", false), Map.entry("financial_sanctions", false), Map.entry("intelligence_sharing", true),
            Map.entry("maritime_interdiction", false), Map.entry("mexican_led_operations", true), Map.entry("port_scanning", false),
            Map.entry("precursor_diplomacy", false), Map.entry("recruitment_prevention", true), Map.entry("status_quo", true),
            Map.entry("strikes_with_consent", true), Map.entry("strikes_without_consent", true), Map.entry("terrorist_designations", false),
            Map.entry("training_vetted_units", true), Map.entry("transfers_extradition", true), Map.entry("us_demand_reduction", false),
            Map.entry("vessel_strikes", false)));

    static List<Pathway> shown(CoursePathway cp) {
        return cp.consentFixed() ? List.of(cp.assumed()) : List.of(cp.assumed(), cp.otherConsent());
    }

    @Test
    void aMexicanLedCourseHasNoVariantWithoutConsent() {
        CoursePathway led = BUNDLED.find("mexican_led_operations").orElseThrow().pathways().get(0);
        assertThat(led.block().conditions().consent()).isTrue();
        assertThat(led.consentFixed()).isTrue();
        assertThat(led.consentMatters()).as("no comparison is offered").isFalse();
        assertThat(led.otherConsent()).isSameAs(led.assumed());
        assertThatThrownBy(led::withoutConsent).isInstanceOf(IllegalStateException.class);
        assertThat(led.withConsent()).isSameAs(led.assumed());
        // the course still counts as needing consent in the decision matrix's needs_consent column
        assertThat(org.cartellab.law.LegalScore.consentMatters(List.of(led))).isTrue();
        CoursePathway against = BUNDLED.find("strikes_without_consent").orElseThrow().pathways().get(0);
        assertThatThrownBy(against::withConsent).isInstanceOf(IllegalStateException.class);
        assertThat(org.cartellab.law.LegalScore.consentMatters(List.of(against))).isFalse();
    }

    @Test
    void everyCourseStatesWhetherConsentIsPartOfItsDefinition() {
        Map<String, Boolean> actual = new TreeMap<>();
        for (CourseOfAction c : BUNDLED.all()) {
            for (CoursePathway cp : c.pathways()) actual.merge(c.id(), cp.consentFixed(), Boolean::logicalOr);
        }
        assertThat(actual).as("add a new course to CONSENT_FIXED after deciding").isEqualTo(CONSENT_FIXED);
        for (CourseOfAction c : BUNDLED.all()) {
            String words = (c.id() + " " + c.title()).toLowerCase(Locale.ROOT);
            boolean definitional = words.contains("consent") || words.contains("mexican-led") || words.contains("mexican_led");
            if (!definitional) continue;
            assertThat(c.pathways()).as(c.id() + " names consent or Mexico's lead in its title, so no variant may flip it")
                    .allSatisfy(cp -> assertThat(cp.consentFixed()).isTrue());
        }
    }

    @Test
    void theStrikesCoursesNameEachOtherAsTheOtherAssumption() throws IOException {
        CoursePathway with = BUNDLED.find("strikes_with_consent").orElseThrow().pathways().get(0);
        CoursePathway without = BUNDLED.find("strikes_without_consent").orElseThrow().pathways().get(0);
        assertThat(with.block().counterpart()).isEqualTo("strikes_without_consent");
        assertThat(without.block().counterpart()).isEqualTo("strikes_with_consent");
        // a counterpart needs consent fixed, and must exist with consent fixed the other way
        String text = bundledText("strikes_with_consent");
        assertThat(reject(text.replace("  consent_fixed: true\n", "")).getMessage()).contains("consent_counterpart").contains("consent_fixed");
        java.util.Map<String, CourseOfAction> byId = new java.util.LinkedHashMap<>();
        for (CourseOfAction c : BUNDLED.all()) byId.put(c.id(), c);
        java.util.Map<String, String> origins = new java.util.LinkedHashMap<>();
        for (String id : byId.keySet()) origins.put(id, id + ".yaml");
        CatalogLoader.checkCounterparts(byId, origins);
        byId.remove("strikes_without_consent");
        assertThatThrownBy(() -> CatalogLoader.checkCounterparts(byId, origins)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("unknown course 'strikes_without_consent'");
        byId.put("strikes_without_consent", BUNDLED.find("mexican_led_operations").orElseThrow());
        assertThatThrownBy(() -> CatalogLoader.checkCounterparts(byId, origins)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("does not fix consent the other way");
    }

    @Test
    void aCourseNamedWithConsentAssumesConsentAndOneNamedWithoutDoesNot() {
        for (CourseOfAction c : BUNDLED.all()) {
            String title = c.title().toLowerCase(Locale.ROOT);
            for (CoursePathway cp : c.pathways()) {
                if (title.contains("without") && title.contains("consent")) assertThat(cp.block().conditions().consent()).as(c.id()).isFalse();
                else if (title.contains("consent") || title.contains("mexican-led")) assertThat(cp.block().conditions().consent()).as(c.id()).isTrue();
            }
        }
    }

    @Test
    void noProvisionHasTwoRolesInAnyPathwayShown() {
        int checked = 0;
        for (CourseOfAction c : BUNDLED.all()) {
            for (CoursePathway cp : c.pathways()) {
                for (Pathway p : shown(cp)) {
                    PathwayRoles.of(p);
                    for (LegalBasis l : c.legal()) {
                        if (l.provision().isEmpty() || p != cp.assumed()) continue;
                        assertThat(PathwayRoles.conflict(p, l.provision(), l.role() == LegalBasis.Role.AUTHORITY)).as(c.id() + " " + l.provision()).isNull();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        // the reported case: 3093(e) is an exception the strikes' pathway rests on, listed once, as an authority
        for (String id : List.of("strikes_with_consent", "strikes_without_consent")) {
            CourseOfAction c = BUNDLED.find(id).orElseThrow();
            assertThat(c.pathways().get(0).assumed().of(Jurisdiction.US).basis()).contains("usc50-3093-e");
            assertThat(c.legal().stream().filter(l -> l.provision().equals("usc50-3093-e")).toList())
                    .singleElement().satisfies(l -> assertThat(l.role()).isEqualTo(LegalBasis.Role.AUTHORITY));
        }
    }

    @Test
    void theLoaderRefusesAConstraintThePathwayUsesAsABasisAndADoubleListing() throws IOException {
        String text = bundledText("strikes_without_consent");
        String asConstraint = text.replace("  - role: authority\n    jurisdiction: US\n    citation: 50 U.S.C. 3093(e)", "  - role: constraint\n    jurisdiction: US\n    citation: 50 U.S.C. 3093(e)");
        assertThat(asConstraint).isNotEqualTo(text);
        DataFormatException e = reject(asConstraint);
        assertThat(e.getMessage()).contains("legal[1].provision").contains("usc50-3093-e").contains("basis");
        String twice = text.replace("legal:\n", "legal:\n  - role: authority\n    jurisdiction: US\n    citation: again\n    note: again\n    provision: us-const-art-ii\n");
        assertThat(reject(twice).getMessage()).contains("us-const-art-ii").contains("already listed");
    }

    /**
     * The "who decides" line names each decider once: no two deciders of one jurisdiction's pathway begin with the same
     * actor (the text before any parenthesis or comma, with "of the United States" dropped).
     */
    @Test
    void whoDecidesNamesEachDeciderOnce() {
        List<String> repeats = new ArrayList<>();
        for (CourseOfAction c : BUNDLED.all()) {
            for (CoursePathway cp : c.pathways()) {
                for (Pathway p : shown(cp)) {
                    for (JurisdictionPathway j : p.jurisdictions()) {
                        TreeSet<String> heads = new TreeSet<>();
                        for (String d : org.cartellab.law.Deciders.merge(j.deciders())) {
                            if (!heads.add(head(d))) repeats.add(c.id() + " " + j.jurisdiction() + ": " + org.cartellab.law.Deciders.merge(j.deciders()));
                        }
                        assertThat(j.deciders()).as("no decider text holds a list; the assessor splits on '; '").noneMatch(d -> d.contains("; "));
                        assertThat(j.deciders()).as(c.id() + ": each decider names an actor, capitalised").allMatch(d -> Character.isUpperCase(d.codePointAt(0)));
                    }
                }
            }
        }
        assertThat(repeats).isEmpty();
    }

    /** No reasoning line repeats a line of the same pathway, and no knowledge-base id is named as the subject twice. */
    @Test
    void reasoningNeverSaysTheSameThingTwice() {
        for (CourseOfAction c : BUNDLED.all()) {
            for (CoursePathway cp : c.pathways()) {
                for (Pathway p : shown(cp)) {
                    for (JurisdictionPathway j : p.jurisdictions()) {
                        assertThat(j.reasoning()).as(c.id() + " " + j.jurisdiction()).doesNotHaveDuplicates();
                        long named = j.reasoning().stream().filter(r -> r.startsWith("The basis ") && r.endsWith("no prohibition applies unanswered.")).count();
                        for (String r : j.reasoning()) {
                            if (!r.startsWith("The basis ") || !r.endsWith("no prohibition applies unanswered.")) continue;
                            for (String id : r.substring("The basis ".length(), r.indexOf(" applies")).split(", ")) {
                                assertThat(j.reasoning().stream().filter(x -> x != r && x.contains(" " + id + ".")).toList())
                                        .as(c.id() + " " + j.jurisdiction() + ": " + id + " is already named as an answer").isEmpty();
                            }
                        }
                        assertThat(named).isLessThanOrEqualTo(1);
                    }
                }
            }
        }
        // the reported shape: Mexico's authorisation answers art. 40 and is not named again as "the basis"
        JurisdictionPathway mx = BUNDLED.find("mexican_led_operations").orElseThrow().pathways().get(0).assumed().of(Jurisdiction.MX);
        assertThat(mx.reasoning()).containsExactly("mx-const-40 applies and is answered by mx-state-authorisation.",
                "Every prohibition that applies is answered, and the basis is in force.");
    }

    static String head(String decider) {
        String h = decider.split("[(,]| with | and | or | at | under | on | after ")[0].trim().toLowerCase(Locale.ROOT).replace(" of the united states", "");
        h = h.replaceAll("^(the|us|u\\.s\\.)\\s+", "").replaceAll("^(the|us|u\\.s\\.)\\s+", "");
        return h.replaceAll("\\s+", " ");
    }

    @Test
    void oneActorWithTwoRolesIsPrintedOnceWithBoth() {
        assertThat(org.cartellab.law.Deciders.merge(List.of("The Secretary of Defense (with the Secretary of State's concurrence)", "The Secretary of State",
                "The Secretary of Defense (for 10 U.S.C. 362)", "the secretary of state")))
                .containsExactly("The Secretary of Defense (with the Secretary of State's concurrence; for 10 U.S.C. 362)", "The Secretary of State");
        assertThat(org.cartellab.law.Deciders.merge(List.of("El Presidente (determinación)", "El Congreso (puede revertirla)", "El Presidente")))
                .containsExactly("El Presidente (determinación)", "El Congreso (puede revertirla)");
    }

    @Test
    void theHeadOfADeciderIgnoresItsRole() {
        assertThat(head("The President of the United States")).isEqualTo(head("The President (the determination)"));
        assertThat(head("The Attorney General (prosecution)")).isEqualTo(head("The Attorney General, on referral"));
        assertThat(head("The Senate of Mexico")).isNotEqualTo(head("The President"));
        assertThat(head("US federal courts")).isEqualTo(head("federal courts"));
        assertThat(head("Mexico's President")).isNotEqualTo(head("The President"));
    }

    static String bundledText(String id) throws IOException {
        try (InputStream in = PathwayConsistencyTest.class.getResourceAsStream("/org/cartellab/policy/coa/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static DataFormatException reject(String text) {
        try {
            CourseOfActionParser.parse("test.yaml", text, CourseOfActionParserTest.SOURCES, CourseOfActionParserTest.nodeIds());
        } catch (DataFormatException e) {
            return e;
        }
        throw new AssertionError("expected the file to be rejected");
    }
}
