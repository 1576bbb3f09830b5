package org.cartellab.record;

import java.util.List;
import java.util.Optional;

/**
 * A past campaign, programme or ruling that bears on the courses of action.
 *
 * @param id            unique id
 * @param title         short name of the precedent
 * @param from          when it began
 * @param to            when it ended, or null when it is open or a single moment
 * @param actors        states, organisations, programmes and laws involved
 * @param whatHappened  what happened, in our words
 * @param suggests      what it suggests for the courses, in our words
 * @param courses       ids of the courses it bears on
 * @param verified      true when confirmed with the search tool
 * @param note          what could not be confirmed, or empty
 * @param sources       dated sources, at least one
 */
public record Precedent(String id, String title, PartialDate from, PartialDate to, List<String> actors, String whatHappened,
                        String suggests, List<String> courses, boolean verified, String note, List<RecordSource> sources) {
    public Precedent {
        actors = List.copyOf(actors);
        courses = List.copyOf(courses);
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
        if (sources.isEmpty()) throw new IllegalArgumentException("precedent " + id + " needs a dated source");
    }

    public Optional<PartialDate> end() { return Optional.ofNullable(to); }

    /** "2000-2015", or "2025-09-02 on" when open. */
    public String period() { return to == null ? from + " on" : from + " to " + to; }
}
