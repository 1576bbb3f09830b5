package org.cartellab.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A primary source is the instrument itself (statute, treaty, judgment, gazette), so its address is the official or
 * standard one, never a study-notes, document-sharing or blog site; the ICJ's Nicaragua judgment is cited from the
 * Court's own file.
 */
class SourceQualityTest {
    static final KnowledgeBase KB = KnowledgeBase.bundled();
    /** Study-notes, document-sharing and blog hosts: acceptable at most as the page where a fact was read, never as the instrument. */
    static final List<String> NOT_PRIMARY = List.of("studfile.", "studylib.", "yumpu.", "pdfslide.", "kipdf.", "docslib.", "scribd.", "blogspot.",
            "syfert.", "pdfcoffee.");

    @Test
    void noPrimarySourceIsAStudyNotesDocumentSharingOrBlogCopy() {
        List<String> weak = new ArrayList<>();
        for (Provision p : KB.all()) {
            for (LawSource s : p.sources()) {
                if (s.role() == LawSource.Role.PRIMARY && NOT_PRIMARY.stream().anyMatch(h -> s.url().contains(h))) weak.add(p.id() + ": " + s.url());
            }
        }
        assertThat(weak).isEmpty();
    }

    @Test
    void noSourceIsAStudyNotesSite() {
        for (Provision p : KB.all()) {
            assertThat(p.sources()).as(p.id()).noneMatch(s -> s.url().contains("studfile."));
        }
    }

    @Test
    void theNicaraguaJudgmentIsCitedFromTheCourt() {
        for (String id : List.of("customary-non-intervention", "un-charter-2-4")) {
            assertThat(KB.get(id).sources()).as(id)
                    .anyMatch(s -> s.url().startsWith("https://www.icj-cij.org/") && s.title().contains("Nicaragua") && s.date().getYear() == 1986);
        }
    }
}
