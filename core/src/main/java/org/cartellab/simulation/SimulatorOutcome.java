package org.cartellab.simulation;

import java.util.List;

/** A simulator run beside its status quo (the same history and start, no levers), with the assumptions the levers brought in. */
public record SimulatorOutcome(SimulatorInput input, SimulatedRun scenario, SimulatedRun statusQuo, List<String> assumptions) {
    public SimulatorOutcome {
        assumptions = List.copyOf(assumptions);
    }
}
