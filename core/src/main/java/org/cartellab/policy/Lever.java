package org.cartellab.policy;

/**
 * The levers a course of action can pull on the engines. Each has one numeric effect (with a low/central/high
 * range in a catalog entry); structural details go in the lever's settings.
 */
public enum Lever {
    /** Multiplier on the network's recruitment rate rho (and the cohort's recruitment). 1 = no change. */
    RECRUITMENT("recruitment", "multiplier", 0, 5),
    /** Multiplier on incapacitation (network eta; cohort arrest probability). 1 = no change. */
    INCAPACITATION("incapacitation", "multiplier", 0, 10),
    /** Multiplier on the conflict coefficient theta (violence between rivals). 1 = no change. */
    CONFLICT("conflict", "multiplier", 0, 10),
    /** Multiplier on saturation omega (members leaving as organisations grow). 1 = no change. */
    SATURATION("saturation", "multiplier", 0, 10),
    /**
     * Removal of organisations' leadership: each targeted organisation splits into this many rival factions.
     * Settings: targets (top-k by rank, or organisation node ids), rival_weight, succession_weeks, succession_conflict;
     * optional removal_mode (capture, killing: the calibrated succession window) and succession (contested, clear: no split).
     */
    LEADERSHIP_REMOVAL("leadership_removal", "factions per targeted organisation", 1, 10),
    /**
     * Change in Mexico's cooperation index (in [0, 1], 1 = today's cooperation) from this course of action:
     * negative for backlash. Settings: recovery_weeks.
     */
    COOPERATION("cooperation", "change in cooperation index", -1, 1),
    /** Multiplier alpha on prison sentences (cohort engine). 1 = sentences as in ENPOL 2021. */
    SENTENCE_MULTIPLIER("sentence_multiplier", "multiplier", 0, 5);

    private final String id;
    private final String unit;
    private final double min;
    private final double max;

    Lever(String id, String unit, double min, double max) {
        this.id = id;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    /** The name used in catalog files. */
    public String id() { return id; }

    public String unit() { return unit; }

    /** Smallest meaningful effect value. */
    public double min() { return min; }

    /** Largest effect value a catalog entry may give (a guard against typos, not a claim). */
    public double max() { return max; }

    public static Lever fromId(String id) {
        for (Lever l : values()) if (l.id.equals(id)) return l;
        return null;
    }
}
