package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cartellab.progress.Progress;
import org.junit.jupiter.api.Test;

/** Progress: one updating line on a terminal, sparse milestone lines (every 10 %) in a file or pipe. */
class ProgressOutputTest {
    @Test
    void stagesPrintMilestonesWhenNotOnATerminal() {
        StringWriter w = new StringWriter();
        StageProgress p = new StageProgress(new PrintWriter(w), false);
        for (int i = 1; i <= 1000; i++) p.update("posterior", i, 1000);
        p.update("fit", 1, 1);
        String[] lines = w.toString().split("\n");
        assertThat(lines).hasSize(12); // the start, nine milestones, the end; then the next stage
        assertThat(lines[0]).isEqualTo("posterior: 1/1000 (0%)");
        assertThat(lines[1]).isEqualTo("posterior: 100/1000 (10%)");
        assertThat(lines[10]).isEqualTo("posterior: 1000/1000 (100%)");
        assertThat(lines[11]).isEqualTo("fit: 1/1 (100%)");
    }

    @Test
    void stagesRedrawOneLineOnATerminal() {
        StringWriter w = new StringWriter();
        StageProgress p = new StageProgress(new PrintWriter(w), true);
        for (int i = 1; i <= 50; i++) p.update("posterior", i, 50);
        String out = w.toString();
        assertThat(out.split("\n", -1)).as("a single line, ended once").hasSize(2);
        assertThat(out.chars().filter(c -> c == '\r').count()).isEqualTo(50);
    }

    @Test
    void theBarPrintsAtMostElevenLinesInAPipe() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "ensemble", false);
        for (int i = 1; i <= 5000; i++) bar.onProgress(new Progress("ensemble", i, 5000, 100, Duration.ofSeconds(1)));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines.length).isBetween(10, 11);
        assertThat(lines[lines.length - 1]).startsWith("ensemble: 5000/5000 runs (100%)");
    }
}
