package org.cartellab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@link ParameterChanges} compiled for fast evaluation of a few named parameters. Between consecutive breakpoints the
 * changes acting are fixed, and a ramp is either in progress for the whole piece or complete; so in each piece the
 * leading run of time-independent changes (sets, steps, completed ramps, open or closed windows) folds into one
 * constant, computed once with exactly the operations {@link ParameterChanges#value} performs, and only the rest
 * (ramps in progress, indexed changes and what follows them) is folded at evaluation. Values are therefore
 * bit-identical to {@link ParameterChanges#value}; a value costs a binary search plus the changes in progress, so a run
 * with k intervention weeks costs O(k) rather than O(k^2). Every value a piece can reach is checked when compiling: a
 * product that overflows (two chained multiplications by 1e308) is refused with the week.
 */
public final class CompiledChanges {
    private final List<String> names;
    private final double[] bases;
    private final TimeIndex index;
    /** Piece j covers [starts[j], starts[j+1]); before starts[0] the bases apply. */
    private final double[] starts;
    /** constants[j][p]: parameter p's value after the constant prefix of piece j. */
    private final double[][] constants;
    /** rest[j][p]: the changes still to fold in piece j (empty when none). */
    private final ParameterChange[][][] rest;

    /**
     * @param bases the value of each parameter before any change (only these names are evaluated)
     * @throws IllegalArgumentException if the changes take a parameter to a value that is not finite
     */
    public CompiledChanges(ParameterChanges changes, Map<String, Double> bases) {
        this.names = List.copyOf(bases.keySet());
        this.bases = new double[names.size()];
        for (int p = 0; p < names.size(); p++) this.bases[p] = bases.get(names.get(p));
        this.index = changes.index();
        this.starts = changes.breakpoints();
        this.constants = new double[starts.length][names.size()];
        this.rest = new ParameterChange[starts.length][names.size()][];
        for (int p = 0; p < names.size(); p++) {
            String name = names.get(p);
            List<ParameterChange> mine = changes.changes().stream().filter(c -> c.parameter().equals(name)).toList();
            for (int j = 0; j < starts.length; j++) compile(p, j, mine);
        }
    }

    private void compile(int p, int j, List<ParameterChange> mine) {
        double t = starts[j];
        double v = bases[p];
        double reach = v;
        List<ParameterChange> dynamic = new ArrayList<>();
        for (ParameterChange c : mine) {
            if (!c.actsAt(t)) continue;
            boolean constant = dynamic.isEmpty() && !c.indexed() && (c.op() == ParameterChange.Op.SET || c.rampWeeks() == 0 || t >= c.startWeek() + c.rampWeeks());
            if (constant) {
                v = c.apply(v, t, Double.NaN);
                reach = v;
                check(names.get(p), v, t);
            } else {
                dynamic.add(c);
                reach = c.op() == ParameterChange.Op.SET ? c.value() : reach * Math.max(1, c.indexed() ? 2 * c.value() : c.value());
                check(names.get(p), reach, t);
            }
        }
        constants[j][p] = v;
        rest[j][p] = dynamic.toArray(new ParameterChange[0]);
    }

    private static void check(String name, double value, double week) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the interventions take " + name + " to " + value + " from week " + (long) week
                    + " (the product of the multipliers is too large to represent); use smaller factors");
        }
    }

    /** Index of the parameter {@code name} for {@link #value(int, double)}, or -1. */
    public int index(String name) { return names.indexOf(name); }

    /** The value at week {@code t} of the parameter with index {@code p}: the same number as {@link ParameterChanges#value}. */
    public double value(int p, double t) {
        int j = Arrays.binarySearch(starts, t);
        if (j < 0) j = -j - 2;
        if (j < 0) return bases[p];
        double v = constants[j][p];
        ParameterChange[] r = rest[j][p];
        if (r.length == 0) return v;
        double k = Double.NaN;
        for (ParameterChange c : r) {
            if (c.indexed() && Double.isNaN(k)) k = index.at(t);
            v = c.apply(v, t, k);
        }
        return v;
    }
}
