package org.cartellab.app.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The output rule shared by every verb that writes files (run, compare, ensemble, runs resume, sensitivity, calibrate,
 * cohort, runs export):
 * <ul>
 *   <li>The destination is checked when the target is made, before any work: empty paths, {@code .}, the working
 *       directory and the file-system root are refused, and so is a destination of the wrong kind.</li>
 *   <li>A new output folder is created, but never its parents: the folder that will hold the output must exist and
 *       accept new entries (tried with a probe), otherwise the message names the missing or unwritable folder.</li>
 *   <li>Nothing the tool did not write is replaced or deleted unless {@code force} is given. A directory the tool
 *       wrote holds a manifest, {@value #MANIFEST}, naming its files; a directory holding anything else is refused.
 *       With {@code force}, same-named files are replaced; other files are never deleted. A single output file
 *       that already exists is replaced only with {@code force}.</li>
 *   <li>Atomic: a new directory appears in one rename; into an existing one (or through a symbolic link) every
 *       file is moved in by an atomic rename, so none is ever half-written. The existing directory, a link to it
 *       and its permissions stay as they are; a replaced file keeps its permissions.</li>
 * </ul>
 * Failures to write are {@link OutputRefusedException}s too (one message, no stack trace).
 */
public final class OutputTarget {
    /** The manifest of a directory this tool wrote: one file name a line. */
    public static final String MANIFEST = ".cartel-lab-outputs";
    private static final String TEMP_PREFIX = ".cartel-lab-tmp-";

    /** Fills a (temporary) directory with output files; the names it writes are the outputs. */
    @FunctionalInterface
    public interface DirectoryWriter {
        void writeInto(Path dir) throws IOException;
    }

    /** Writes one output file's content to the given (temporary) path. */
    @FunctionalInterface
    public interface FileWriter {
        void writeTo(Path file) throws IOException;
    }

    private final Path given;
    private final Path target;
    private final boolean force;
    private final boolean directory;
    private final String option;

    private OutputTarget(Path given, Path target, boolean force, boolean directory, String option) {
        this.given = given;
        this.target = target;
        this.force = force;
        this.directory = directory;
        this.option = option;
    }

    /**
     * A directory of outputs, checked now.
     *
     * @param option the option that named it (for messages), e.g. {@code --out}
     * @throws OutputRefusedException if the path may not be written
     */
    public static OutputTarget directory(Path path, boolean force, String option) {
        Path abs = checkedPath(path, option);
        OutputTarget t = new OutputTarget(path, abs, force, true, option);
        t.checkDirectory();
        return t;
    }

    /** A directory from a string path (e.g. a flag value), checked now; see {@link #directory(Path, boolean, String)}. */
    public static OutputTarget directory(String path, boolean force, String option) {
        if (path == null || path.isBlank()) throw new OutputRefusedException(option + ": the path is empty; name a directory");
        return directory(Paths.get(path), force, option);
    }

    /** A single output file, checked now. */
    public static OutputTarget file(Path path, boolean force, String option) {
        Path abs = checkedPath(path, option);
        OutputTarget t = new OutputTarget(path, abs, force, false, option);
        t.checkFile();
        return t;
    }

    /** The path as the user gave it. */
    public Path path() { return given; }

    private static Path checkedPath(Path path, String option) {
        if (path == null || path.toString().isBlank()) throw new OutputRefusedException(option + ": the path is empty; name a directory or file");
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Paths.get("").toAbsolutePath().normalize();
        if (abs.getParent() == null) throw new OutputRefusedException(option + " " + path + ": the file-system root is never an output");
        if (abs.equals(cwd) || isSameFile(abs, cwd)) {
            throw new OutputRefusedException(option + " " + path + ": that is the working directory; name a new directory for the outputs");
        }
        if (cwd.startsWith(abs)) {
            throw new OutputRefusedException(option + " " + path + ": it contains the working directory; name a new directory for the outputs");
        }
        return abs;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private void checkFile() {
        if (Files.isDirectory(target)) throw new OutputRefusedException(given + " is a directory; name a file");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new OutputRefusedException(given + " already exists and was not written by this command; "
                    + "name a new file or add --force to replace it");
        }
        checkParent();
    }

    private void checkDirectory() {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputRefusedException(given + " exists and is not a directory; name a new or empty directory");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            checkParent();
            return;
        }
        if (!Files.exists(target)) throw new OutputRefusedException(given + " is a broken symbolic link");
        foreignEntries(); // throws if the directory holds something not ours and force is off
    }

    /**
     * The folder that will hold a new output (the parent of a new output folder, or of an output file) must already
     * exist, be a folder and accept a new entry; it is never created, so a typo in the path cannot create a tree of
     * folders. Whether it accepts an entry is tried, not guessed from its mode bits (root may write where the bits say
     * no, and a pseudo-file system such as /proc refuses whatever the bits say): a hidden probe folder is created and
     * removed at once.
     */
    private void checkParent() {
        Path p = target.getParent();
        String what = option + " " + given + ": ";
        if (!Files.exists(p)) {
            Path missing = p;
            while (missing.getParent() != null && !Files.exists(missing.getParent())) missing = missing.getParent();
            throw new OutputRefusedException(what + "the folder " + p + " does not exist (" + missing + " is missing); "
                    + (directory ? "the output folder itself is created, but never its parents" : "an output file's folder must exist")
                    + ": check the path, or create " + p + " first");
        }
        if (!Files.isDirectory(p)) throw new OutputRefusedException(what + p + " is not a folder; name a path inside a folder");
        Path probe = p.resolve(TEMP_PREFIX + "probe-" + UUID.randomUUID());
        try {
            Files.createDirectory(probe);
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException e) {
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.FileSystemException ? "it does not accept new entries" : String.valueOf(e.getMessage());
            throw new OutputRefusedException(what + "nothing can be created in " + p + " (" + why + "); name a folder you can write to");
        }
    }

    /** Entries of the existing directory the tool did not write; refuses them unless forced. */
    private List<String> foreignEntries() {
        Set<String> ours = manifest(target);
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(target)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (name.equals(MANIFEST) || name.startsWith(TEMP_PREFIX) || ours.contains(name)) continue;
                foreign.add(name);
            }
        } catch (IOException e) {
            throw new OutputRefusedException("cannot read " + given + ": " + e.getMessage(), e);
        }
        foreign.sort(Comparator.naturalOrder());
        if (!foreign.isEmpty() && !force) {
            throw new OutputRefusedException(given + " already holds '" + foreign.get(0) + "'"
                    + (foreign.size() > 1 ? " and " + (foreign.size() - 1) + " more" : "")
                    + ", which this tool did not write; name a new or empty directory, or add --force to write"
                    + " beside them (same-named files are replaced, nothing else is deleted)");
        }
        return foreign;
    }

    private static Set<String> manifest(Path dir) {
        Path m = dir.resolve(MANIFEST);
        Set<String> names = new LinkedHashSet<>();
        if (!Files.isRegularFile(m)) return names;
        try {
            for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.contains("/") && !line.equals("..") && !line.equals(".")) names.add(line.strip());
            }
        } catch (IOException e) {
            throw new OutputRefusedException("cannot read " + m + ": " + e.getMessage(), e);
        }
        return names;
    }

    /** Writes the given files (name to UTF-8 content) as the outputs of this directory target. */
    public void write(Map<String, String> files) {
        Map<String, String> copy = new LinkedHashMap<>(files);
        write(dir -> {
            for (Map.Entry<String, String> f : copy.entrySet()) Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        });
    }

    /** Runs {@code writer} on a temporary directory and installs what it wrote under the rule above. */
    public void write(DirectoryWriter writer) {
        if (!directory) throw new IllegalStateException("a file target takes a FileWriter");
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                // the parent was checked to exist and is never created (see checkParent)
                // createDirectory (unlike createTempDirectory) honours the umask, so the folder gets the usual mode
                Path temp = Files.createDirectory(target.getParent().resolve(TEMP_PREFIX + target.getFileName() + "-" + UUID.randomUUID()));
                try {
                    writer.writeInto(temp);
                    writeManifest(temp, names(temp));
                    try {
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                        return;
                    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException raced) {
                        checkDirectory(); // someone made it meanwhile: the existing-directory rule applies
                        installInto(temp);
                    }
                } finally {
                    deleteTree(temp);
                }
                return;
            }
            checkDirectory(); // again: the directory may have changed while the work ran
            Path real = target.toRealPath();
            Path temp = Files.createDirectory(real.resolve(TEMP_PREFIX + UUID.randomUUID()));
            try {
                writer.writeInto(temp);
                installInto(temp);
            } finally {
                deleteTree(temp);
            }
        } catch (IOException e) {
            throw new OutputRefusedException("cannot write " + given + ": " + e.getMessage(), e);
        }
    }

    /** Moves every file of {@code temp} into the existing target, then removes the outputs of ours it no longer has. */
    private void installInto(Path temp) throws IOException {
        Path real = target.toRealPath();
        Set<String> fresh = names(temp);
        fresh.remove(MANIFEST);
        Set<String> old = manifest(real);
        for (String name : fresh) {
            Path dest = real.resolve(name);
            if (Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException(given + "/" + name + " is a directory; the output of that name cannot replace it");
            }
            if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS) && !old.contains(name) && !force) {
                throw new OutputRefusedException(given + " already holds '" + name + "', which this tool did not write; add --force to replace it");
            }
        }
        Set<String> union = new LinkedHashSet<>(old);
        union.addAll(fresh);
        writeManifest(real, union); // first the union: a crash midway leaves every file of ours named
        for (String name : fresh) {
            Path src = temp.resolve(name);
            Path dest = real.resolve(name);
            keepPermissions(dest, src);
            Files.move(src, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        for (String name : old) {
            if (!fresh.contains(name)) Files.deleteIfExists(real.resolve(name)); // an earlier output of ours, now stale
        }
        writeManifest(real, fresh);
    }

    /** Writes one output file through a temporary file beside it, moved into place at the end. */
    public void writeFile(FileWriter writer) {
        if (directory) throw new IllegalStateException("a directory target takes a DirectoryWriter");
        checkFile();
        try {
            Path dest = Files.isSymbolicLink(target) ? target.toRealPath() : target; // keep the link, write its file
            Path temp = dest.resolveSibling(TEMP_PREFIX + dest.getFileName() + "-" + UUID.randomUUID());
            try {
                writer.writeTo(temp);
                if (!Files.exists(temp)) throw new IOException("nothing was written");
                keepPermissions(dest, temp);
                Files.move(temp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new OutputRefusedException("cannot write " + given + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw new IOException("an output writer made a sub-directory " + p.getFileName());
                names.add(p.getFileName().toString());
            }
        }
        names.remove(MANIFEST);
        return new java.util.TreeSet<>(names);
    }

    private static void writeManifest(Path dir, Set<String> names) throws IOException {
        Path temp = dir.resolve(TEMP_PREFIX + "manifest-" + UUID.randomUUID());
        Files.writeString(temp, String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, dir.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void keepPermissions(Path existing, Path replacement) {
        if (!Files.isRegularFile(existing)) return;
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(existing);
            Files.setPosixFilePermissions(replacement, mode);
        } catch (UnsupportedOperationException | IOException notPosix) {
            // keep the platform default
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a hidden temporary directory left behind is harmless: the outputs are complete or absent
        }
    }
}
