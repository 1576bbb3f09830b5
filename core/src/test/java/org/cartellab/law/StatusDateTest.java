package org.cartellab.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.data.DataFormatException;
import org.junit.jupiter.api.Test;

/**
 * A status's "as of" date is when the law or status took effect or was last confirmed in a source, never merely the
 * day we reviewed the entry: the review date is its own field ({@code reviewed}).
 */
class StatusDateTest {
    static final KnowledgeBase KB = KnowledgeBase.bundled();

    @Test
    void noStatusIsDatedByTheReviewUnlessAPrimarySourceOfThatDayConfirmsIt() {
        List<String> flagged = KB.all().stream().filter(Provision::statusDatedByReview)
                .map(p -> p.id() + " (status " + p.status().date() + ", reviewed " + p.reviewed() + ")").toList();
        assertThat(flagged).isEmpty();
        assertThat(KB.all()).allSatisfy(p -> assertThat(p.reviewed()).as(p.id()).isNotNull());
    }

    @Test
    void theReportedCasesAreDatedBySourcesAndKeepTheirReviewDate() {
        Provision art89 = KB.get("mx-const-89-x");
        assertThat(art89.status().date()).isEqualTo(LocalDate.of(2011, 6, 10));
        assertThat(art89.reviewed()).isEqualTo(KB.reviewed());
        Provision sofa = KB.get("mx-no-sofa");
        assertThat(sofa.status().date()).isNotEqualTo(sofa.reviewed());
        assertThat(sofa.verified()).as("the absence of a SOFA is still not confirmed").isFalse();
        assertThat(sofa.sources()).noneMatch(s -> s.url().isEmpty() && s.role() == LawSource.Role.PRIMARY);
    }

    @Test
    void noStatusNoteStandsInTheReviewDateForTheStatusDate() {
        for (Provision p : KB.all()) {
            String note = p.status().note().toLowerCase(Locale.ROOT);
            assertThat(note).as(p.id()).doesNotContain("as of the review date").doesNotContain("absence as of the review");
        }
    }

    @Test
    void aStatusDatedOnTheReviewDayIsFlaggedAndOneAfterItIsRefused() {
        Status s = new Status(Status.State.IN_FORCE, LocalDate.of(2026, 11, 29), "", null);
        LawSource page = new LawSource(LawSource.Role.CONFIRMED, "a page", "https://example.org/", LocalDate.of(2026, 11, 29));
        Provision p = new Provision("x", Jurisdiction.MX, ProvisionKind.AUTHORITY, null, "c", "c", "r", null, List.of(), List.of(), List.of(),
                "", "", "", "", s, List.of(page), true, LocalDate.of(2026, 11, 29));
        assertThat(p.statusDatedByReview()).isTrue();
        LawSource gazette = new LawSource(LawSource.Role.PRIMARY, "DOF of that day", "https://www.dof.gob.mx/", LocalDate.of(2026, 11, 29));
        Provision q = new Provision("x", Jurisdiction.MX, ProvisionKind.AUTHORITY, null, "c", "c", "r", null, List.of(), List.of(), List.of(),
                "", "", "", "", s, List.of(page, gazette), true, LocalDate.of(2026, 11, 29));
        assertThat(q.statusDatedByReview()).as("a primary instrument of that day confirms it").isFalse();

        String index = "reviewed: 2026-11-29\nfiles: [a.yaml]\n";
        String entry = """
                provisions:
                  - id: x
                    jurisdiction: INTERNATIONAL
                    kind: authority
                    citation: c
                    requires: r
                    status: {state: in_force, date: 2026-11-20}
                    reviewed: 2026-11-10
                    sources:
                      - {role: confirmed, title: t, url: "https://example.org/", date: 2026-11-10}
                """;
        assertThatThrownBy(() -> KnowledgeBaseLoader.parse("kb.yaml", index, Map.of("a.yaml", entry)::get, ""))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("status.date").hasMessageContaining("after the entry's review date");
        String later = entry.replace("reviewed: 2026-11-10", "reviewed: 2026-12-01").replace("date: 2026-11-20", "date: 2026-11-01");
        assertThatThrownBy(() -> KnowledgeBaseLoader.parse("kb.yaml", index, Map.of("a.yaml", later)::get, ""))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("reviewed");
        KnowledgeBase ok = KnowledgeBaseLoader.parse("kb.yaml", index, Map.of("a.yaml", entry.replace("date: 2026-11-20", "date: 2026-11-01"))::get, "");
        assertThat(ok.get("x").reviewed()).isEqualTo(LocalDate.of(2026, 11, 10));
    }
}
