package org.cartellab.record;

/** Whose stated position an entry records. */
public enum Government {
    US("US", "United States"),
    MX("MX", "Mexico");

    private final String id;
    private final String label;

    Government(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() { return id; }

    public String label() { return label; }

    /** The government with this id, or null. */
    public static Government fromId(String id) {
        for (Government g : values()) if (g.id.equals(id)) return g;
        return null;
    }
}
