package org.cartellab.law;

import java.time.LocalDate;

/**
 * The legal status of an entry on a date. {@code reviewBy} (optional, may be null) is a date after which the entry
 * should be checked again: a sunset, a deadline of a pending case, a stopgap's end.
 */
public record Status(State state, LocalDate date, String note, LocalDate reviewBy) {
    public Status {
        if (state == null) throw new IllegalArgumentException("a status needs a state");
        if (date == null) throw new IllegalArgumentException("a status needs a date");
        note = note == null ? "" : note;
    }

    /** The states an entry can be in. */
    public enum State {
        IN_FORCE("in_force", "in force"),
        CONTESTED("contested", "contested"),
        STRUCK_DOWN("struck_down", "struck down"),
        EXPIRED("expired", "expired"),
        SUNSET("sunset", "in force until its sunset"),
        AMENDED("amended", "in force as amended");

        private final String id;
        private final String label;

        State(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() { return id; }

        public String label() { return label; }

        /** Struck down and expired entries are no longer law and can never be a basis. */
        public boolean isDead() { return this == STRUCK_DOWN || this == EXPIRED; }

        public static State fromId(String id) {
            for (State s : values()) if (s.id.equals(id)) return s;
            return null;
        }
    }

    /** The date after which this entry may be out of date: the sunset date or the review date, whichever is set. */
    public LocalDate staleAfter() {
        if (reviewBy != null) return reviewBy;
        return state == State.SUNSET ? date : null;
    }

    /** Whether the entry's sunset or review date lies before {@code today}. */
    public boolean possiblyStale(LocalDate today) {
        LocalDate d = staleAfter();
        return d != null && d.isBefore(today);
    }

    /** "in force since 1945-10-24" style text. */
    public String describe() {
        String when = switch (state) {
            case SUNSET -> "sunset on " + date;
            case STRUCK_DOWN -> "struck down " + date;
            case EXPIRED -> "expired " + date;
            case CONTESTED -> "contested as of " + date;
            case AMENDED -> "amended " + date;
            case IN_FORCE -> "in force as of " + date;
        };
        return when + (reviewBy != null ? "; review by " + reviewBy : "");
    }
}
