package org.cartellab.simulation;

import org.cartellab.comparison.PolicyRun;
import org.cartellab.model.WeeklyTable;

/**
 * One arm of a simulator run: {@code weekly} covers weeks 0 to the horizon (the history to the start week, then the
 * run under the levers, cumulative columns counted from week 0); {@code fromStart} is the run from the start week
 * (the comparison's single run, cumulative columns counted from the start); {@code prisonYears} per week from week 0.
 */
public record SimulatedRun(WeeklyTable weekly, PolicyRun fromStart, double[] prisonYears) {
    /** The first week with fewer than one member in all, or null if the cartels did not collapse. */
    public Double collapseWeek() {
        return fromStart.result().collapsed() ? fromStart.result().collapseWeek() : null;
    }
}
