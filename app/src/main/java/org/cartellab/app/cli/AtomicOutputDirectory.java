package org.cartellab.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a set of files so that nothing is half-written: all files go to a temporary directory beside the target and
 * are then moved in. A new target directory appears in one rename; into an existing one each file is replaced by an
 * atomic rename (the files arrive one by one, but none is ever partial).
 */
final class AtomicOutputDirectory {
    private final Path target;
    private final Map<String, String> files = new LinkedHashMap<>();

    AtomicOutputDirectory(Path target) { this.target = target.toAbsolutePath().normalize(); }

    AtomicOutputDirectory add(String name, String content) {
        files.put(name, content);
        return this;
    }

    void commit() {
        if (Files.exists(target) && !Files.isDirectory(target)) throw new BadInputException("--out " + target + " exists and is not a directory");
        Path parent = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
            try { // createTempDirectory is owner-only; the output directory should have ordinary permissions
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException notPosix) {
                // keep the platform default
            }
            for (Map.Entry<String, String> f : files.entrySet()) Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            if (!Files.exists(target)) {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    tmp = null;
                    return;
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                    Files.createDirectories(target); // fall through to per-file moves
                }
            }
            for (String name : files.keySet()) {
                Files.move(tmp.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover hidden temp directory is harmless; the outputs are complete or absent
        }
    }
}
