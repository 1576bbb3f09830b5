package org.cartellab.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the day, the month or only the year, as written in the record files: {@code 2025-09-02},
 * {@code 2025-09} or {@code 2025}. Orders by its first possible day, then by precision (a month sorts before the days
 * in it).
 *
 * @param year  four-digit year
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when only the year or month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (month == 0 && day != 0) throw new IllegalArgumentException("a day needs a month");
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month + " out of range");
        if (day != 0) LocalDate.of(year, month, day); // throws DateTimeException when the day does not exist
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @return the date, or null when the text is not one of these forms or names no real day
     */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) return null;
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return new PartialDate(y, mo, d);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    /** A date known to the day. */
    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    public Precision precision() { return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR; }

    /** The first day the date can stand for. */
    public LocalDate earliest() { return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day); }

    /** The last day the date can stand for. */
    public LocalDate latest() {
        if (day != 0) return LocalDate.of(year, month, day);
        if (month != 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        return c != 0 ? c : precision().compareTo(o.precision());
    }

    /** The date as written in the files. */
    @Override
    public String toString() {
        return switch (precision()) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }
}
