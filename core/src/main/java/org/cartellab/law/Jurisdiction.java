package org.cartellab.law;

/** Whose law: the United States, Mexico, or international law (treaties and custom). */
public enum Jurisdiction {
    US("United States law"),
    MX("Mexican law"),
    INTERNATIONAL("International law");

    private final String label;

    Jurisdiction(String label) { this.label = label; }

    /** A label for tables and headings. */
    public String label() { return label; }

    /** The jurisdiction written exactly as its name (US, MX, INTERNATIONAL), or null. */
    public static Jurisdiction fromId(String id) {
        for (Jurisdiction j : values()) if (j.name().equals(id)) return j;
        return null;
    }
}
