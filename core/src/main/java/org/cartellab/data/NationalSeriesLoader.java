package org.cartellab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the extended national series (homicides through the latest year with INEGI data; missing persons and arrests
 * only where consistent with the calibration data). The calibration data itself stays {@link TrendsLoader}'s
 * {@code Trends2012_2021.csv}; this series is for out-of-sample checks and optional recalibration.
 */
public final class NationalSeriesLoader {
    static final String[] COLUMNS = {"year", "homicides", "homicides_status", "missing", "arrests", "homicides_source"};

    private NationalSeriesLoader() {}

    public static List<NationalYear> bundled() {
        return parse(CsvTable.resource(DataSet.NATIONAL.file(), COLUMNS));
    }

    public static List<NationalYear> fromFile(Path file) {
        return parse(CsvTable.read(file, COLUMNS));
    }

    static List<NationalYear> parse(CsvTable table) {
        List<NationalYear> years = new ArrayList<>();
        Integer previous = null;
        for (CsvTable.Row row : table.rows()) {
            int year = row.integer("year");
            if (previous != null && year != previous + 1) {
                throw row.error("year", "expected consecutive years, found " + year + " after " + previous);
            }
            previous = year;
            String status = row.oneOf("homicides_status", Set.of("definitive", "preliminary"), "status (expected definitive or preliminary)");
            years.add(new NationalYear(year, row.nonNegative("homicides"), status.equals("definitive"), optional(row, "missing"),
                    optional(row, "arrests"), row.text("homicides_source")));
        }
        if (years.size() < 3) throw new DataFormatException(table.source(), 0, null, "expected at least 3 years");
        return List.copyOf(years);
    }

    private static OptionalDouble optional(CsvTable.Row row, String column) {
        return row.isBlank(column) ? OptionalDouble.empty() : OptionalDouble.of(row.nonNegative(column));
    }
}
