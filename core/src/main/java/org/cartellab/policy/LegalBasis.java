package org.cartellab.policy;

import org.cartellab.law.Jurisdiction;

/**
 * A legal authority a course of action would rest on, or a constraint it must meet, as listed in the course's
 * {@code legal:} section (a citation list for readers; the ranking's legal criterion comes from the pathway, not from
 * this list). {@code citation} is the instrument (e.g. "50 U.S.C. 3093"); {@code note} our own one-line reading;
 * {@code source} an evidence-ledger id or ""; {@code provision} the legal knowledge-base id it refers to, or "" if none
 * (at least one of the two is set; the knowledge-base entry carries its own dated sources).
 */
public record LegalBasis(Role role, Jurisdiction jurisdiction, String citation, String note, String source, String provision) {
    public LegalBasis {
        provision = provision == null ? "" : provision;
        source = source == null ? "" : source;
    }

    /** An entry without a knowledge-base link. */
    public LegalBasis(Role role, Jurisdiction jurisdiction, String citation, String note, String source) {
        this(role, jurisdiction, citation, note, source, "");
    }

    /** Whether the instrument empowers or limits. */
    public enum Role { AUTHORITY, CONSTRAINT }
}
