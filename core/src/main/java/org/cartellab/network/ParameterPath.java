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

    /** Defaults changed by a schedule of interventions (as in a scenario file). */
    static ParameterPath scheduled(NetworkParameters base, Schedule schedule) {
        if (schedule.interventions().isEmpty()) return constant(base);
        return new ParameterPath() {
            @Override
            public NetworkParameters at(double week) {
                return new NetworkParameters(
                        schedule.value("recruitment", base.recruitment(), week),
                        schedule.value("incapacitation", base.incapacitation(), week),
                        schedule.value("conflict", base.conflict(), week),
                        schedule.value("saturation", base.saturation(), week),
                        base.initialMembers());
            }

            @Override
            public double[] breakpoints() { return schedule.breakpoints(); }
        };
    }
}
