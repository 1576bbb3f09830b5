package org.cartellab.network;

import java.util.List;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cartellab.model.CompiledChanges;
import org.cartellab.model.ModelParameters;
import org.cartellab.model.ParameterChange;
import org.cartellab.model.ParameterChanges;

/**
 * The network parameters over model weeks: a base set changed by {@link ParameterChanges} (scenario interventions and
 * course-of-action levers compile to the same changes; evaluated through {@link CompiledChanges}, bit-identical to
 * {@link ParameterChanges#value} and linear in the number of changes), with an optional dependence of incapacitation on the changes'
 * index: {@code eta(t) = eta_changed(t) (1 - s (1 - k(t)))}, where s is the share of baseline incapacitation that
 * needs Mexico's cooperation k (0: none does). Initial members cannot change during a run.
 *
 * @throws IllegalArgumentException (constructor) if a change names no changeable network parameter, s is outside [0, 1],
 *                                  or the changes take a parameter to a value that is not finite
 */
public final class ChangedParameters implements ParameterPath {
    /** The parameters a change may touch, in {@link NetworkParameters} order: those declared scalable. */
    public static final List<String> CHANGEABLE = ModelParameters.NETWORK.scalable();
    private static final int RHO = CHANGEABLE.indexOf("recruitment");
    private static final int ETA = CHANGEABLE.indexOf("incapacitation");
    private static final int THETA = CHANGEABLE.indexOf("conflict");
    private static final int OMEGA = CHANGEABLE.indexOf("saturation");

    private final NetworkParameters base;
    private final ParameterChanges changes;
    private final double dependentIncapacitation;
    private final CompiledChanges compiled;
    private final boolean indexed;

    public ChangedParameters(NetworkParameters base, ParameterChanges changes, double dependentIncapacitation) {
        if (!(dependentIncapacitation >= 0 && dependentIncapacitation <= 1)) {
            throw new IllegalArgumentException("cooperation-dependent share of incapacitation must be in [0, 1], got " + dependentIncapacitation);
        }
        for (ParameterChange c : changes.changes()) {
            if (!CHANGEABLE.contains(c.parameter())) {
                throw new IllegalArgumentException("a network run can change " + String.join(", ", CHANGEABLE) + " during the run, not " + c.parameter());
            }
        }
        this.base = base;
        this.changes = changes;
        this.dependentIncapacitation = dependentIncapacitation;
        Map<String, Double> bases = new LinkedHashMap<>();
        for (String name : CHANGEABLE) bases.put(name, base.get(name));
        this.compiled = new CompiledChanges(changes, bases); // refuses values that overflow
        this.indexed = dependentIncapacitation > 0 || changes.changes().stream().anyMatch(ParameterChange::indexed);
    }

    public NetworkParameters base() { return base; }

    public ParameterChanges changes() { return changes; }

    public double dependentIncapacitation() { return dependentIncapacitation; }

    @Override
    public NetworkParameters at(double week) {
        double k = dependentIncapacitation > 0 ? changes.index().at(week) : 1;
        double eta = value(ETA, base.incapacitation(), week, k);
        if (dependentIncapacitation > 0) eta *= 1 - dependentIncapacitation * (1 - k);
        return new NetworkParameters(value(RHO, base.recruitment(), week, k), eta, value(THETA, base.conflict(), week, k),
                value(OMEGA, base.saturation(), week, k), base.initialMembers());
    }

    private double value(int p, double ignoredBase, double week, double ignoredIndex) {
        return compiled.value(p, week);
    }

    @Override
    public double[] breakpoints() {
        TreeSet<Double> b = new TreeSet<>();
        for (double t : changes.breakpoints()) b.add(t);
        if (dependentIncapacitation > 0) for (double t : changes.index().breakpoints()) b.add(t);
        return b.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public String toString() { return "ChangedParameters[" + base + ", " + changes + ", s=" + dependentIncapacitation + "]"; }
}
