package org.cartellab.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.cartellab.progress.Progress;
import org.cartellab.progress.ProgressListener;

/**
 * Renders progress on stderr: a redrawn bar on a terminal, or (when stderr is a file or pipe) one line per 10 % so
 * logs stay readable. Lines look like {@code ensemble: 1200/5000 runs (24%), 850 runs/s, ETA 0:04}.
 */
final class ProgressBar implements ProgressListener {
    private final PrintStream err;
    private final String label;
    private final String unit;
    private final boolean terminal;
    private long lastDraw;
    private int lastStep = -1;

    ProgressBar(PrintStream err, String label, String unit, boolean terminal) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.terminal = terminal;
    }

    ProgressBar(PrintStream err, String label, boolean terminal) { this(err, label, "runs", terminal); }

    static ProgressBar onStderr(String label) { return onStderr(label, "runs"); }

    static ProgressBar onStderr(String label, String unit) { return new ProgressBar(System.err, label, unit, System.console() != null); }

    /** {@link #onStderr(String, String)} with the label and unit in {@code m}'s language (keys progress.label.*, progress.unit.*). */
    static ProgressBar onStderr(String label, String unit, org.cartellab.app.i18n.Messages m) {
        return onStderr(m.getOr("progress.label." + label.replace(' ', '_'), label), m.getOr("progress.unit." + unit, unit));
    }

    @Override
    public void onProgress(Progress p) {
        boolean finished = p.done() >= p.total();
        if (terminal) {
            long now = System.nanoTime();
            if (!finished && now - lastDraw < 100_000_000L) return;
            lastDraw = now;
            int width = 30;
            int fill = (int) Math.round(width * p.fraction());
            err.print("\r" + label + " [" + "#".repeat(fill) + ".".repeat(width - fill) + "] " + text(p, unit) + "   ");
            if (finished) err.println();
        } else {
            int step = (int) Math.floor(p.fraction() * 10);
            if (step == lastStep && !finished) return;
            if (finished && lastStep == 10) return;
            lastStep = step;
            err.println(label + ": " + text(p, unit));
        }
        err.flush();
    }

    static String text(Progress p) { return text(p, "runs"); }

    static String text(Progress p, String unit) {
        return String.format(Locale.ROOT, "%d/%d %s (%.0f%%), %.0f %s/s, ETA %s", p.done(), p.total(), unit, 100 * p.fraction(),
                p.perSecond(), unit, eta(p.eta()));
    }

    private static String eta(Duration d) {
        if (d == null) return "?";
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
