package org.cartellab.policy.effects;

import java.util.Locale;

/**
 * How a direction or a size rests on evidence: {@code SOURCED} (a study of this setting gives it), {@code ANALOGUE}
 * (a study of a related setting or outcome gives it, transferred by a stated rule), {@code JUDGMENT} (no study gives
 * it; our assumption with a range).
 */
public enum Grade {
    SOURCED, ANALOGUE, JUDGMENT;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** The grade named {@code id}, or null. */
    public static Grade fromId(String id) {
        for (Grade g : values()) if (g.id().equals(id)) return g;
        return null;
    }
}
