package org.cartellab.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * One value per week and column, from {@code firstWeek} to {@code lastWeek} inclusive; immutable. Flows are weekly
 * rates (network engine: at that instant; cohort engine: counts in that week), cumulative columns from the run's start.
 */
public final class WeeklyTable {
    private final LocalDate origin;
    private final int firstWeek;
    private final Map<WeeklyColumn, double[]> columns;

    /** Takes ownership of the arrays, which must all have the same length. */
    public WeeklyTable(LocalDate origin, int firstWeek, Map<WeeklyColumn, double[]> columns) {
        this.origin = origin;
        this.firstWeek = firstWeek;
        this.columns = new EnumMap<>(columns);
        int len = -1;
        for (WeeklyColumn c : WeeklyColumn.values()) {
            double[] v = this.columns.get(c);
            if (v == null) throw new IllegalArgumentException("missing column " + c);
            if (len >= 0 && v.length != len) throw new IllegalArgumentException("column " + c + " has " + v.length + " rows, expected " + len);
            len = v.length;
        }
    }

    /** The calendar date of week 0. */
    public LocalDate origin() { return origin; }

    public int firstWeek() { return firstWeek; }

    public int lastWeek() { return firstWeek + rows() - 1; }

    public int rows() { return columns.get(WeeklyColumn.MEMBERS).length; }

    public LocalDate date(int week) { return origin.plusDays(7L * week); }

    /** Value at an absolute week. */
    public double get(WeeklyColumn column, int week) {
        int k = week - firstWeek;
        if (k < 0 || k >= rows()) throw new IndexOutOfBoundsException("week " + week + " outside " + firstWeek + ".." + lastWeek());
        return columns.get(column)[k];
    }

    /** A copy of a whole column. */
    public double[] column(WeeklyColumn column) { return columns.get(column).clone(); }

    /** The first week whose date is on or after {@code date}. */
    public int weekOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(origin, date);
        return (int) Math.ceil(days / 7.0);
    }
}
