package org.cartellab.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CatalogLoader;
import org.junit.jupiter.api.Test;

/**
 * How entries are worded in sentences: the status phrase follows the instrument (a ruling is decided, a treaty is in
 * force since, an executive order is signed) and short citations replace ids (the renderers' use of them is tested in
 * the app's LawWordsTest).
 */
class ProvisionWordingTest {
    static final KnowledgeBase KB = KnowledgeBase.bundled();
    static final Catalog CATALOG = CatalogLoader.bundled();

    @Test
    void aRulingIsDecidedNotInForce() {
        Provision p = KB.get("hernandez-v-mesa");
        assertThat(Instrument.of(p)).isEqualTo(Instrument.RULING);
        assertThat(StatusPhrase.english(p)).isEqualTo("decided " + p.status().date()).doesNotContain("in force");
        assertThat(StatusPhrase.key(p)).isEqualTo("law.state.in_force.ruling");
        for (String id : List.of("al-aulaqi-v-panetta", "alvarez-machain")) assertThat(Instrument.of(KB.get(id))).as(id).isEqualTo(Instrument.RULING);
    }

    @Test
    void treatiesExecutiveOrdersAndStatutesHaveTheirOwnWording() {
        assertThat(Instrument.of(KB.get("un-charter-2-4"))).isEqualTo(Instrument.TREATY);
        assertThat(StatusPhrase.english(KB.get("un-charter-2-4"))).startsWith("in force since ");
        assertThat(Instrument.of(KB.get("us-mx-extradition-treaty"))).isEqualTo(Instrument.TREATY);
        assertThat(Instrument.of(KB.get("eo12333-2-11"))).isEqualTo(Instrument.EXECUTIVE_ORDER);
        assertThat(StatusPhrase.english(KB.get("eo12333-2-11"))).startsWith("signed ").endsWith(", in effect");
        assertThat(Instrument.of(KB.get("usc50-3093-a"))).isEqualTo(Instrument.STATUTE);
        assertThat(StatusPhrase.english(KB.get("usc50-3093-a"))).startsWith("in force as of ");
        // a customary rule stated by the ICJ is not a ruling, and a statute read in a case is still a statute
        assertThat(Instrument.of(KB.get("customary-non-intervention"))).isEqualTo(Instrument.OTHER);
        assertThat(Instrument.of(KB.get("plcaa-7903"))).isEqualTo(Instrument.STATUTE);
        // open questions keep "contested as of" whatever they cite
        assertThat(StatusPhrase.english(KB.get("oq-niac-threshold"))).startsWith("contested as of ");
    }

    @Test
    void noRulingInTheBaseIsWordedAsInForce() {
        List<String> wrong = new ArrayList<>();
        for (Provision p : KB.all()) {
            if (Instrument.of(p) == Instrument.RULING && StatusPhrase.english(p).contains("in force")) wrong.add(p.id());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shortCitationsAreReadableAndNeverTheId() {
        assertThat(ShortCitation.of(KB.get("usc50-3093-a"))).isEqualTo("50 U.S.C. 3093(a)");
        assertThat(ShortCitation.of(KB.get("usc50-3093-e"))).isEqualTo("50 U.S.C. 3093(e)");
        assertThat(ShortCitation.of(KB.get("eo12333-2-11"))).isEqualTo("Executive Order 12333, sec. 2.11");
        assertThat(ShortCitation.of(KB.get("hernandez-v-mesa"))).isEqualTo("Hernandez v. Mesa, 589 U.S. 93 (2020)");
        assertThat(ShortCitation.of(KB.get("us-const-art-ii"))).isEqualTo("US Constitution, art. II");
        assertThat(ShortCitation.of("Orden Ejecutiva 12333 (1981, con sus reformas), sec. 2.11, prohibición del asesinato"))
                .isEqualTo("Orden Ejecutiva 12333, sec. 2.11");
        for (Provision p : KB.all()) {
            String s = ShortCitation.of(p);
            assertThat(s).as(p.id()).isNotBlank().isNotEqualTo(p.id()).doesNotContain(p.id());
            assertThat(s.length()).as(p.id() + ": " + s).isLessThanOrEqualTo(p.citation().length());
        }
    }
}
