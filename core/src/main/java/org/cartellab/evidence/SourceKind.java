package org.cartellab.evidence;

/** What kind of thing a source is, which says how much weight it can carry. */
public enum SourceKind {
    PEER_REVIEWED("peer_reviewed"),
    LAW("law"),
    GOVERNMENT_STATISTICS("government_statistics"),
    NEWS("news"),
    PROJECT_DATA("project_data");

    private final String id;

    SourceKind(String id) { this.id = id; }

    /** The name used in the sources file. */
    public String id() { return id; }

    public static SourceKind fromId(String id) {
        for (SourceKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }
}
