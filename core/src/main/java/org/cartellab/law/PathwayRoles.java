package org.cartellab.law;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role each knowledge-base entry plays in one pathway: basis, claimed but unavailable, prohibition, condition
 * needed, displaced duty, notice, exposure or open question. One provision has one role per pathway; {@link #of}
 * refuses a pathway that lists an id under two roles, and {@link #conflict} says whether a course's own citation list
 * (its {@code legal:} section) gives an entry a role the pathway contradicts (a constraint there, a basis here).
 */
public final class PathwayRoles {
    private PathwayRoles() {}

    /** The roles, in the order a pathway is printed. */
    public enum Role {
        BASIS("basis"), UNAVAILABLE("claimed but unavailable"), PROHIBITION("prohibition"), NEED("condition needed"),
        DISPLACED("displaced duty"), NOTICE("notice"), EXPOSURE("liability exposure"), OPEN_QUESTION("open question");

        private final String label;

        Role(String label) { this.label = label; }

        public String label() { return label; }

        /** Whether the role limits the course (everything but a basis and an unavailable claim). */
        public boolean limits() { return this != BASIS && this != UNAVAILABLE; }
    }

    /**
     * Each id's role in this pathway, over all jurisdictions, in order of first appearance.
     *
     * @throws IllegalStateException if one id is listed under two roles (a bug in the assessor or the data)
     */
    public static Map<String, Role> of(Pathway p) {
        Map<String, Role> out = new LinkedHashMap<>();
        for (JurisdictionPathway j : p.jurisdictions()) {
            put(out, j.basis(), Role.BASIS);
            put(out, j.unavailable(), Role.UNAVAILABLE);
            put(out, j.prohibitions(), Role.PROHIBITION);
            put(out, j.needs(), Role.NEED);
            put(out, j.displaced().stream().map(d -> d.split(" by ")[0]).toList(), Role.DISPLACED);
            put(out, j.notices(), Role.NOTICE);
            put(out, j.exposure(), Role.EXPOSURE);
            put(out, j.openQuestions(), Role.OPEN_QUESTION);
        }
        return out;
    }

    private static void put(Map<String, Role> out, List<String> ids, Role role) {
        for (String id : ids) {
            Role prev = out.putIfAbsent(id, role);
            if (prev != null) {
                throw new IllegalStateException("'" + id + "' appears twice in one pathway, as " + prev.label() + " and as " + role.label()
                        + "; a provision has one role per pathway");
            }
        }
    }

    /**
     * Why listing {@code id} in a course's citation list as an authority ({@code authority} true) or as a constraint
     * contradicts its role in {@code p}, or null if it does not (or the pathway does not list it).
     */
    public static String conflict(Pathway p, String id, boolean authority) {
        Role r = of(p).get(id);
        if (r == null) return null;
        if (authority && r.limits()) return "listed as an authority, but the legal pathway lists it as " + r.label();
        if (!authority && r == Role.BASIS) {
            return "listed as a constraint, but the legal pathway uses it as a basis; list it once, with role 'authority'";
        }
        return null;
    }
}
