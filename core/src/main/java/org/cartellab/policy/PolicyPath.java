package org.cartellab.policy;

import java.util.List;
import java.util.TreeSet;
import org.cartellab.model.ModelParameters;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.ParameterPath;

/**
 * The network parameters under a course of action: the base values times every ramped multiplier on the same
 * parameter (multipliers combine multiplicatively), times temporary multipliers (succession conflict), with Mexico's
 * cooperation index scaling the levers marked for it.
 *
 * <p>{@code cooperationDependentIncapacitation} is the share s of the baseline incapacitation that depends on
 * cooperation: {@code eta(t) = eta (1 - s (1 - c(t)))}. The comparison takes it from its defaults file (an assumed
 * range, 0.25 / 0.5 / 0.75); 0 means Mexico's own arrests go on whatever the US does and only the levers' increments
 * need cooperation.
 */
public record PolicyPath(NetworkParameters base, List<Ramp> ramps, List<TemporaryMultiplier> windows,
                         CooperationIndex cooperation, double cooperationDependentIncapacitation) implements ParameterPath {
    public PolicyPath {
        ramps = List.copyOf(ramps);
        windows = List.copyOf(windows);
        if (!(cooperationDependentIncapacitation >= 0 && cooperationDependentIncapacitation <= 1)) {
            throw new IllegalArgumentException("cooperation-dependent share of incapacitation must be in [0, 1], got " + cooperationDependentIncapacitation);
        }
        for (Ramp r : ramps) checkName(r.parameter());
        for (TemporaryMultiplier w : windows) checkName(w.parameter());
    }

    private static void checkName(String name) {
        List<String> scalable = ModelParameters.NETWORK.scalable();
        if (!scalable.contains(name)) {
            throw new IllegalArgumentException("a policy can only scale " + String.join(", ", scalable) + ", not " + name);
        }
    }

    /** The base parameters, unchanged. */
    public static PolicyPath none(NetworkParameters base) { return new PolicyPath(base, List.of(), List.of(), CooperationIndex.TODAY, 0); }

    @Override
    public NetworkParameters at(double week) {
        double c = cooperation.at(week);
        return new NetworkParameters(
                base.recruitment() * factor("recruitment", week, c),
                base.incapacitation() * factor("incapacitation", week, c) * (1 - cooperationDependentIncapacitation * (1 - c)),
                base.conflict() * factor("conflict", week, c),
                base.saturation() * factor("saturation", week, c),
                base.initialMembers());
    }

    /** The product of all multipliers on one parameter at week t, cooperation c (without the baseline dependence). */
    public double factor(String parameter, double week, double c) {
        double f = 1;
        for (Ramp r : ramps) if (r.parameter().equals(parameter)) f *= r.factor(week, c);
        for (TemporaryMultiplier w : windows) if (w.parameter().equals(parameter)) f *= w.factor(week);
        return f;
    }

    @Override
    public double[] breakpoints() {
        TreeSet<Double> b = new TreeSet<>();
        for (Ramp r : ramps) {
            b.add(r.startWeek());
            b.add(r.startWeek() + r.rampWeeks());
        }
        for (TemporaryMultiplier w : windows) {
            b.add(w.startWeek());
            b.add(w.endWeek());
        }
        for (double t : cooperation.breakpoints()) b.add(t);
        return b.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
