package org.cartellab.comparison;

/**
 * What the cohort engine reports for sentence levers, about the people incapacitated from 1 January 2022 to the
 * horizon (the cohort engine's own population, never added to the network model's members).
 */
public enum CohortMetric {
    INCAPACITATED("incapacitated", "Incapacitated since 2022", "People incapacitated since 2022 (the same in every run: sentences do not change arrests)", "people"),
    SENTENCE_YEARS("sentence_years", "Sentence-years", "Sentence-years handed down to them", "years"),
    PRISON_YEARS("prison_years", "Prison-years (whole terms)", "Prison-years they serve (whole terms, to release or death in prison at 69)", "years"),
    PRISON_YEARS_WITHIN_HORIZON("prison_years_within_horizon", "Prison-years by the horizon", "Prison-years served by the horizon", "years"),
    ACTIVITY_PREVENTED_YEARS("activity_prevented_years", "Activity prevented (years)", "Years of cartel activity the terms prevent (expected, to age 69)", "years"),
    PREVENTED_PER_PRISON_YEAR("prevented_per_prison_year", "Prevented per prison year", "Activity prevented per prison year", "ratio"),
    ACTIVE_AT_HORIZON("active_at_horizon", "Released and active at the horizon", "Of them, released and active at the horizon (expected); the change is the change in active members", "people");

    private final String id;
    private final String shortLabel;
    private final String label;
    private final String unit;

    CohortMetric(String id, String shortLabel, String label, String unit) {
        this.id = id;
        this.shortLabel = shortLabel;
        this.label = label;
        this.unit = unit;
    }

    public String id() { return id; }

    /** A few words for a table header. */
    public String shortLabel() { return shortLabel; }

    /** What the number means, in a sentence. */
    public String label() { return label; }

    public String unit() { return unit; }

    /** The metric with this id. */
    public static CohortMetric of(String id) {
        for (CohortMetric m : values()) if (m.id.equals(id)) return m;
        throw new IllegalArgumentException("no cohort metric '" + id + "'");
    }
}
