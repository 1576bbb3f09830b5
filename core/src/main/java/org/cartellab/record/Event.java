package org.cartellab.record;

import java.util.List;

/**
 * One dated event of the timeline, described at the level of states, organisations, programmes and laws.
 *
 * @param id       unique id, e.g. {@code ev-2025-09-02-first-vessel-strike}
 * @param date     when it happened, to the precision known
 * @param actors   states, organisations, programmes and laws involved
 * @param kind     what kind of event it is
 * @param summary  what happened, in the product's own words
 * @param courses  ids of the courses of action it bears on
 * @param laws     ids of legal knowledge-base entries it bears on (empty until that base exists)
 * @param verified true when confirmed with the search tool on the review date
 * @param note     what could not be confirmed, or empty
 * @param sources  dated sources, at least one
 */
public record Event(String id, PartialDate date, List<String> actors, EventKind kind, String summary, List<String> courses,
                    List<String> laws, boolean verified, String note, List<RecordSource> sources) {
    public Event {
        actors = List.copyOf(actors);
        courses = List.copyOf(courses);
        laws = List.copyOf(laws);
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
        if (sources.isEmpty()) throw new IllegalArgumentException("event " + id + " needs a dated source");
    }
}
