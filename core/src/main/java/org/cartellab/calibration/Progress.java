package org.cartellab.calibration;

/** Receives progress of long calibration work (the CLI prints it on stderr; core never prints). */
@FunctionalInterface
public interface Progress {
    /** {@code done} of {@code total} steps of {@code stage} are finished. */
    void report(String stage, int done, int total);

    Progress NONE = (stage, done, total) -> { };
}
