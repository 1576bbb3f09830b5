package org.cartellab.policy;

import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import java.util.List;
import org.cartellab.network.NetworkEvent;
import org.cartellab.network.ParameterPath;

/**
 * Lever settings translated for the network engine: the parameter path (a
 * {@link org.cartellab.network.ChangedParameters}), the structural events, the settings the network engine cannot
 * evaluate (left to the cohort engine), and the assumptions defaults brought in.
 */
public record CompiledPolicy(ParameterPath path, List<NetworkEvent> events, List<LeverSetting> notEvaluated, List<Phrase> assumptionPhrases) {
    public CompiledPolicy {
        events = List.copyOf(events);
        notEvaluated = List.copyOf(notEvaluated);
        assumptionPhrases = List.copyOf(assumptionPhrases);
    }

    /** The assumptions in English ({@link #assumptionPhrases()} rendered). */
    public List<String> assumptions() { return assumptionPhrases.stream().map(Phrase::english).toList(); }
}
