package org.cartellab.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (beside the repository) from any module's working directory. */
public final class SharedFiles {
    private SharedFiles() {}

    public static Path shared() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("reference"))) return candidate;
            candidate = dir.getParent() == null ? null : dir.getParent().resolve("shared");
            if (candidate != null && Files.isDirectory(candidate.resolve("reference"))) return candidate;
        }
        throw new IllegalStateException("cannot find ../shared (with reference/) above " + Path.of("").toAbsolutePath());
    }

    public static Path reference(String file) { return shared().resolve("reference").resolve(file); }

    public static Path data(String file) { return shared().resolve("data").resolve(file); }
}
