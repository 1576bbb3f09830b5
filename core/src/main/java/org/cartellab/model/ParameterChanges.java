package org.cartellab.model;

import java.util.List;
import java.util.TreeSet;

/**
 * An ordered list of {@link ParameterChange}s and the index that weights the indexed ones: the value of any parameter
 * at any model week is its base value with every change acting then applied in list order (a set replaces what came
 * before it, later multipliers scale it). Scenario interventions and course-of-action levers both evaluate here.
 */
public record ParameterChanges(List<ParameterChange> changes, TimeIndex index) {
    /** No change. */
    public static final ParameterChanges NONE = new ParameterChanges(List.of(), TimeIndex.ONE);

    public ParameterChanges {
        changes = List.copyOf(changes);
        java.util.Objects.requireNonNull(index, "index");
    }

    /** The value at week t of parameter {@code name} whose base value is {@code base}. */
    public double value(String name, double base, double t) {
        double v = base;
        double k = Double.NaN;
        for (ParameterChange c : changes) {
            if (!c.parameter().equals(name) || !c.actsAt(t)) continue;
            if (c.indexed() && Double.isNaN(k)) k = index.at(t);
            v = c.apply(v, t, k);
        }
        return v;
    }

    /** Whether any change touches this parameter. */
    public boolean touches(String name) {
        return changes.stream().anyMatch(c -> c.parameter().equals(name));
    }

    /** Only the changes to the named parameters, with the same index. */
    public ParameterChanges only(java.util.Collection<String> names) {
        return new ParameterChanges(changes.stream().filter(c -> names.contains(c.parameter())).toList(), index);
    }

    /** Weeks where some parameter jumps or its slope changes (the changes' and the index's), ascending and distinct. */
    public double[] breakpoints() {
        TreeSet<Double> b = new TreeSet<>();
        for (ParameterChange c : changes) {
            b.add(c.startWeek());
            if (c.rampWeeks() > 0) b.add(c.startWeek() + c.rampWeeks());
            if (Double.isFinite(c.endWeek())) b.add(c.endWeek());
        }
        if (changes.stream().anyMatch(ParameterChange::indexed)) for (double t : index.breakpoints()) b.add(t);
        return b.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
