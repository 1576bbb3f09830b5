package org.cartellab.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Writes a set of output files so that none appears half-written: into a hidden temporary folder, then moved. */
final class AtomicOutput {
    private AtomicOutput() {}

    static void write(Path dir, Map<String, String> files) {
        Path abs = dir.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(abs);
            tmp = Files.createTempDirectory(abs, ".partial-");
            for (Map.Entry<String, String> f : files.entrySet()) Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            for (String name : files.keySet()) {
                Files.move(tmp.resolve(name), abs.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException ignored) {
            // nothing was left there worth reporting: outputs were moved or never written
        }
    }
}
