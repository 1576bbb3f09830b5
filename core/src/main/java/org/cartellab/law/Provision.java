package org.cartellab.law;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the legal knowledge base: a provision or a ruling, in our own words.
 *
 * @param id          short id, e.g. {@code un-charter-2-4}
 * @param duty        the subtype of a procedural duty, null for other kinds
 * @param citation    the instrument in English
 * @param citationEs  the Spanish citation (required for Mexican law, optional elsewhere; empty if none)
 * @param requires    what it requires or allows, in the product's words
 * @param appliesWhen the conditions under which it applies to a course, or null (applies when claimed or relied on)
 * @param answers     exceptions only: ids of the prohibitions or duties it answers when it applies
 * @param about       open questions only: ids of the entries whose reach the question puts in doubt
 * @param needs       authorities and exceptions: ids of the duties or conditions they need
 * @param decides     who decides (authorities, exceptions, findings, authorisations); empty if not stated
 * @param notifyWho   notices and reports: who must be told; empty otherwise
 * @param notifyWhen  notices and reports: when; empty otherwise
 * @param counter     the strongest argument against relying on (or for escaping) this entry; empty if none recorded
 * @param verified    false when a fact in the entry could not be confirmed with a source (shown as unverified)
 * @param reviewed    the date we last reviewed the entry against its sources ({@code reviewed:} in the file, else the
 *                    knowledge base's review date); distinct from {@code status.date}, which is when the status took
 *                    effect or was last confirmed in a source; null only for entries built outside the loader
 */
public record Provision(String id, Jurisdiction jurisdiction, ProvisionKind kind, ProvisionKind.Duty duty, String citation,
                        String citationEs, String requires, AppliesWhen appliesWhen, List<String> answers, List<String> about,
                        List<String> needs, String decides, String notifyWho, String notifyWhen, String counter,
                        Status status, List<LawSource> sources, boolean verified, LocalDate reviewed) {
    public Provision {
        answers = List.copyOf(answers);
        about = List.copyOf(about);
        needs = List.copyOf(needs);
        sources = List.copyOf(sources);
        citationEs = citationEs == null ? "" : citationEs;
        decides = decides == null ? "" : decides;
        notifyWho = notifyWho == null ? "" : notifyWho;
        notifyWhen = notifyWhen == null ? "" : notifyWhen;
        counter = counter == null ? "" : counter;
    }

    /** An entry without its own review date (the knowledge base's applies). */
    public Provision(String id, Jurisdiction jurisdiction, ProvisionKind kind, ProvisionKind.Duty duty, String citation,
                     String citationEs, String requires, AppliesWhen appliesWhen, List<String> answers, List<String> about,
                     List<String> needs, String decides, String notifyWho, String notifyWhen, String counter,
                     Status status, List<LawSource> sources, boolean verified) {
        this(id, jurisdiction, kind, duty, citation, citationEs, requires, appliesWhen, answers, about, needs, decides, notifyWho, notifyWhen,
                counter, status, sources, verified, null);
    }

    /**
     * Whether the status is dated on the day we reviewed the entry (the review date standing in for the date the law or
     * status took effect) without a primary source of that same day to confirm it. Such a date says when we looked, not
     * since when the law holds.
     */
    public boolean statusDatedByReview() {
        if (reviewed == null || !status.date().equals(reviewed)) return false;
        return sources.stream().noneMatch(s -> s.role() == LawSource.Role.PRIMARY && !s.url().isEmpty() && s.date().equals(reviewed));
    }

    /** Whether a course may rest on it: an authority or exception that is not struck down or expired. */
    public boolean usableAsBasis() { return kind.canBeBasis() && !status.state().isDead(); }

    /** Whether it applies to these conditions (an entry without {@code applies_when} never applies on its own). */
    public boolean appliesTo(Conditions c) { return appliesWhen != null && appliesWhen.matches(c); }

    /** Whether its sunset or review date is before {@code today}. */
    public boolean possiblyStale(LocalDate today) { return status.possiblyStale(today); }

    /** The citation with the Spanish citation in brackets where there is one. */
    public String fullCitation() { return citationEs.isEmpty() ? citation : citation + " [" + citationEs + "]"; }

    /** The kind with the duty subtype, e.g. "procedural_duty/notice". */
    public String kindLabel() { return duty == null ? kind.id() : kind.id() + "/" + duty.id(); }
}
