package org.cartellab.policy;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where the courses of action come from (the catalog). {@link #load} fails with {@link Unavailable} and a message
 * that says why when there is no catalog, so no caller ever falls back to made-up entries.
 */
public interface CourseOfActionSource {
    List<CourseOfAction> load();

    /** A one-line description of the source for reports (e.g. the catalog's path and version). */
    String description();

    /** The full citation for an evidence source id used in the courses of action (default: the id itself). */
    default String citation(String sourceId) { return sourceId; }

    /** There is no catalog to load. */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) { super(message); }
    }

    /** A source that always says there is no catalog. */
    static CourseOfActionSource unavailable(String why) {
        return new CourseOfActionSource() {
            @Override
            public List<CourseOfAction> load() { throw new Unavailable(why); }

            @Override
            public String description() { return "no catalog"; }
        };
    }

    /** A fixed list (for tests and for a catalog already loaded elsewhere); citations are the ids. */
    static CourseOfActionSource of(List<CourseOfAction> list, String description) {
        return of(list, description, id -> id);
    }

    /** A fixed list with a resolver from evidence source ids to citations (e.g. the evidence ledger). */
    static CourseOfActionSource of(List<CourseOfAction> list, String description, UnaryOperator<String> citations) {
        List<CourseOfAction> copy = List.copyOf(list);
        return new CourseOfActionSource() {
            @Override
            public List<CourseOfAction> load() { return copy; }

            @Override
            public String description() { return description; }

            @Override
            public String citation(String sourceId) { return citations.apply(sourceId); }
        };
    }
}
