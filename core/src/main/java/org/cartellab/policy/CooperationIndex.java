package org.cartellab.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Mexico's cooperation index c(t), 1 = today's cooperation. Each shock changes it by {@code delta} (negative for
 * backlash; the lever's range is -1..1), reached linearly over {@code rampWeeks} from {@code startWeek}, and then
 * recovers linearly to no change over {@code recoveryWeeks} (infinite: no recovery within the horizon). Linear was
 * chosen over exponential so that "recovery_weeks" means what it says: the week the deficit is gone.
 *
 * <p>Several shocks combine multiplicatively, {@code c(t) = prod_k (1 + delta_k g_k(t))}, each removing a share of the
 * cooperation the others left, so backlash alone keeps c in [0, 1]. A positive delta (a course of action that improves
 * cooperation) takes c above 1, i.e. above today's, and fades back the same way.
 */
public record CooperationIndex(List<Shock> shocks) implements org.cartellab.model.TimeIndex {
    /** No change: c = 1 throughout. */
    public static final CooperationIndex TODAY = new CooperationIndex(List.of());

    public CooperationIndex {
        shocks = List.copyOf(shocks);
    }

    /** One change in cooperation: absolute model weeks, the change, its ramp-in and its linear recovery. */
    public record Shock(double startWeek, double rampWeeks, double delta, double recoveryWeeks) {
        public Shock {
            if (!Double.isFinite(delta) || delta < -1 || delta > 1) throw new IllegalArgumentException("a cooperation change must be in [-1, 1], got " + delta);
            if (!(rampWeeks >= 0) || Double.isInfinite(rampWeeks)) throw new IllegalArgumentException("ramp weeks must be finite and >= 0, got " + rampWeeks);
            if (!(recoveryWeeks > 0)) throw new IllegalArgumentException("recovery weeks must be > 0 (infinite for no recovery), got " + recoveryWeeks);
        }

        /** Share of the full change in effect at week t: 0 before, ramp to 1, then linear recovery to 0. */
        public double profile(double t) {
            if (t < startWeek) return 0;
            if (rampWeeks > 0 && t < startWeek + rampWeeks) return (t - startWeek) / rampWeeks;
            double since = t - startWeek - rampWeeks;
            if (Double.isInfinite(recoveryWeeks)) return 1;
            return Math.max(0, 1 - since / recoveryWeeks);
        }
    }

    /** c(t). */
    @Override
    public double at(double t) {
        double c = 1;
        for (Shock s : shocks) c *= 1 + s.delta() * s.profile(t);
        return c;
    }

    /** Weeks where c jumps or bends. */
    @Override
    public double[] breakpoints() {
        TreeSet<Double> b = new TreeSet<>();
        for (Shock s : shocks) {
            b.add(s.startWeek());
            b.add(s.startWeek() + s.rampWeeks());
            if (Double.isFinite(s.recoveryWeeks())) b.add(s.startWeek() + s.rampWeeks() + s.recoveryWeeks());
        }
        return b.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** An index with the shocks of both. */
    public CooperationIndex and(CooperationIndex other) {
        List<Shock> all = new ArrayList<>(shocks);
        all.addAll(other.shocks);
        return new CooperationIndex(all);
    }
}
