package org.cartellab.policy;

import java.util.Map;

/**
 * One lever a course of action pulls: the effect's range, when it starts (weeks after the comparison's start) and how
 * long it takes to reach full effect, whether Mexico's cooperation scales it, structural settings, and its evidence.
 */
public record LeverEffect(Lever lever, Range effect, int startWeek, int rampWeeks, boolean scaledByCooperation,
                          Map<String, Object> settings, Evidence evidence) {
    public LeverEffect {
        if (startWeek < 0 || rampWeeks < 0) throw new IllegalArgumentException("start and ramp weeks must be >= 0");
        settings = Map.copyOf(settings);
    }
}
