package org.cartellab.ensemble;

import java.util.List;

/**
 * Where an ensemble hands finished runs, one chunk at a time, in ascending index order and on the thread that started
 * it; a run store commits each chunk atomically. A sink that throws stops the ensemble.
 */
@FunctionalInterface
public interface ChunkSink {
    void accept(List<RunSummary> chunk);

    ChunkSink NONE = chunk -> {};
}
