package org.cartellab.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one way both engines fill a {@link WeeklyTable}: rows for weeks {@code firstWeek .. firstWeek + rows - 1} on
 * a model clock, each with members, the four weekly flows (deaths, recruits, incapacitations, exits) and the four
 * cumulative flows. The network engine sets the cumulative columns from its integrated flows
 * ({@link #cumulative}); the cohort engine counts per week and lets {@link #accumulateCounts()} sum them from row 0.
 * Not thread-safe; one per run; {@link #build()} hands the arrays over, so the builder must not be used after it.
 */
public final class WeeklyTableBuilder {
    private final ModelClock clock;
    private final int firstWeek;
    private final double[] members;
    private final double[] deaths;
    private final double[] recruits;
    private final double[] incapacitations;
    private final double[] exits;
    private final double[] cumDeaths;
    private final double[] cumRecruits;
    private final double[] cumIncapacitations;
    private final double[] cumExits;

    /** An all-zero table of {@code rows} weeks from {@code firstWeek} on {@code clock}. */
    public WeeklyTableBuilder(ModelClock clock, int firstWeek, int rows) {
        if (rows < 0) throw new IllegalArgumentException("rows must be >= 0, got " + rows);
        this.clock = clock;
        this.firstWeek = firstWeek;
        members = new double[rows];
        deaths = new double[rows];
        recruits = new double[rows];
        incapacitations = new double[rows];
        exits = new double[rows];
        cumDeaths = new double[rows];
        cumRecruits = new double[rows];
        cumIncapacitations = new double[rows];
        cumExits = new double[rows];
    }

    public int rows() { return members.length; }

    public int firstWeek() { return firstWeek; }

    /** Sets row {@code row} (0-based) of members and the four weekly flows. */
    public void flows(int row, double members, double deaths, double recruits, double incapacitations, double exits) {
        this.members[row] = members;
        this.deaths[row] = deaths;
        this.recruits[row] = recruits;
        this.incapacitations[row] = incapacitations;
        this.exits[row] = exits;
    }

    /** Sets row {@code row} of the four cumulative flows (from the run's start). */
    public void cumulative(int row, double deaths, double recruits, double incapacitations, double exits) {
        cumDeaths[row] = deaths;
        cumRecruits[row] = recruits;
        cumIncapacitations[row] = incapacitations;
        cumExits[row] = exits;
    }

    /** Sets every cumulative column to the running sum of its weekly flow from row 0 (flows counted per week). */
    public void accumulateCounts() {
        double d = 0, r = 0, i = 0, e = 0;
        for (int k = 0; k < members.length; k++) {
            d += deaths[k];
            r += recruits[k];
            i += incapacitations[k];
            e += exits[k];
            cumulative(k, d, r, i, e);
        }
    }

    /** The table; the builder's arrays become the table's. */
    public WeeklyTable build() {
        Map<WeeklyColumn, double[]> c = new EnumMap<>(WeeklyColumn.class);
        c.put(WeeklyColumn.MEMBERS, members);
        c.put(WeeklyColumn.DEATHS, deaths);
        c.put(WeeklyColumn.RECRUITS, recruits);
        c.put(WeeklyColumn.INCAPACITATIONS, incapacitations);
        c.put(WeeklyColumn.EXITS, exits);
        c.put(WeeklyColumn.CUM_DEATHS, cumDeaths);
        c.put(WeeklyColumn.CUM_RECRUITS, cumRecruits);
        c.put(WeeklyColumn.CUM_INCAPACITATIONS, cumIncapacitations);
        c.put(WeeklyColumn.CUM_EXITS, cumExits);
        return new WeeklyTable(clock.origin(), firstWeek, c);
    }
}
