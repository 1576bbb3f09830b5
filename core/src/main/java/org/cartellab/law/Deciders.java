package org.cartellab.law;

import java.util.ArrayList;
import java.util.List;

/**
 * The "who decides" text of a knowledge-base entry: one or more deciders separated by "; ", each an actor with its role
 * in brackets where useful, e.g. {@code The President (the determination); Congress (an authorisation)}. A pathway
 * lists each decider once, so the same text in two entries is printed once; the Spanish overlay keeps the same
 * separators, so the parts of a translation match the English parts one to one.
 */
public final class Deciders {
    /** The separator between two deciders in one entry's text. */
    public static final String SEPARATOR = "; ";

    private Deciders() {}

    /** The deciders of one entry's text, trimmed, in order (empty for an empty text). */
    public static List<String> split(String decides) {
        List<String> out = new ArrayList<>();
        if (decides == null || decides.isBlank()) return out;
        for (String part : decides.split(SEPARATOR)) {
            String d = part.trim();
            if (!d.isEmpty()) out.add(d);
        }
        return out;
    }
}
