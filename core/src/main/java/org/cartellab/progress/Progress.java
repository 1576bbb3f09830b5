package org.cartellab.progress;

import java.time.Duration;

/** How far a long computation has got: runs done of total, the rate so far, and the estimated time left (null if unknown). */
public record Progress(long done, long total, double perSecond, Duration eta) {
    public double fraction() { return total == 0 ? 1 : (double) done / total; }
}
