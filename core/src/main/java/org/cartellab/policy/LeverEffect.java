package org.cartellab.policy;

import java.util.Map;

/**
 * One lever a course of action pulls: the effect's range, when it starts (weeks after the comparison's start) and how
 * long it takes to reach full effect, whether Mexico's cooperation scales it, its typed structural settings, and its
 * evidence.
 *
 * @throws IllegalArgumentException (constructors) on negative weeks, or options that do not belong to the lever
 */
public record LeverEffect(Lever lever, Range effect, int startWeek, int rampWeeks, boolean scaledByCooperation,
                          LeverOptions options, Evidence evidence) {
    public LeverEffect {
        if (startWeek < 0 || rampWeeks < 0) throw new IllegalArgumentException("start and ramp weeks must be >= 0");
        java.util.Objects.requireNonNull(options, "options");
        if (!options.fits(lever)) throw new IllegalArgumentException("lever " + lever.id() + " cannot take " + options.getClass().getSimpleName());
    }

    /** From catalog-style settings (keys of {@link LeverSettings}), read once into {@link LeverOptions}. */
    public LeverEffect(Lever lever, Range effect, int startWeek, int rampWeeks, boolean scaledByCooperation,
                       Map<String, Object> settings, Evidence evidence) {
        this(lever, effect, startWeek, rampWeeks, scaledByCooperation, LeverOptions.of(lever, settings), evidence);
    }

    /** The settings under their catalog keys, for display. */
    public Map<String, Object> settings() { return options.asMap(); }
}
