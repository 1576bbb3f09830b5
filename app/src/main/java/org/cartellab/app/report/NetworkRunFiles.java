package org.cartellab.app.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The three output files of a network run (weekly.csv, cartels.csv, summary.json), written all or nothing. */
public final class NetworkRunFiles {
    public static final String WEEKLY = "weekly.csv";
    public static final String CARTELS = "cartels.csv";
    public static final String SUMMARY = "summary.json";
    public static final Set<String> NAMES = Set.of(WEEKLY, CARTELS, SUMMARY);

    private NetworkRunFiles() {}

    /** Writes the three files into {@code tmp} (a directory an output target then installs). */
    public static void writeInto(NetworkRunReport report, Path tmp) throws IOException {
        {
            try (Writer w = Files.newBufferedWriter(tmp.resolve(WEEKLY), StandardCharsets.UTF_8)) {
                WeeklyCsv.write(report.result().weekly(), w);
            }
            try (Writer w = Files.newBufferedWriter(tmp.resolve(CARTELS), StandardCharsets.UTF_8)) {
                CartelsCsv.write(report.network(), report.startMembers(), report.result().finalMembers(), w);
            }
            try (Writer w = Files.newBufferedWriter(tmp.resolve(SUMMARY), StandardCharsets.UTF_8)) {
                RunSummaryJson.write(report, w);
            }
        }
    }
}
