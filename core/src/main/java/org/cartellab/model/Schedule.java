package org.cartellab.model;

import java.util.List;

/** An ordered list of interventions: the value of any parameter at any time, and the times where it jumps or bends. */
public record Schedule(List<Intervention> interventions) {
    public static final Schedule NONE = new Schedule(List.of());

    public Schedule {
        interventions = List.copyOf(interventions);
    }

    /** The interventions as parameter changes, in order (index k = 1: a scenario file has no cooperation index). */
    public ParameterChanges changes() {
        List<ParameterChange> all = new java.util.ArrayList<>();
        for (Intervention i : interventions) all.addAll(i.changes());
        return new ParameterChanges(all, TimeIndex.ONE);
    }

    /** The value at time {@code t} of parameter {@code name} whose default is {@code base}: interventions apply in order. */
    public double value(String name, double base, double t) {
        return changes().value(name, base, t);
    }

    /** Whether any intervention touches this parameter. */
    public boolean touches(String name) {
        return interventions.stream().anyMatch(i -> i.values().containsKey(name));
    }

    /** Times at which some parameter jumps or its slope changes, ascending and distinct. */
    public double[] breakpoints() { return changes().breakpoints(); }
}
