package org.cartellab.progress;

/**
 * Receives progress reports from a long computation (ensembles, Sobol analyses, calibration, cohort runs), on the
 * thread that started it; views render them (the CLI's bar on stderr, the web's job status). Core never prints.
 */
@FunctionalInterface
public interface ProgressListener {
    void onProgress(Progress p);

    ProgressListener NONE = p -> {};
}
