package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The cohort verb: output files all or nothing, bad input exits 2 with one clear line. */
class CohortVerbTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path scenario(String text) throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void writesEveryFileAndPrintsTheTables() throws Exception {
        Path s = scenario("name: short\nmodel: cohort\nweeks: 3000\nseed: 4\n");
        Path out = dir.resolve("out");
        Run r = run("cohort", "--scenario", s.toString(), "--alpha-steps", "3", "--sensitivity-runs", "2", "--seeds", "2", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Birth cohort 1990").contains("ever recruited").contains("Alpha curve").contains("seeds 4..5");
        for (String f : List.of("weekly.csv", "cohort.csv", "cohort-ever.csv", "ages.csv", "sentences.csv", "alpha.csv", "summary.csv")) {
            assertThat(out.resolve(f)).exists();
        }
        List<String> weekly = Files.readAllLines(out.resolve("weekly.csv"));
        assertThat(weekly.get(0)).startsWith("week,date,members,deaths,recruits,incapacitations,exits");
        assertThat(weekly).hasSize(3002);
        assertThat(weekly.get(1)).startsWith("0,1965-01-01,");
        assertThat(Double.parseDouble(weekly.get(1).split(",")[2])).isEqualTo(23000.0);
        assertThat(Files.readAllLines(out.resolve("alpha.csv"))).hasSize(4);
        assertThat(Files.readAllLines(out.resolve("summary.csv")).get(1)).startsWith("active_2022_01_01,");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void badOptionsExitTwo() throws Exception {
        assertThat(run("cohort", "--seeds", "0").code()).isEqualTo(2);
        Run alpha = run("cohort", "--alpha-from", "3", "--alpha-to", "1");
        assertThat(alpha.code()).isEqualTo(2);
        assertThat(alpha.err()).contains("alpha");
        assertThat(run("cohort", "--cohort-size", "-5").code()).isEqualTo(2);
        assertThat(run("cohort", "--cohort-year", "abc").code()).isEqualTo(2);
        Run year = run("cohort", "--cohort-year", "1700");
        assertThat(year.code()).isEqualTo(2);
        assertThat(year.err()).contains("cohort_year");
    }

    @Test
    void badScenarioNamesTheField() throws Exception {
        Run r = run("cohort", "--scenario", scenario("model: cohort\nparameters:\n  arrest: 2\n").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("parameters.arrest").contains("from 0 to 1");
        Run shortRun = run("cohort", "--scenario", scenario("model: cohort\nweeks: 100\n").toString());
        assertThat(shortRun.code()).isEqualTo(2);
        assertThat(shortRun.err()).contains("at least");
    }

    @Test
    void badSentencesFileNamesTheLine() throws Exception {
        Path bad = dir.resolve("sentences.csv");
        Files.writeString(bad, "ID,SENTENCE\n1,4\n2,forever\n");
        Run r = run("cohort", "--scenario", scenario("model: cohort\nweeks: 3000\n").toString(), "--sentences", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("sentences.csv, line 3, field 'SENTENCE'");
    }

    @Test
    void nonEmptyOutputDirectoryIsLeftAlone() throws Exception {
        Path out = dir.resolve("taken");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        Run r = run("cohort", "--scenario", scenario("model: cohort\nweeks: 3000\n").toString(), "--alpha-steps", "1", "--alpha-to", "0", "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("already holds 'keep.txt'");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
        }
    }
}
