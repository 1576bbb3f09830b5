package org.cartellab.ensemble;

import java.io.Serializable;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.model.Intervention;

/**
 * A hook for uncertain policy levers: the extra interventions of run {@code index}, drawn from that run's stream
 * after its parameters (e.g. a lever effect sampled from its low..high range). Serializable so that Spark can ship it.
 */
@FunctionalInterface
public interface LeverDraw extends Serializable {
    List<Intervention> draw(long index, UniformRandomProvider rng);

    /** No lever uncertainty: the scenario's interventions only. */
    LeverDraw NONE = (index, rng) -> List.of();
}
