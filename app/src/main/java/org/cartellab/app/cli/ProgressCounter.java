package org.cartellab.app.cli;

import java.time.Duration;
import org.cartellab.progress.Progress;
import org.cartellab.progress.ProgressListener;

/** Counts units of work as they are done and reports them, with rate and time left, to a progress listener. */
final class ProgressCounter {
    private final ProgressListener listener;
    private final long total;
    private final long start = System.nanoTime();
    private long done;

    ProgressCounter(ProgressListener listener, long total) {
        this.listener = listener;
        this.total = Math.max(total, 1);
    }

    synchronized void advance(long units) {
        done = Math.min(total, done + units);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        Duration eta = rate > 0 ? Duration.ofMillis(Math.round(1000 * (total - done) / rate)) : null;
        listener.onProgress(new Progress(done, total, rate, eta));
    }
}
