package org.cartellab.record;

import java.util.ArrayList;
import java.util.List;

/** What checking a claim found; ids as written in claims.yaml. */
public enum ClaimStatus {
    /** Reliable sources agree with it. */
    CONFIRMED("confirmed"),
    /** Sources disagree, or the claim is only partly borne out. */
    CONFLICTING("conflicting"),
    /**
     * True as a floor: the figure is below what reliable sources report, so the claim holds ("over N") but understates
     * the scale; the register gives the fuller figure ({@code correct}). Fact-checkers' "true but understated".
     */
    LOWER_BOUND("lower_bound"),
    /** No reliable source was found either way. */
    UNVERIFIED("unverified"),
    /** A reliable source contradicts it. */
    FALSE("false");

    private final String id;

    ClaimStatus(String id) { this.id = id; }

    public String id() { return id; }

    /** True for every status a reader must be warned about (all but confirmed). */
    public boolean flagged() { return this != CONFIRMED; }

    /** The status with this id, or null. */
    public static ClaimStatus fromId(String id) {
        for (ClaimStatus s : values()) if (s.id.equals(id)) return s;
        return null;
    }

    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (ClaimStatus s : values()) out.add(s.id);
        return out;
    }
}
