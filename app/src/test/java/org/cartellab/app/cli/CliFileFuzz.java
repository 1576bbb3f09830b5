package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The fuzz of the verbs that read user files (issue 10): a bundled file with one or two values replaced by hostile
 * tokens or a line removed, handed to {@code coa list --catalog}, {@code law --knowledge-base}, {@code timeline --file},
 * {@code claims --file} and the writing {@code compare --catalog ... --out}. Each run exits 0, or 2 with one line
 * {@code error: ...} naming the file; never 1 or a stack trace; a writing verb's output folder is absent or complete.
 */
final class CliFileFuzz {
    private CliFileFuzz() {}

    static final List<String> TOKENS = List.of("010", "1d", "0x1p3", "NaN", ".inf", "1e308", "-1", "\"5\"", "[]", "{}", "~", "abc", "*a",
            "&a x", "2026-02-30", "\"\\e[2J\"", "\"line\\nbreak\"", "[unknown-source]", "x".repeat(3000), "!!java.io.File x");

    /** A mutated copy of a bundled resource: one or two lines get a hostile value or vanish. */
    static Arbitrary<String> mutated(String resource) {
        String seed = resource(resource);
        String[] lines = seed.split("\n", -1);
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, lines.length - 1), Arbitraries.integers().between(0, TOKENS.size()))
                .as((l, t) -> new int[] {l, t});
        return edit.list().ofMinSize(1).ofMaxSize(2).map(edits -> {
            List<String> out = new ArrayList<>(List.of(lines));
            for (int[] e : edits) {
                int i = Math.min(e[0], out.size() - 1);
                String l = out.get(i);
                int colon = l.indexOf(": ");
                if (e[1] == TOKENS.size()) out.remove(i);
                else out.set(i, colon > 0 ? l.substring(0, colon + 2) + TOKENS.get(e[1]) : l + " " + TOKENS.get(e[1]));
            }
            return String.join("\n", out);
        });
    }

    static final Map<String, AtomicLongArray> COUNTS = new ConcurrentHashMap<>();

    /** Runs one verb and checks the outcome; {@code out} is the folder a writing verb was told to write, else null. */
    static void check(String format, Path out, List<String> expectedFiles, String... args) {
        CliRunner r = CliRunner.run(args);
        String what = format + " " + String.join(" ", args) + " -> " + r.exit() + " " + r.err();
        assertThat(r.exit()).as(what).isIn(0, 2);
        assertThat(r.err()).as(what).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
        if (r.exit() == 2) {
            assertThat(r.err().strip().lines().count()).as(what).isEqualTo(1);
            assertThat(r.err()).as(what).startsWith("error: ");
        }
        if (out != null) {
            if (r.exit() == 0) for (String f : expectedFiles) assertThat(out.resolve(f)).as(what).isRegularFile();
            else assertThat(out).as("no partial output: " + what).doesNotExist();
        }
        COUNTS.computeIfAbsent(format, k -> new AtomicLongArray(2)).incrementAndGet(r.exit() == 0 ? 0 : 1);
    }

    static Path folderWith(Map<String, String> files) {
        try {
            Path dir = Files.createTempDirectory("cli-fuzz");
            for (Map.Entry<String, String> f : files.entrySet()) Files.writeString(dir.resolve(f.getKey()), f.getValue());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = CliFileFuzz.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String report() {
        Map<String, String> out = new TreeMap<>();
        COUNTS.forEach((k, v) -> out.put(k, v.get(0) + " ran, " + v.get(1) + " refused (exit 2)"));
        return "cli file fuzz: " + out + ", 0 exit 1, 0 stack traces, 0 partial outputs";
    }
}
