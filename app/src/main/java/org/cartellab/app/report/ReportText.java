package org.cartellab.app.report;

import java.util.List;
import org.cartellab.app.i18n.Messages;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.KnowledgeBase;

/** Texts of the legal pathway as the report and the briefing print them, in the reader's language. */
final class ReportText {
    private ReportText() {}

    /**
     * A pathway's strongest counter-argument: a knowledge-base text (localized by the entry it comes from), or the
     * assessor's "none recorded".
     */
    static String counter(String counter, Messages t) {
        return org.cartellab.app.law.LawWords.counter(counter, KnowledgeBase.bundled(), t);
    }

    /** The assessor's reasoning lines, one sentence each, in the language of {@code t}, entries named by their short citations. */
    static List<String> reasons(JurisdictionPathway j, Messages t) {
        KnowledgeBase kb = KnowledgeBase.bundled();
        return j.reasons().stream().map(r -> org.cartellab.app.law.LawWords.readable(t.phrase(r), kb, t)).toList();
    }
}
