package org.cartellab.ensemble;

import org.cartellab.model.Schedule;
import org.cartellab.network.NetworkParameters;

/** What one ensemble member simulates: base parameters, the interventions applied to them, and the horizon in weeks. */
public record RunSpec(NetworkParameters parameters, Schedule schedule, int weeks) {
    public RunSpec {
        if (weeks < 0) throw new IllegalArgumentException("weeks must be >= 0, got " + weeks);
    }
}
