package org.cartellab.evidence;

/** How far a news report can be trusted, with the reason in one line. */
public record Reliability(Grade grade, String reason) {
    public Reliability {
        if (grade == null) throw new IllegalArgumentException("a reliability needs a grade");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a reliability grade needs a reason");
    }

    /** From best to worst. */
    public enum Grade {
        /** Named outlet, named or on-record officials, consistent with other sources. */
        HIGH("high"),
        /** Follows a named outlet's reporting without adding attributable sources. */
        MODERATE("moderate"),
        /** Contains factual errors (e.g. anachronisms); use only where other sources agree. */
        LOW("low"),
        /** Cannot be traced to a known outlet or its figures conflict with published estimates; not evidence on its own. */
        UNVERIFIED("unverified");

        private final String id;

        Grade(String id) { this.id = id; }

        public String id() { return id; }

        public static Grade fromId(String id) {
            for (Grade g : values()) if (g.id.equals(id)) return g;
            return null;
        }
    }
}
