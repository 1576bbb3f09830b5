package org.cartellab.law;

import java.util.regex.Pattern;

/**
 * What kind of legal instrument a knowledge-base entry is, read from its English citation, so that its status can be
 * worded for what it is: a court ruling is "decided" on a date, a treaty is "in force since" its entry into force, an
 * executive order is "signed" and in effect, a statute or constitutional provision is "in force as of" a date.
 * Open questions are always {@link #OTHER}. Spanish citations (of a localized entry) are read the same way. The reading is by rule (see {@link #of(Provision)}), tested on every
 * entry of the bundled base.
 */
public enum Instrument {
    /** A judgment of a court (citation opens with a case name "X v. Y"). */
    RULING("ruling"),
    /** A treaty, charter, convention or covenant. */
    TREATY("treaty"),
    /** A US executive order. */
    EXECUTIVE_ORDER("executive_order"),
    /** A statute, a code section or a constitutional provision. */
    STATUTE("statute"),
    /** Anything else: custom, a political commitment, an opinion, an open question. */
    OTHER("other");

    private static final Pattern CASE_NAME = Pattern.compile("^[^,(]*\\bv\\.\\s");
    private static final Pattern TREATY_WORDS = Pattern.compile("\\b(Charter of the United Nations|Convention|Covenant|Treaty|Rome Statute|Carta de las Naciones Unidas|Convención|Convenio|Pacto|Tratado|Estatuto de Roma)\\b");
    private static final Pattern STATUTE_WORDS = Pattern.compile("U\\.S\\.C\\.|\\b(Act|Law|Constitution|Amendment|laws|Ley|Constitución|Enmienda)\\b");

    private final String id;

    Instrument(String id) { this.id = id; }

    /** The name used in message keys and JSON. */
    public String id() { return id; }

    /** The instrument of {@code p}, from its kind and English citation. */
    public static Instrument of(Provision p) {
        if (p.kind() == ProvisionKind.OPEN_QUESTION) return OTHER;
        String c = p.citation();
        if (CASE_NAME.matcher(c).find()) return RULING;
        if (c.startsWith("Executive Order") || c.startsWith("Orden Ejecutiva")) return EXECUTIVE_ORDER;
        if (c.startsWith("Customary") || c.startsWith("Law of") || c.startsWith("Principio") || c.startsWith("Derecho")) return OTHER;
        if (TREATY_WORDS.matcher(c).find()) return TREATY;
        if (STATUTE_WORDS.matcher(c).find()) return STATUTE;
        return OTHER;
    }
}
