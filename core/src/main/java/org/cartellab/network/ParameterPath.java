package org.cartellab.network;

import java.util.List;
import org.cartellab.model.PiecewiseSchedule;
import org.cartellab.model.Schedule;

/** The network parameters as a function of model time (weeks), with the times where they jump or bend. */
public interface ParameterPath {
    NetworkParameters at(double week);

    /** Times of jumps or kinks; the simulator restarts the integrator there rather than stepping across them. */
    default double[] breakpoints() { return new double[0]; }

    static ParameterPath constant(NetworkParameters p) {
        return week -> p;
    }

    /**
     * Defaults changed by a schedule of interventions (as in a scenario file), compiled once ({@link PiecewiseSchedule})
     * so that evaluating it does not cost a pass over every intervention.
     *
     * @throws IllegalArgumentException if the interventions take a parameter to a value that is not finite
     */
    static ParameterPath scheduled(NetworkParameters base, Schedule schedule) {
        if (schedule.interventions().isEmpty()) return constant(base);
        java.util.Map<String, Double> bases = new java.util.LinkedHashMap<>();
        for (String name : List.of("recruitment", "incapacitation", "conflict", "saturation")) bases.put(name, base.get(name));
        PiecewiseSchedule compiled = new PiecewiseSchedule(schedule, bases); // refuses values that overflow
        return new ParameterPath() {
            @Override
            public NetworkParameters at(double week) {
                return new NetworkParameters(compiled.value(0, week), compiled.value(1, week), compiled.value(2, week),
                        compiled.value(3, week), base.initialMembers());
            }

            @Override
            public double[] breakpoints() { return schedule.breakpoints(); }
        };
    }
}
