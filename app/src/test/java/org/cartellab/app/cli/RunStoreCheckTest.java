package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, kind 10: runs check, recovery advice, a half-truncated store detected, short messages. */
class RunStoreCheckTest {
    @TempDir
    Path tmp;

    @Test
    void aSoundStoreChecksOk() {
        Path store = tmp.resolve("s.duckdb");
        assertThat(CliRunner.run("ensemble", "--runs", "3", "--store", store.toString()).exit()).isZero();
        CliRunner r = CliRunner.run("runs", "check", "--store", store.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("ok:");
    }

    @Test
    void aHalfTruncatedStoreIsDetectedWithAdviceAndNoHugeMessage() throws Exception {
        Path store = tmp.resolve("s.duckdb");
        assertThat(CliRunner.run("ensemble", "--runs", "120", "--store", store.toString()).exit()).isZero();
        long size = Files.size(store);
        try (RandomAccessFile f = new RandomAccessFile(store.toFile(), "rw")) {
            f.setLength(size / 2);
        }
        CliRunner check = CliRunner.run("runs", "check", "--store", store.toString());
        CliRunner list = CliRunner.run("runs", "list", "--store", store.toString());
        assertThat(check.exit()).as(check.out() + check.err()).isEqualTo(2);
        for (CliRunner r : new CliRunner[] {check, list}) {
            if (r.exit() == 0) continue; // a store truncated past its data may still list; check must not pass
            assertThat(r.err()).doesNotContain("\tat ");
            assertThat(r.err().length()).isLessThan(3000);
        }
        assertThat(check.err()).containsAnyOf("damaged", "cannot");
    }
}
