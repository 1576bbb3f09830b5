package org.cartellab.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cartellab.data.DataFormatException;
import org.junit.jupiter.api.Test;

class KnowledgeBaseLoaderTest {
    static final String INDEX = "reviewed: 2026-11-29\nfiles: [t.yaml]\n";

    /** A valid file of two entries; each test breaks one thing (line numbers refer to this text). */
    static final String VALID = """
            provisions:
              - id: p-ban
                jurisdiction: INTERNATIONAL
                kind: prohibition
                citation: A ban
                requires: Bans force abroad.
                applies_when: {force: [lethal], place: [mx_territory]}
                status: {state: in_force, date: 1945-10-24}
                sources:
                  - {role: primary, title: The ban, date: 1945-06-26}
                  - {role: confirmed, title: A page, date: 2026-11-29}
              - id: e-consent
                jurisdiction: INTERNATIONAL
                kind: exception
                citation: Consent
                requires: Consent answers the ban.
                applies_when: {consent: true}
                answers: [p-ban]
                status: {state: in_force, date: 2001-12-12}
                sources:
                  - {role: primary, title: Articles, date: 2001-08-10}
                verified: false
            """;

    static KnowledgeBase parse(String file) {
        return KnowledgeBaseLoader.parse("kb.yaml", INDEX, name -> file, "");
    }

    static DataFormatException reject(String file) {
        try {
            parse(file);
        } catch (DataFormatException e) {
            return e;
        }
        throw new AssertionError("expected a DataFormatException");
    }

    @Test
    void validFileLoadsWithReviewDateAndEntries() {
        KnowledgeBase kb = parse(VALID);
        assertThat(kb.reviewed()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(kb.get("e-consent").answers()).containsExactly("p-ban");
        assertThat(kb.get("e-consent").verified()).isFalse();
        assertThat(kb.get("p-ban").verified()).isTrue();
    }

    @Test
    void statusWithoutDateIsRefusedWithFileLineAndField() {
        DataFormatException e = reject(VALID.replace("status: {state: in_force, date: 1945-10-24}", "status: {state: in_force}"));
        assertThat(e.getMessage()).startsWith("t.yaml, line 8, field 'provisions[0].status.date'").contains("missing");
    }

    @Test
    void sourceWithoutDateIsRefused() {
        DataFormatException e = reject(VALID.replace("{role: primary, title: The ban, date: 1945-06-26}", "{role: primary, title: The ban}"));
        assertThat(e.getMessage()).startsWith("t.yaml, line 10, field 'provisions[0].sources[0].date'");
    }

    @Test
    void unknownProvisionIdIsRefused() {
        DataFormatException e = reject(VALID.replace("answers: [p-ban]", "answers: [p-nowhere]"));
        assertThat(e.getMessage()).startsWith("t.yaml, line 18, field 'provisions[1].answers[0]'").contains("unknown provision id 'p-nowhere'");
    }

    @Test
    void unknownPathwayConditionIsRefused() {
        DataFormatException e = reject(VALID.replace("applies_when: {force: [lethal], place: [mx_territory]}", "applies_when: {force: [lethal], planet: [mars]}"));
        assertThat(e.getMessage()).startsWith("t.yaml, line 7, field 'provisions[0].applies_when.planet'").contains("no such pathway condition");
    }

    @Test
    void badConditionValueIsRefused() {
        DataFormatException e = reject(VALID.replace("place: [mx_territory]", "place: [moon]"));
        assertThat(e.getMessage()).contains("field 'provisions[0].applies_when.place'").contains("found 'moon'");
    }

    @Test
    void struckDownExceptionIsRefused() {
        DataFormatException e = reject(VALID.replace("status: {state: in_force, date: 2001-12-12}", "status: {state: struck_down, date: 2026-02-20}"));
        assertThat(e.getMessage()).contains("provisions[1].status.state").contains("cannot answer anything");
    }

    @Test
    void exceptionCanOnlyAnswerProhibitionsOrDuties() {
        String two = VALID.replace("kind: prohibition", "kind: authority");
        assertThat(reject(two).getMessage()).contains("'p-ban' is authority; an exception answers only prohibitions and procedural duties");
    }

    @Test
    void mexicanProvisionNeedsItsSpanishCitation() {
        DataFormatException e = reject(VALID.replace("jurisdiction: INTERNATIONAL\n    kind: prohibition", "jurisdiction: MX\n    kind: prohibition"));
        assertThat(e.getMessage()).contains("provisions[0].citation_es").contains("Spanish citation");
    }

    @Test
    void verifiedEntryNeedsAConfirmingSource() {
        DataFormatException e = reject(VALID.replace("      - {role: confirmed, title: A page, date: 2026-11-29}\n", ""));
        assertThat(e.getMessage()).contains("provisions[0].sources").contains("verified: false");
    }

    @Test
    void badDateIsRefused() {
        assertThat(reject(VALID.replace("date: 1945-10-24", "date: 24 Oct 1945")).getMessage()).contains("expected a date YYYY-MM-DD");
    }

    @Test
    void duplicateIdIsRefused() {
        String copy = VALID.substring(VALID.indexOf("  - id: p-ban"), VALID.indexOf("  - id: e-consent"));
        assertThat(reject(VALID + copy).getMessage()).contains("duplicate provision id 'p-ban'");
    }

    @Test
    void pastSunsetOrReviewDateIsPossiblyStale() {
        KnowledgeBase kb = parse(VALID.replace("status: {state: in_force, date: 1945-10-24}", "status: {state: sunset, date: 2026-04-20}"));
        assertThat(kb.get("p-ban").possiblyStale(LocalDate.of(2026, 11, 29))).isTrue();
        assertThat(kb.get("p-ban").possiblyStale(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(kb.possiblyStale(LocalDate.of(2026, 11, 29))).extracting(Provision::id).containsExactly("p-ban");
    }
}
