package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All-or-nothing output: a failing writer leaves neither the target nor a temporary directory behind. */
class OutputDirectoryTest {
    @TempDir
    Path tmp;

    long entries() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.count();
        }
    }

    @Test
    void aWriterThatFailsHalfwayLeavesNothing() throws IOException {
        Path target = tmp.resolve("out");
        assertThatThrownBy(() -> OutputDirectory.write(target, Set.of("a.csv"), dir -> {
            Files.writeString(dir.resolve("a.csv"), "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).doesNotExist();
        assertThat(entries()).isZero();
    }

    @Test
    void aFailedRewriteKeepsThePreviousOutput() throws IOException {
        Path target = tmp.resolve("out");
        OutputDirectory.write(target, Set.of("a.csv"), dir -> Files.writeString(dir.resolve("a.csv"), "first"));
        assertThatThrownBy(() -> OutputDirectory.write(target, Set.of("a.csv"), dir -> {
            throw new IllegalStateException("engine failed");
        })).hasMessage("engine failed");
        assertThat(target.resolve("a.csv")).hasContent("first");
        assertThat(entries()).isEqualTo(1);
        OutputDirectory.write(target, Set.of("a.csv"), dir -> Files.writeString(dir.resolve("a.csv"), "second"));
        assertThat(target.resolve("a.csv")).hasContent("second");
        assertThat(entries()).isEqualTo(1);
    }
}
