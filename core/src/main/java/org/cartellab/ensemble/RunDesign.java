package org.cartellab.ensemble;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * How an ensemble chooses run {@code index}: a function of the index and that run's own random stream (see
 * {@link RunStreams}). Parameter uncertainty, lever uncertainty and course-of-action arms all plug in here; it must
 * be deterministic given (index, the stream's draws) and free of shared mutable state, since runs execute in parallel.
 */
@FunctionalInterface
public interface RunDesign {
    RunSpec draw(long index, UniformRandomProvider rng);
}
