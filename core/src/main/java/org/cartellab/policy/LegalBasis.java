package org.cartellab.policy;

/**
 * A legal authority a course of action would rest on, or a constraint it must meet. {@code jurisdiction} is US, MX or
 * INTERNATIONAL; {@code citation} the instrument (e.g. "50 U.S.C. 3093"); {@code note} our own one-line reading.
 */
public record LegalBasis(Role role, Jurisdiction jurisdiction, String citation, String note, String source) {
    /** Whether the instrument empowers or limits. */
    public enum Role { AUTHORITY, CONSTRAINT }

    /** Whose law. */
    public enum Jurisdiction { US, MX, INTERNATIONAL }
}
