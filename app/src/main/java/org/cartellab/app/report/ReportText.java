package org.cartellab.app.report;

import java.util.List;
import org.cartellab.app.i18n.Messages;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.PathwayAssessor;
import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;

/** Texts of the legal pathway as the report and the briefing print them, in the reader's language. */
final class ReportText {
    private ReportText() {}

    /**
     * A pathway's strongest counter-argument: a knowledge-base text (localized by the entry it comes from), or the
     * assessor's "none recorded".
     */
    static String counter(String counter, Messages t) {
        if (PathwayAssessor.NO_COUNTER.equals(counter)) return t.phrase(Phrase.of(Phrases.LAW_NO_COUNTER));
        return t.localizer().lawText(counter, KnowledgeBase.bundled());
    }

    /** The assessor's reasoning lines, one sentence each, in the language of {@code t}, entries named by their short citations. */
    static List<String> reasons(JurisdictionPathway j, Messages t) {
        KnowledgeBase kb = KnowledgeBase.bundled();
        return j.reasons().stream().map(r -> org.cartellab.app.law.LawWords.readable(t.phrase(r), kb, t)).toList();
    }
}
