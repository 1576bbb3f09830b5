package org.cartellab.law;

/** Where a course of action's conduct takes place. */
public enum Place {
    MX_TERRITORY("mx_territory", "Mexican territory"),
    MX_AIRSPACE("mx_airspace", "Mexican airspace"),
    MX_WATERS("mx_waters", "Mexican waters"),
    INTERNATIONAL_WATERS("international_waters", "international waters"),
    US_TERRITORY("us_territory", "US territory");

    private final String id;
    private final String label;

    Place(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() { return id; }

    public String label() { return label; }

    /** Mexican territory, airspace or waters. */
    public boolean isMexican() { return this == MX_TERRITORY || this == MX_AIRSPACE || this == MX_WATERS; }

    public static Place fromId(String id) {
        for (Place p : values()) if (p.id.equals(id)) return p;
        return null;
    }
}
