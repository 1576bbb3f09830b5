package org.cartellab.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dated events since January 2025, in date order, with the review date they were checked on.
 *
 * @param asOf   the review date of the file ("as of")
 * @param events the events, sorted by date then id
 */
public record Timeline(LocalDate asOf, List<Event> events) {
    public Timeline {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        events = List.copyOf(sorted);
    }

    /**
     * The events that match every given filter (null means any).
     *
     * @param course an event matches when it links to this course id
     * @param since  an event matches when it may fall on or after this day (its last possible day is not before it)
     * @param kind   an event matches when it is of this kind
     */
    public List<Event> select(String course, LocalDate since, EventKind kind) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (course != null && !e.courses().contains(course)) continue;
            if (since != null && e.date().latest().isBefore(since)) continue;
            if (kind != null && e.kind() != kind) continue;
            out.add(e);
        }
        return out;
    }

    /** The events linked to this legal knowledge-base entry, in date order (for the law views). */
    public List<Event> forLaw(String lawId) {
        return events.stream().filter(e -> e.laws().contains(lawId)).toList();
    }

    /** Number of events not confirmed with the search tool. */
    public long unverifiedCount() { return events.stream().filter(e -> !e.verified()).count(); }
}
