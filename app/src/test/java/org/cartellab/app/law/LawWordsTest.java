package org.cartellab.app.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cartellab.app.i18n.Messages;
import org.cartellab.i18n.Language;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Pathway;
import org.cartellab.law.Provision;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.junit.jupiter.api.Test;

/** No sentence the renderers print about a pathway is built from knowledge-base ids, in English or Spanish. */
class LawWordsTest {
    static final KnowledgeBase KB = KnowledgeBase.bundled();

    @Test
    void reasoningAndDisplacedDutiesNameEntriesByCitationInBothLanguages() {
        List<String> withIds = new ArrayList<>();
        int lines = 0;
        for (Messages t : List.of(Messages.english(), Messages.of(Language.ES))) {
            for (CourseOfAction c : Catalog.bundled().all()) {
                for (CoursePathway cp : c.pathways()) {
                    for (Pathway pw : cp.consentFixed() ? List.of(cp.assumed()) : List.of(cp.withConsent(), cp.withoutConsent())) {
                        for (JurisdictionPathway j : pw.jurisdictions()) {
                            List<String> out = new ArrayList<>(LawWords.reasoning(j, KB, t));
                            if (!j.displaced().isEmpty()) out.add(LawWords.displaced(j, KB, t));
                            for (String line : out) {
                                lines++;
                                for (Provision p : KB.all()) {
                                    if (Pattern.compile("(?<![A-Za-z0-9._-])" + Pattern.quote(p.id()) + "(?![A-Za-z0-9_-])").matcher(line).find()) {
                                        withIds.add(t.language() + " " + c.id() + ": " + line);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(lines).isGreaterThan(100);
        assertThat(withIds).isEmpty();
    }

    @Test
    void theDisplacedCovertActionDutiesOfStrikesWithoutConsentReadAsCitations() {
        CourseOfAction c = Catalog.bundled().find("strikes_without_consent").orElseThrow();
        JurisdictionPathway us = c.pathways().get(0).assumed().of(org.cartellab.law.Jurisdiction.US);
        assertThat(us.displaced()).contains("usc50-3093-a by usc50-3093-e");
        assertThat(LawWords.displaced(us, KB, Messages.english())).contains("50 U.S.C. 3093(a) (displaced by 50 U.S.C. 3093(e))")
                .doesNotContain("usc50-");
        assertThat(LawWords.displaced(us, KB, Messages.of(Language.ES))).contains("(desplazada por 50 U.S.C. 3093(e))");
    }

    @Test
    void aRulingReadsDecidedInBothLanguages() {
        Provision hernandez = KB.get("hernandez-v-mesa");
        assertThat(LawWords.status(hernandez, Messages.english())).isEqualTo("decided " + hernandez.status().date());
        assertThat(LawWords.status(hernandez, Messages.of(Language.ES))).startsWith("sentencia del ").doesNotContain("vigente");
        assertThat(LawWords.status(KB.get("un-charter-2-4"), Messages.of(Language.ES))).startsWith("en vigor desde el ");
    }

    @Test
    void readableLeavesLongerIdsAndOtherWordsAlone() {
        String s = LawWords.readable("un-charter-51-report follows un-charter-51.", KB, Messages.english());
        assertThat(s).doesNotContain("un-charter-51").contains(org.cartellab.law.ShortCitation.of(KB.get("un-charter-51-report")));
    }
}
