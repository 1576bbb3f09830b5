package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoredRun;
import org.cartellab.ensemble.RunSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a CLI ensemble in a child JVM with SIGKILL mid-run, then checks the store holds whole chunks only and that
 * {@code runs resume} completes it to exactly the items of an uninterrupted run.
 */
@Tag("slow")
class CrashResumeTest {
    static final int RUNS = 1500;
    static final int CHUNK = 100;

    @TempDir
    Path dir;

    @Test
    void killedEnsembleResumesToTheUninterruptedResult() throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "name: Five years\nmodel: network\nweeks: 260\nseed: 11\n");
        Path crashed = dir.resolve("crashed.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ensemble", scenario.toString(), "--runs", "" + RUNS, "--chunk", "" + CHUNK, "--threads", "2", "--store", crashed.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        Pattern progress = Pattern.compile("ensemble: (\\d+)/" + RUNS);
        AtomicLong seen = new AtomicLong();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                Matcher m = progress.matcher(line);
                if (m.find() && Long.parseLong(m.group(1)) >= 3 * CHUNK) {
                    seen.set(Long.parseLong(m.group(1)));
                    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no chance to tidy up
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        assertThat(seen.get()).isBetween(3L * CHUNK, RUNS - 1L);

        String id;
        long stored;
        try (RunStore st = RunStore.open(crashed)) {
            List<StoredRun> runs = st.list();
            assertThat(runs).hasSize(1);
            StoredRun r = runs.get(0);
            id = r.id();
            stored = st.countItems(id);
            assertThat(r.status()).isEqualTo(StoredRun.RUNNING);
            assertThat(r.done()).as("n_done agrees with the items").isEqualTo(stored);
            assertThat(stored % CHUNK).as("whole chunks only").isZero();
            assertThat(stored).isBetween(1L * CHUNK, RUNS - 1L);
            // the stored chunks are the first ones, in order
            assertThat(st.items(id)).extracting(RunSummary::index).first().isEqualTo(0L);
        }

        EnsembleCommandTest.Outcome resumed = EnsembleCommandTest.cli("runs", "resume", id, "--store", crashed.toString(), "--threads", "1", "--chunk", "64");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        Path clean = dir.resolve("clean.duckdb");
        EnsembleCommandTest.Outcome whole = EnsembleCommandTest.cli("ensemble", scenario.toString(), "--runs", "" + RUNS, "--chunk", "" + CHUNK,
                "--threads", "2", "--store", clean.toString());
        assertThat(whole.code()).as(whole.err()).isZero();

        try (RunStore a = RunStore.open(crashed); RunStore b = RunStore.open(clean)) {
            StoredRun ra = a.get(id);
            StoredRun rb = b.list().get(0);
            assertThat(ra.status()).isEqualTo(StoredRun.COMPLETE);
            assertThat(ra.done()).isEqualTo(RUNS);
            List<RunSummary> ia = a.items(id);
            List<RunSummary> ib = b.items(rb.id());
            assertThat(ia).hasSize(RUNS);
            assertThat(ib).hasSize(RUNS);
            for (int i = 0; i < RUNS; i++) {
                assertThat(ia.get(i).index()).isEqualTo(i);
                assertThat(ia.get(i).sameAs(ib.get(i))).as("run %d", i).isTrue();
            }
            var plan = ra.spec().toJob().plan();
            assertThat(a.bands(id, plan)).isEqualTo(b.bands(rb.id(), plan)).hasSize(plan.metrics().size());
        }
        System.out.printf("crash test: killed after %d runs computed, %d stored (%d chunks); resumed to %d%n", seen.get(), stored, stored / CHUNK, RUNS);
    }
}
