package org.cartellab.cohort;

/** How the follow-up of one incapacitated cohort member ends. */
public enum ReleaseOutcome {
    /** The sentence ends at or after the end age (69): the person dies in prison. */
    DEATH_IN_PRISON("death_in_prison"),
    /** Killed after release. */
    KILLED("killed"),
    /** Arrested again after release (the follow-up stops there; the new sentence is not simulated). */
    REARRESTED("rearrested"),
    /** Left the cartel after release (the saturation exit). */
    LEFT("left"),
    /** Reached the end age free and without any of the above: the model's "natural death". */
    NATURAL_DEATH("natural_death");

    private final String id;

    ReleaseOutcome(String id) { this.id = id; }

    /** Name used in CSV files. */
    public String id() { return id; }
}
