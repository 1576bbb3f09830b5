package org.cartellab.simulation;

import java.util.List;
import org.cartellab.network.NetworkParameters;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.Range;

/**
 * One simulator run: the network model from week 0 (2012-01-01) to {@code weeks} with parameters {@code base}, the
 * {@code levers} acting from model week {@code from} on (each lever's own start and ramp count from there), and the
 * share of baseline incapacitation that depends on Mexico's cooperation.
 *
 * @throws IllegalArgumentException unless {@code 0 <= from <= weeks} and the share is in [0, 1]
 */
public record SimulatorInput(NetworkParameters base, int weeks, int from, List<LeverSetting> levers, double dependentShare) {
    public SimulatorInput {
        if (from < 0 || weeks < from) throw new IllegalArgumentException("need 0 <= from <= weeks, got from " + from + ", weeks " + weeks);
        if (!(dependentShare >= 0 && dependentShare <= 1)) throw new IllegalArgumentException("dependent share must be in [0, 1], got " + dependentShare);
        levers = List.copyOf(levers);
    }

    /** The same run without levers. */
    public SimulatorInput statusQuo() { return new SimulatorInput(base, weeks, from, List.of(), dependentShare); }

    /**
     * A course of action's levers at one point of their ranges, with optional replacements by lever position
     * ({@code values[k]} non-null replaces lever k's value; the array may be shorter than the course's levers).
     */
    public static List<LeverSetting> course(CourseOfAction coa, Range.Point point, Double[] values) {
        List<LeverSetting> out = new java.util.ArrayList<>();
        for (int k = 0; k < coa.levers().size(); k++) {
            var e = coa.levers().get(k);
            Double v = values != null && k < values.length ? values[k] : null;
            out.add(v == null ? LeverSetting.at(e, point) : new LeverSetting(e, v));
        }
        return out;
    }
}
