package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr with rate and time left, redrawn at most ten times a second. */
public final class ProgressBar {
    private final PrintWriter err;
    private final String unit;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long lastDraw;
    private boolean drawn;

    public ProgressBar(PrintWriter err, long total, String unit) {
        this.err = err;
        this.total = Math.max(total, 1);
        this.unit = unit;
    }

    public synchronized void advance(long units) {
        done += units;
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done < total) return;
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        double left = rate > 0 ? (total - done) / rate : Double.NaN;
        int width = 30;
        int filled = (int) (width * Math.min(done, total) / total);
        err.printf(Locale.ROOT, "\r[%s%s] %3d%% %d/%d %s  %.1f/s  ETA %s ", "#".repeat(filled), "-".repeat(width - filled),
                100 * done / total, done, total, unit, rate, Double.isNaN(left) ? "?" : String.format(Locale.ROOT, "%.0fs", left));
        err.flush();
        drawn = true;
    }

    /** Ends the line. */
    public synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
