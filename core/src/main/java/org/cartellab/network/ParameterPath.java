package org.cartellab.network;

import org.cartellab.model.Schedule;

/** The network parameters as a function of model time (weeks), with the times where they jump or bend. */
public interface ParameterPath {
    NetworkParameters at(double week);

    /** Times of jumps or kinks; the simulator restarts the integrator there rather than stepping across them. */
    default double[] breakpoints() { return new double[0]; }

    static ParameterPath constant(NetworkParameters p) {
        return week -> p;
    }

    /** Defaults changed by a schedule of interventions (as in a scenario file), through {@link ChangedParameters}. */
    static ParameterPath scheduled(NetworkParameters base, Schedule schedule) {
        if (schedule.interventions().isEmpty()) return constant(base);
        return new ChangedParameters(base, schedule.changes(), 0);
    }
}
