package org.cartellab.law;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code pathway:} block of a course-of-action file: the conditions the course (or one part of it, named by
 * {@code part}, empty for a single block) assumes and, per jurisdiction, the knowledge-base ids of the authorities or
 * exceptions it claims as its basis (each list may be empty).
 *
 * <p>{@code consentFixed} is true when Mexico's consent is part of the course's definition (a Mexican-led operation,
 * strikes "with" or "without" consent, training Mexican units): the pathway with the other answer would describe a
 * different course, so it is neither computed as a variant nor shown ({@code consent_fixed: true} in the file).
 * {@code counterpart} optionally names the catalog course that makes the other assumption (strikes with consent for
 * strikes without it), so readers can compare the two courses instead; empty if none.
 */
public record PathwayBlock(String part, Conditions conditions, Map<Jurisdiction, List<String>> claims, boolean consentFixed, String counterpart) {
    public PathwayBlock {
        part = part == null ? "" : part;
        counterpart = counterpart == null ? "" : counterpart;
        if (!counterpart.isEmpty() && !consentFixed) throw new IllegalArgumentException("a consent counterpart needs consent fixed by the course");
        Map<Jurisdiction, List<String>> m = new EnumMap<>(Jurisdiction.class);
        for (Jurisdiction j : Jurisdiction.values()) m.put(j, List.copyOf(claims.getOrDefault(j, List.of())));
        claims = Map.copyOf(m);
    }

    /** A block whose consent is a variable of the analysis (the variant with the other answer is shown). */
    public PathwayBlock(String part, Conditions conditions, Map<Jurisdiction, List<String>> claims) {
        this(part, conditions, claims, false, "");
    }

    /** The claimed ids for one jurisdiction (empty if none). */
    public List<String> claims(Jurisdiction j) { return claims.get(j); }
}
