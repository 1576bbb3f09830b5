package org.cartellab.briefing;

import java.util.List;

/**
 * Something the evidence does not pin down for a course: a weak modelled effect, or a lever whose direction or size
 * is graded judgment (no study gives it) in the lever evidence tables, or an effect size flagged as an assumption.
 *
 * @param kind    WEAK_EFFECT, JUDGMENT_LEVER or ASSUMPTION
 * @param phrase  one line in plain language (the course named by its title)
 * @param sources evidence-ledger ids behind it (may be empty)
 */
public record EvidenceGap(Kind kind, org.cartellab.text.Phrase phrase, List<String> sources) {
    /** The gap in English. */
    public String text() { return phrase.english(); }

    public EvidenceGap {
        sources = List.copyOf(sources);
    }

    /** Why it is a gap. */
    public enum Kind { WEAK_EFFECT, JUDGMENT_LEVER, ASSUMPTION }
}
