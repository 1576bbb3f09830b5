package org.cartellab.app.web;

import java.util.List;
import java.util.Map;
import org.cartellab.policy.Range;

/**
 * A decision matrix as the web page draws it: one row per course of action, one column per metric, each cell a
 * low/central/high range; {@code note} says how the numbers were made (engine, ensemble, horizon).
 */
public record ComparisonTable(List<Metric> metrics, List<Row> rows, String note) {
    public ComparisonTable {
        metrics = List.copyOf(metrics);
        rows = List.copyOf(rows);
    }

    /** A column: id, unit and an English label (the page translates known ids). {@code lowerIsBetter} orders colours. */
    public record Metric(String id, String label, String unit, boolean lowerIsBetter) {}

    /** A row: the course of action's id and title, and its value range per metric id. */
    public record Row(String id, String title, Map<String, Range> values) {
        public Row {
            values = Map.copyOf(values);
        }
    }
}
