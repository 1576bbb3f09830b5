package org.cartellab.comparison;

/**
 * The outcomes the comparison reports at each horizon. {@link #label()} is the quantity's one name on every surface (the
 * glossary's term, defined there: app report Glossary and docs/glossary.md); {@link #id()} is its column name.
 */
public enum Metric {
    MEMBERS("members", "Cartel members", "people", false),
    WEEKLY_CASUALTIES("weekly_casualties", "Casualties per week", "per week", false),
    CUMULATIVE_CASUALTIES("cumulative_casualties", "Cumulative casualties", "people", false),
    CUMULATIVE_INCAPACITATIONS("cumulative_incapacitations", "Cumulative incapacitations", "people", false),
    SENTENCE_YEARS("sentence_years", "Sentence-years", "years", true);

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
