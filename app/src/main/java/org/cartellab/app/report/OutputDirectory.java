package org.cartellab.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a directory of outputs all or nothing: files go to a hidden temporary directory beside the target, which is
 * moved into place in one rename once every file is written. A target that already holds anything other than a
 * previous output of the same kind is never replaced.
 */
public final class OutputDirectory {
    /** Writes files into a (temporary) directory. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path dir) throws IOException;
    }

    private OutputDirectory() {}

    /**
     * Runs {@code writer} on a fresh temporary directory beside {@code target} and moves it to {@code target}. If the
     * writer fails, the temporary directory is removed and {@code target} is left as it was.
     *
     * @param replaceable the only file names an existing {@code target} may contain to be replaced
     */
    public static void write(Path target, Set<String> replaceable, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        if (parent == null) throw new IOException("cannot write outputs to the file-system root");
        checkReplaceable(dir, replaceable);
        Files.createDirectories(parent);
        // Files.createDirectory (unlike createTempDirectory) honours the umask, so the result is readable as usual.
        Path temp = Files.createDirectory(parent.resolve("." + dir.getFileName() + ".tmp-" + UUID.randomUUID()));
        Path old = null;
        try {
            writer.writeInto(temp);
            if (Files.exists(dir)) {
                old = parent.resolve("." + dir.getFileName() + ".old-" + UUID.randomUUID());
                move(dir, old);
            }
            move(temp, dir);
            temp = null;
        } catch (IOException | RuntimeException e) {
            if (old != null && !Files.exists(dir)) move(old, dir); // put the previous output back
            old = null;
            throw e;
        } finally {
            if (temp != null) deleteTree(temp);
            if (old != null) deleteTree(old);
        }
    }

    private static void checkReplaceable(Path dir, Set<String> replaceable) throws IOException {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new IOException(dir + " exists and is not a directory");
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                if (!replaceable.contains(p.getFileName().toString()) || Files.isDirectory(p)) {
                    throw new IOException(dir + " already holds '" + p.getFileName() + "', which is not an output of this"
                            + " command; choose a new or empty directory");
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove temporary directory " + dir, e);
        }
    }
}
