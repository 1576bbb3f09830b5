package org.cartellab.progress;

import java.time.Duration;

/**
 * How far a long computation has got: its stage (e.g. "ensemble", "fit", "posterior", "cohort"), units done of
 * total, the rate so far in units per second, and the estimated time left (null if unknown). The one progress value
 * of the project; every long computation in core reports it to a {@link ProgressListener}.
 */
public record Progress(String stage, long done, long total, double perSecond, Duration eta) {
    /** Share done, in [0, 1] (1 when there is nothing to do). */
    public double fraction() { return total == 0 ? 1 : (double) done / total; }

    /**
     * Progress of {@code done} of {@code total} units since {@code startNanos} ({@link System#nanoTime()}), with
     * the rate so far and the time left at that rate.
     */
    public static Progress since(String stage, long done, long total, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        Duration eta = rate > 0 ? Duration.ofMillis(Math.round(1000 * (total - done) / rate)) : null;
        return new Progress(stage, done, total, rate, eta);
    }
}
