package org.cartellab.app.store;

import java.time.LocalDateTime;
import org.cartellab.ensemble.EnsembleSpec;

/** One row of the store's runs table: what was run, with which code and data, and how far it got. */
public record StoredRun(String id, String kind, String scenarioName, EnsembleSpec spec, String codeVersion,
                        String dataVersions, LocalDateTime created, String status, long total, long done) {
    public static final String RUNNING = "running";
    public static final String COMPLETE = "complete";
    public static final String FAILED = "failed";
}
