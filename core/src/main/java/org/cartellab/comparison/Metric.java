package org.cartellab.comparison;

/** The outcomes the comparison reports at each horizon, with their meaning. */
public enum Metric {
    MEMBERS("members", "Cartel members", "people", false),
    WEEKLY_CASUALTIES("weekly_casualties", "Casualties per week (cartel members killed in conflict)", "per week", false),
    CUMULATIVE_CASUALTIES("cumulative_casualties", "Casualties since the start", "people", false),
    CUMULATIVE_INCAPACITATIONS("cumulative_incapacitations", "Incapacitations since the start", "people", false),
    SENTENCE_YEARS("sentence_years", "Prison sentence-years imposed (estimate: incapacitations x ENPOL mean sentence)", "years", true);

    private final String id;
    private final String label;
    private final String unit;
    private final boolean estimate;

    Metric(String id, String label, String unit, boolean estimate) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.estimate = estimate;
    }

    public String id() { return id; }

    public String label() { return label; }

    public String unit() { return unit; }

    /** Derived outside the engine from an engine output and a data average, not engine output itself. */
    public boolean estimate() { return estimate; }
}
