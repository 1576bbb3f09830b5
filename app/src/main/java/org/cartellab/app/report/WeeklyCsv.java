package org.cartellab.app.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;

/**
 * weekly.csv: {@code week,date,members,deaths,recruits,incapacitations,exits} (the public contract, docs/models.md), then
 * the cumulative columns; one row per week, flows as weekly rates at that instant.
 */
public final class WeeklyCsv {
    private WeeklyCsv() {}

    /** The header line, without its line break. */
    public static String header() {
        StringBuilder b = new StringBuilder("week,date");
        for (WeeklyColumn c : WeeklyColumn.values()) b.append(',').append(c.csvName());
        return b.toString();
    }

    public static void write(WeeklyTable table, Writer out) throws IOException {
        out.write(header());
        out.write('\n');
        StringBuilder row = new StringBuilder(160);
        for (int w = table.firstWeek(); w <= table.lastWeek(); w++) {
            row.setLength(0);
            row.append(w).append(',').append(table.date(w));
            for (WeeklyColumn c : WeeklyColumn.values()) row.append(',').append(number(table.get(c, w)));
            out.append(row).append('\n');
        }
    }

    /**
     * Six decimals: the integrator's absolute tolerance (1e-6 members), enough for any flow. An organisation dying out
     * can sit a rounding error below zero (e.g. -5e-16; the engine rejects anything below -1e-6); it prints as
     * 0.000000, not "-0.000000".
     */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.equals("-0.000000") ? "0.000000" : s;
    }
}
