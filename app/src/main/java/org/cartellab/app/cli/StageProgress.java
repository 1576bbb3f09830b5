package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of staged work (calibration: fit, polish, posterior) on stderr: on a terminal one line redrawn in place
 * (carriage return) and ended when a stage finishes; otherwise (a file or a pipe) one line per stage at each 10 %
 * milestone, so logs stay short. {@link #terminal()} is {@code System.console() != null}.
 */
final class StageProgress {
    /** Non-terminal output prints at these fractions: 10 %, 20 %, ... 100 %. */
    static final int MILESTONES = 10;

    private final PrintWriter err;
    private final boolean terminal;
    private String stage = "";
    private int lastMilestone = -1;

    StageProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Whether stderr is a terminal (a console is attached). */
    static boolean terminal() { return System.console() != null; }

    /** {@code done} of {@code total} steps of {@code name} are finished. */
    synchronized void update(String name, long done, long total) {
        if (!name.equals(stage)) {
            stage = name;
            lastMilestone = -1;
        }
        double f = total <= 0 ? 1 : Math.min(1, (double) done / total);
        String line = String.format(Locale.ROOT, "%s: %d/%d (%.0f%%)", name, done, total, 100 * f);
        if (terminal) {
            err.print("\r" + line + "   ");
            if (done >= total) err.println();
        } else {
            int m = (int) Math.floor(f * MILESTONES);
            if (m == lastMilestone || (m == 0 && done < total && lastMilestone >= 0)) return;
            lastMilestone = m;
            err.println(line);
        }
        err.flush();
    }
}
