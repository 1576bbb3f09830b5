package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.cartellab.app.output.OutputTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one output rule (app.output.OutputTarget) through the verbs that write files. */
class OutputRuleTest {
    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void compareNeverReplacesAUsersReport() throws IOException {
        Path d = Files.createDirectory(tmp.resolve("d"));
        Files.writeString(d.resolve("report.html"), "<h1>mine</h1>\n");
        Files.writeString(d.resolve("notes.txt"), "n\n");
        CliRunner r = CliRunner.run("compare", "status_quo", "recruitment_prevention", "--out", d.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("did not write", "--force");
        assertThat(d.resolve("report.html")).hasContent("<h1>mine</h1>");
        assertThat(names(d)).containsExactly("notes.txt", "report.html");
        assertThat(r.out()).as("refused before any work").doesNotContain("status_quo");
    }

    @Test
    void forceReplacesSameNamedFilesAndDeletesNothingElse() throws IOException {
        Path d = Files.createDirectory(tmp.resolve("d"));
        Files.writeString(d.resolve("weekly.csv"), "mine\n");
        Files.writeString(d.resolve("notes.txt"), "n\n");
        CliRunner r = CliRunner.run("run", "--weeks", "10", "--quiet", "--force", "--out", d.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(d.resolve("notes.txt")).hasContent("n");
        assertThat(Files.readString(d.resolve("weekly.csv"))).startsWith("week,date,members");
        assertThat(names(d)).containsExactly(OutputTarget.MANIFEST, "cartels.csv", "notes.txt", "summary.json", "weekly.csv");
    }

    @Test
    void emptyDotAndWorkingDirectoryPathsAreRefusedForEveryWriter() {
        Path cwd = Paths.get("").toAbsolutePath();
        List<List<String>> verbs = List.of(List.of("run", "--weeks", "10"), List.of("compare", "status_quo"),
                List.of("ensemble", "--runs", "2", "--no-store"), List.of("sensitivity", "--samples", "16"),
                List.of("calibrate", "--starts", "1"), List.of("cohort", "--alpha-steps", "1"));
        for (List<String> verb : verbs) {
            for (String path : List.of("", ".", "./", cwd.toString(), cwd.getParent().toString())) {
                String[] args = Stream.concat(verb.stream(), Stream.of("--out", path)).toArray(String[]::new);
                CliRunner r = CliRunner.run(args);
                assertThat(r.exit()).as(verb + " --out '" + path + "': " + r.err()).isEqualTo(2);
                assertThat(r.err()).as(verb + " " + path).doesNotContain("Exception", "\tat ");
            }
        }
        assertThat(cwd).isDirectory();
    }

    @Test
    void aSymlinkedFolderStaysALinkAndAFolderKeepsItsMode() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertThat(CliRunner.run("run", "--weeks", "10", "--quiet", "--out", link.toString()).exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real.resolve("weekly.csv")).exists();
        assertThat(CliRunner.run("run", "--weeks", "12", "--quiet", "--out", link.toString()).exit()).as("ours again").isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();

        Path mine = Files.createDirectory(tmp.resolve("mine"));
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rwx--x---"));
        assertThat(CliRunner.run("run", "--weeks", "10", "--quiet", "--out", mine.toString()).exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine))).isEqualTo("rwx--x---");
        Files.setPosixFilePermissions(mine.resolve("weekly.csv"), PosixFilePermissions.fromString("rw-------"));
        assertThat(CliRunner.run("run", "--weeks", "11", "--quiet", "--out", mine.toString()).exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine.resolve("weekly.csv")))).isEqualTo("rw-------");
        assertThat(names(tmp)).containsExactly("link", "mine", "real");
    }

    @Test
    void theDestinationIsCheckedBeforeAnyWork() throws IOException {
        Path d = Files.createDirectory(tmp.resolve("taken"));
        Files.writeString(d.resolve("bands.csv"), "mine\n");
        Path store = tmp.resolve("store.duckdb");
        CliRunner r = CliRunner.run("ensemble", "--runs", "5", "--store", store.toString(), "--out", d.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(store).as("no run was started").doesNotExist();
        assertThat(d.resolve("bands.csv")).hasContent("mine");
    }

    @Test
    void anExportNeverReplacesAnExistingFileUnlessForced() throws IOException {
        Path store = tmp.resolve("s.duckdb");
        CliRunner e = CliRunner.run("ensemble", "--runs", "3", "--store", store.toString());
        assertThat(e.exit()).as(e.err()).isZero();
        String id = e.out().lines().filter(l -> l.startsWith("stored as run ")).findFirst().orElseThrow().split(" ")[3];
        Path file = tmp.resolve("mine.csv");
        Files.writeString(file, "mine\n");
        CliRunner r = CliRunner.run("runs", "export", id, "--format", "csv", "--out", file.toString(), "--store", store.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(file).hasContent("mine");
        CliRunner f = CliRunner.run("runs", "export", id, "--format", "csv", "--force", "--out", file.toString(), "--store", store.toString());
        assertThat(f.exit()).as(f.err()).isZero();
        assertThat(Files.readString(file)).startsWith("idx,");
        assertThat(names(tmp)).containsExactly("mine.csv", "s.duckdb");
    }

    /** Every verb that takes --out (and calibrate's --publish-posterior), with what it needs besides; the path goes last. */
    private List<List<String>> everyWriter() {
        Path store = tmp.resolve("absent.duckdb");
        return List.of(List.of("run", "--weeks", "10", "--out"), List.of("compare", "status_quo", "--out"),
                List.of("ensemble", "--runs", "2", "--no-store", "--out"), List.of("sensitivity", "--samples", "16", "--out"),
                List.of("calibrate", "--starts", "1", "--out"), List.of("calibrate", "--starts", "1", "--publish-posterior"),
                List.of("cohort", "--alpha-steps", "1", "--out"), List.of("backtest", "--out"),
                List.of("runs", "resume", "1", "--store", store.toString(), "--out"),
                List.of("runs", "export", "1", "--format", "csv", "--store", store.toString(), "--out"));
    }

    @Test
    void aMissingParentIsNamedAndNothingIsCreatedForEveryWriter() {
        Path missing = tmp.resolve("typo");
        String target = missing.resolve("dir").resolve("x").toString();
        for (List<String> verb : everyWriter()) {
            String[] args = Stream.concat(verb.stream(), Stream.of(target)).toArray(String[]::new);
            CliRunner r = CliRunner.run(args);
            assertThat(r.exit()).as(verb + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(verb + ": one line: " + r.err()).isEqualTo(1);
            assertThat(r.err()).as(verb.toString()).contains(target, "does not exist", missing + " is missing").doesNotContain("Exception", "\tat ");
            assertThat(r.out()).as(verb + ": refused before any work").isEmpty();
            assertThat(missing).as(verb + ": no folder created").doesNotExist();
        }
        assertThat(tmp.resolve("absent.duckdb")).as("no store opened").doesNotExist();
    }

    @Test
    void aFolderThatTakesNoNewEntryIsRefusedBeforeAnyWorkForEveryWriter() {
        Path proc = Paths.get("/proc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux /proc");
        for (List<String> verb : everyWriter()) {
            String[] args = Stream.concat(verb.stream(), Stream.of("/proc/nope")).toArray(String[]::new);
            CliRunner r = CliRunner.run(args);
            assertThat(r.exit()).as(verb + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(verb + ": one line: " + r.err()).isEqualTo(1);
            assertThat(r.err()).as(verb.toString()).contains("/proc/nope", "nothing can be created in /proc").doesNotContain("Exception", "\tat ");
            assertThat(r.out()).as(verb + ": no table printed before the refusal").isEmpty();
        }
    }

    @Test
    void aNewOutputFolderIsCreatedInsideAnExistingOne() throws IOException {
        Path d = tmp.resolve("fresh");
        CliRunner r = CliRunner.run("run", "--weeks", "10", "--quiet", "--out", d.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(names(d)).contains("weekly.csv", "summary.json");
        assertThat(names(tmp)).containsExactly("fresh");
    }
}
