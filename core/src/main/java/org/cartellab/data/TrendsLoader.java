package org.cartellab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the national yearly series (homicides, missing persons, arrests). */
public final class TrendsLoader {
    private TrendsLoader() {}

    public static List<TrendYear> bundled() {
        return parse(CsvTable.resource(DataSet.TRENDS.file(), "YEAR", "homicide", "missings", "arrests"));
    }

    public static List<TrendYear> fromFile(Path file) {
        return parse(CsvTable.read(file, "YEAR", "homicide", "missings", "arrests"));
    }

    static List<TrendYear> parse(CsvTable table) {
        List<TrendYear> years = new ArrayList<>();
        Integer previous = null;
        for (CsvTable.Row row : table.rows()) {
            int year = row.integer("YEAR");
            if (previous != null && year != previous + 1) {
                throw row.error("YEAR", "expected consecutive years, found " + year + " after " + previous);
            }
            previous = year;
            years.add(new TrendYear(year, row.nonNegative("homicide"), row.nonNegative("missings"), row.nonNegative("arrests")));
        }
        if (years.size() < 3) throw new DataFormatException(table.source(), 0, null, "expected at least 3 years for a spline");
        return List.copyOf(years);
    }
}
