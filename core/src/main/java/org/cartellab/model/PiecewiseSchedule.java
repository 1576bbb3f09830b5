package org.cartellab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A {@link Schedule} compiled for fast evaluation: between consecutive breakpoints (intervention weeks and ramp
 * ends) the set of interventions in effect is fixed, so each parameter's value there is a constant times the ramps
 * still in progress. Building costs O(k log k) for k interventions listed in week order (O(k^2) cheap steps
 * otherwise); a value costs a binary search plus one factor per ramp in progress, instead of a pass over all k
 * interventions, so a run with k intervention weeks costs O(k) rather than O(k^2).
 *
 * <p>Values equal {@link Schedule#value} up to the order of floating-point multiplications (a few units in the last
 * place). Every value the schedule can reach is checked when compiling: a product that overflows (two chained
 * multiplications by 1e308) is refused here with the intervention's week, not deep inside an engine.
 */
public final class PiecewiseSchedule {
    private final List<String> names;
    private final double[] bases;
    /** Piece j covers [starts[j], starts[j+1]); before starts[0] the bases apply. */
    private final double[] starts;
    /** constants[j][p]: the constant factor of parameter p in piece j. */
    private final double[][] constants;
    /** ramps[j][p]: the ramps in progress (week, over, factor triples), or null. */
    private final double[][][] ramps;

    /**
     * @param bases the value of each parameter before any intervention (only these names are evaluated)
     * @throws IllegalArgumentException if some intervention takes a parameter to a value that is not finite
     */
    public PiecewiseSchedule(Schedule schedule, Map<String, Double> bases) {
        this.names = List.copyOf(bases.keySet());
        this.bases = new double[names.size()];
        for (int p = 0; p < names.size(); p++) this.bases[p] = bases.get(names.get(p));
        this.starts = schedule.breakpoints();
        this.constants = new double[starts.length][];
        this.ramps = new double[starts.length][][];
        List<Intervention> list = schedule.interventions();
        if (sortedByWeek(list)) buildIncrementally(list);
        else buildPieceByPiece(list);
    }

    private static boolean sortedByWeek(List<Intervention> list) {
        for (int i = 1; i < list.size(); i++) if (list.get(i).week() < list.get(i - 1).week()) return false;
        return true;
    }

    /** Interventions in week order: walk the pieces once, activating each intervention at its week. */
    private void buildIncrementally(List<Intervention> list) {
        int m = names.size();
        double[] c = bases.clone();
        List<List<double[]>> running = new ArrayList<>();
        for (int p = 0; p < m; p++) running.add(new ArrayList<>());
        int next = 0;
        for (int j = 0; j < starts.length; j++) {
            double t = starts[j];
            while (next < list.size() && list.get(next).week() <= t) apply(list.get(next++), c, running);
            finishRamps(t, c, running);
            store(j, c, running);
        }
    }

    /** Interventions out of week order: each piece from a pass over the whole list (the order is the file's). */
    private void buildPieceByPiece(List<Intervention> list) {
        int m = names.size();
        for (int j = 0; j < starts.length; j++) {
            double t = starts[j];
            double[] c = bases.clone();
            List<List<double[]>> running = new ArrayList<>();
            for (int p = 0; p < m; p++) running.add(new ArrayList<>());
            for (Intervention i : list) {
                if (i.week() <= t) apply(i, c, running);
            }
            finishRamps(t, c, running);
            store(j, c, running);
        }
    }

    private void apply(Intervention i, double[] c, List<List<double[]>> running) {
        for (Map.Entry<String, Double> e : i.values().entrySet()) {
            int p = names.indexOf(e.getKey());
            if (p < 0) continue;
            double v = e.getValue();
            switch (i.kind()) {
                case MULTIPLY -> c[p] *= v;
                case SET -> {
                    c[p] = v;
                    running.get(p).clear();
                }
                case RAMP -> running.get(p).add(new double[] {i.week(), i.over(), v});
            }
            check(names.get(p), c[p], i.week());
        }
    }

    private void finishRamps(double t, double[] c, List<List<double[]>> running) {
        for (int p = 0; p < c.length; p++) {
            var it = running.get(p).iterator();
            while (it.hasNext()) {
                double[] r = it.next();
                if (t >= r[0] + r[1]) {
                    c[p] *= r[2];
                    it.remove();
                    check(names.get(p), c[p], (int) (r[0] + r[1]));
                }
            }
        }
    }

    private void store(int j, double[] c, List<List<double[]>> running) {
        constants[j] = c.clone();
        double[][] rs = null;
        for (int p = 0; p < c.length; p++) {
            List<double[]> list = running.get(p);
            if (list.isEmpty()) continue;
            if (rs == null) rs = new double[c.length][];
            double[] flat = new double[3 * list.size()];
            double reach = c[p];
            for (int k = 0; k < list.size(); k++) {
                System.arraycopy(list.get(k), 0, flat, 3 * k, 3);
                reach *= Math.max(1, list.get(k)[2]);
            }
            check(names.get(p), reach, (int) starts[j]); // the largest value a ramp reaches in this piece
            rs[p] = flat;
        }
        ramps[j] = rs;
    }

    private static void check(String name, double value, int week) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the interventions take " + name + " to " + value + " from week " + week
                    + " (the product of the multipliers is too large to represent); use smaller factors");
        }
    }

    /** Index of the parameter {@code name} for {@link #value(int, double)}, or -1. */
    public int index(String name) { return names.indexOf(name); }

    /** The value at week {@code t} of the parameter with index {@code p}. */
    public double value(int p, double t) {
        int j = piece(t);
        if (j < 0) return bases[p];
        double v = constants[j][p];
        double[][] rs = ramps[j];
        if (rs == null || rs[p] == null) return v;
        double[] r = rs[p];
        for (int k = 0; k < r.length; k += 3) v *= 1 + (r[k + 2] - 1) * Math.min(1.0, (t - r[k]) / r[k + 1]);
        return v;
    }

    private int piece(double t) {
        int j = Arrays.binarySearch(starts, t);
        return j >= 0 ? j : -j - 2;
    }

    /** For tests: the breakpoints (piece starts). */
    double[] starts() { return starts.clone(); }
}
