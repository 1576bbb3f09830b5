package org.cartellab.app.web;

/**
 * Limits and sizes of the web server: largest request body, longest horizon for live runs, largest ensemble, job
 * threads and queue, how many finished jobs are kept for their results.
 */
public record WebSettings(int maxBodyBytes, int maxWeeks, int maxEnsembleRuns, int jobThreads, int jobQueue,
                          int jobsKept) {
    /** 64 KiB bodies, 2080 weeks (40 years), 200 ensemble runs, 1 job thread, 8 queued, 64 kept. */
    public static final WebSettings DEFAULTS = new WebSettings(64 * 1024, 2080, 200, 1, 8, 64);

    public WebSettings {
        if (maxBodyBytes < 1024 || maxWeeks < 1 || maxEnsembleRuns < 2 || jobThreads < 1 || jobQueue < 0 || jobsKept < 1) {
            throw new IllegalArgumentException("web settings out of range: " + this);
        }
    }
}
