package org.cartellab.law;

import java.util.EnumSet;
import java.util.Set;

/**
 * The explicit conditions a legal pathway is computed from: whether Mexico consents, which branch acts, where, with
 * how much force, whether US persons are exposed (as targets, bystanders or subjects of collection) and whether the
 * course relies on a determination that an armed conflict exists.
 */
public record Conditions(boolean consent, Branch branch, Set<Place> places, Force force, boolean usPersonsExposed,
                         boolean armedConflictClaimed) {
    public Conditions {
        if (branch == null || force == null || places == null || places.isEmpty()) throw new IllegalArgumentException("conditions need a branch, a force and at least one place");
        places = Set.copyOf(EnumSet.copyOf(places));
    }

    /** The same conditions with consent set to {@code c}. */
    public Conditions withConsent(boolean c) {
        return new Conditions(c, branch, places, force, usPersonsExposed, armedConflictClaimed);
    }

    /** Whether any place is Mexican territory, airspace or waters. */
    public boolean inMexico() { return places.stream().anyMatch(Place::isMexican); }
}
