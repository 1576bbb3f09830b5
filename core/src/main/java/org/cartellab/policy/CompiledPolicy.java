package org.cartellab.policy;

import java.util.List;
import org.cartellab.network.NetworkEvent;
import org.cartellab.network.ParameterPath;

/**
 * Lever settings translated for the network engine: the parameter path (a
 * {@link org.cartellab.network.ChangedParameters}), the structural events, the settings the network engine cannot
 * evaluate (left to the cohort engine), and the assumptions defaults brought in.
 */
public record CompiledPolicy(ParameterPath path, List<NetworkEvent> events, List<LeverSetting> notEvaluated, List<String> assumptions) {
    public CompiledPolicy {
        events = List.copyOf(events);
        notEvaluated = List.copyOf(notEvaluated);
        assumptions = List.copyOf(assumptions);
    }
}
