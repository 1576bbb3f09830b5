package org.cartellab.law;

import java.time.LocalDate;

/**
 * A dated source of a knowledge-base entry. {@code role} says whether it is the primary text (statute, treaty,
 * opinion, DOF, Federal Register) or the page where the entry was confirmed; {@code date} is the date of the
 * instrument, ruling or page.
 */
public record LawSource(Role role, String title, String url, LocalDate date) {
    public LawSource {
        if (role == null || title == null || title.isBlank() || date == null) throw new IllegalArgumentException("a source needs a role, a title and a date");
        url = url == null ? "" : url;
    }

    /** Primary text, or the page where the fact was confirmed. */
    public enum Role {
        PRIMARY("primary"), CONFIRMED("confirmed");

        private final String id;

        Role(String id) { this.id = id; }

        public String id() { return id; }

        public static Role fromId(String id) {
            for (Role r : values()) if (r.id.equals(id)) return r;
            return null;
        }
    }

    /** "title (2026-02-20) url" on one line. */
    public String describe() {
        return title + " (" + date + ")" + (url.isEmpty() ? "" : " " + url);
    }
}
