package org.cartellab.law;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code pathway:} block of a course-of-action file: the conditions the course (or one part of it, named by
 * {@code part}, empty for a single block) assumes and, per jurisdiction, the knowledge-base ids of the authorities or
 * exceptions it claims as its basis (each list may be empty).
 */
public record PathwayBlock(String part, Conditions conditions, Map<Jurisdiction, List<String>> claims) {
    public PathwayBlock {
        part = part == null ? "" : part;
        Map<Jurisdiction, List<String>> m = new EnumMap<>(Jurisdiction.class);
        for (Jurisdiction j : Jurisdiction.values()) m.put(j, List.copyOf(claims.getOrDefault(j, List.of())));
        claims = Map.copyOf(m);
    }

    /** The claimed ids for one jurisdiction (empty if none). */
    public List<String> claims(Jurisdiction j) { return claims.get(j); }
}
