package org.cartellab.record;

import java.util.List;

/**
 * A government's stated position on one course of action, at a date.
 *
 * @param id         unique id
 * @param government US or Mexico
 * @param course     the course of action's id
 * @param date       when it was stated
 * @param stance     our summary of the position (not a quotation)
 * @param verified   true when confirmed with the search tool
 * @param note       what could not be confirmed, or empty
 * @param sources    dated sources, at least one
 */
public record Position(String id, Government government, String course, PartialDate date, String stance, boolean verified,
                       String note, List<RecordSource> sources) {
    public Position {
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
        if (sources.isEmpty()) throw new IllegalArgumentException("position " + id + " needs a dated source");
    }
}
