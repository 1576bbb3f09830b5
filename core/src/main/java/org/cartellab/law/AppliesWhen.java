package org.cartellab.law;

import java.util.Set;

/**
 * When a knowledge-base entry applies to a course's conditions. Every field is optional (null = any value); a set
 * matches when it contains the course's value (for places: any of the course's places). An entry with no
 * {@code applies_when} applies whenever a course claims or relies on it, and is otherwise listed only on request.
 */
public record AppliesWhen(Boolean consent, Set<Branch> branches, Set<Place> places, Set<Force> forces,
                          Boolean usPersonsExposed, Boolean armedConflictClaimed) {
    public AppliesWhen {
        branches = branches == null ? null : Set.copyOf(branches);
        places = places == null ? null : Set.copyOf(places);
        forces = forces == null ? null : Set.copyOf(forces);
    }

    /** Whether every stated field matches. */
    public boolean matches(Conditions c) {
        if (consent != null && consent != c.consent()) return false;
        if (branches != null && !branches.contains(c.branch())) return false;
        if (places != null && c.places().stream().noneMatch(places::contains)) return false;
        if (forces != null && !forces.contains(c.force())) return false;
        if (usPersonsExposed != null && usPersonsExposed != c.usPersonsExposed()) return false;
        return armedConflictClaimed == null || armedConflictClaimed == c.armedConflictClaimed();
    }

    /** Whether it depends on consent at all. */
    public boolean mentionsConsent() { return consent != null; }
}
