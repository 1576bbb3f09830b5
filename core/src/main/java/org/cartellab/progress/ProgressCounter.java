package org.cartellab.progress;

/**
 * Counts units of work of one stage as they are done and reports them, with rate and time left, to a listener.
 * Thread-safe: workers may advance it concurrently (the listener is then called on their threads).
 */
public final class ProgressCounter {
    private final ProgressListener listener;
    private final String stage;
    private final long total;
    private final long start = System.nanoTime();
    private long done;

    /** A counter of {@code total} units (at least 1) reporting to {@code listener} under {@code stage}. */
    public ProgressCounter(ProgressListener listener, String stage, long total) {
        this.listener = listener;
        this.stage = stage;
        this.total = Math.max(total, 1);
    }

    /** Marks {@code units} more as done (capped at the total) and reports. */
    public synchronized void advance(long units) {
        reach(done + units);
    }

    /** Marks {@code doneSoFar} units as done in all (capped at the total; never goes back) and reports. */
    public synchronized void reach(long doneSoFar) {
        done = Math.max(done, Math.min(total, doneSoFar));
        listener.onProgress(Progress.since(stage, done, total, start));
    }
}
