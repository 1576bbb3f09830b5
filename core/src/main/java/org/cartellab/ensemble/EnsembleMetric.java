package org.cartellab.ensemble;

import java.io.Serializable;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;

/** One number an ensemble keeps from every run: a weekly column at a given week, under a stable name. */
public record EnsembleMetric(String name, WeeklyColumn column, int week) implements Serializable {
    private static final long serialVersionUID = 1L;

    public EnsembleMetric {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a metric needs a name");
        if (week < 0) throw new IllegalArgumentException("metric " + name + ": week must be >= 0, got " + week);
    }

    /** The value of this metric in a run's weekly table. */
    public double of(WeeklyTable t) { return t.get(column, week); }
}
