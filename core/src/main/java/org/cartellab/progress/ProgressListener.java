package org.cartellab.progress;

/** Receives progress reports from an ensemble, always on the thread that started it; views render them (e.g. a bar on stderr). */
@FunctionalInterface
public interface ProgressListener {
    void onProgress(Progress p);

    ProgressListener NONE = p -> {};
}
