package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `run` verb end to end: output files and their contracts, bad input, all-or-nothing writes. */
class RunCommandTest {
    @TempDir
    Path tmp;

    static List<String> lines(Path p) throws IOException { return Files.readAllLines(p, StandardCharsets.UTF_8); }

    List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theDefaultRunWritesTheThreeFilesWithTheirContracts() throws IOException {
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();

        List<String> weekly = lines(out.resolve("weekly.csv"));
        assertThat(weekly.get(0)).startsWith("week,date,members,deaths,recruits,incapacitations,exits,")
                .isEqualTo("week,date,members,deaths,recruits,incapacitations,exits,cum_deaths,cum_recruits,cum_incapacitations,cum_exits");
        assertThat(weekly).hasSize(1 + 521);
        assertThat(weekly.get(1)).startsWith("0,2012-01-01,115000.000000,");
        assertThat(weekly.get(521)).startsWith("520,2021-12-19,");

        List<String> cartels = lines(out.resolve("cartels.csv"));
        assertThat(cartels.get(0)).isEqualTo("node,label,state,rank,members_start,members_end");
        assertThat(cartels).hasSize(151);
        assertThat(cartels.get(1)).startsWith("N10025,Cártel Jalisco Nueva Generación (CJNG),Jalisco,1,");

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("collapse_week").isNull()).isTrue();
        assertThat(summary.at("/scenario/weeks").asInt()).isEqualTo(520);
        assertThat(summary.at("/parameters/recruitment/value").asDouble()).isEqualTo(2.527474e-3);
        assertThat(summary.at("/parameters/recruitment/source").asText()).startsWith("reference");
        assertThat(summary.at("/start/members").asDouble()).isCloseTo(115_000, org.assertj.core.data.Offset.offset(1e-6));
        double endMembers = Double.parseDouble(weekly.get(521).split(",")[2]);
        assertThat(summary.at("/end/members").asDouble()).isCloseTo(endMembers, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(summary.at("/end/weekly_deaths").asDouble()).isPositive();
        assertThat(summary.at("/cumulative/recruits").asDouble()).isPositive();
        assertThat(summary.at("/engine/relative_tolerance").asDouble()).isEqualTo(1e-8);
        assertThat(summary.at("/engine/integrator").asText()).contains("Dormand-Prince 5(4)").doesNotContain("853");
        assertThat(summary.get("data")).hasSize(4);
        assertThat(summary.at("/data/0/citation").asText()).contains("Science 381:1312");
        assertThat(summary.get("version").asText()).isNotEmpty();
        assertThat(summary.get("wall_time_seconds").asDouble()).isPositive();

        assertThat(siblings()).containsExactly("out");
        assertThat(r.out()).contains("members", "2012-01-01", "2021-12-19", "115,000", "173,837", "wrote");
    }

    @Test
    void withoutOutItOnlyPrints() throws IOException {
        CliRunner r = CliRunner.run("run", "--weeks", "52");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("week 52", "2012-12-30", "casualties / week", "recruits / week", "incapacitations / week",
                "exits / week", "collapse: none");
        assertThat(siblings()).isEmpty();
        assertThat(CliRunner.run("run", "--weeks", "52", "--quiet").out()).isEmpty();
    }

    @Test
    void aBadScenarioExits2WithOneMessageAndLeavesNoOutput() throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, "model: network\nweeks: 780\ninterventions:\n  - week: 520\n    multiply: {recruitment: 0.5}\n    over: 52\n");
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", file.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(file.toString(), "line 6", "field 'interventions[0].over'");
        assertThat(out).doesNotExist();
        assertThat(siblings()).containsExactly("bad.yaml");
    }

    @Test
    void aMissingOrEmptyScenarioFileExits2() throws IOException {
        CliRunner missing = CliRunner.run("run", tmp.resolve("nope.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml");
        Path empty = Files.writeString(tmp.resolve("empty.yaml"), "");
        CliRunner r = CliRunner.run("run", empty.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("empty.yaml, line 1", "empty");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void unknownOrBadSettingsExit2() {
        CliRunner r = CliRunner.run("run", "--set", "recruitmnet=0.002");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--set recruitmnet", "unknown parameter", "recruitment");
        assertThat(CliRunner.run("run", "--set", "recruitment=lots").err()).contains("expected a number");
        assertThat(CliRunner.run("run", "--set", "recruitment=-1").exit()).isEqualTo(2);
        assertThat(CliRunner.run("run", "--set", "recruitment").exit()).isEqualTo(2);
        assertThat(CliRunner.run("run", "--weeks", "0").exit()).isEqualTo(2);
    }

    @Test
    void settingsAndOptionsReachTheRunAndTheSummary() throws IOException {
        Path out = tmp.resolve("o");
        CliRunner r = CliRunner.run("run", "--set", "incapacitation=120", "--weeks", "100", "--seed", "42", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.at("/parameters/incapacitation/value").asDouble()).isEqualTo(120);
        assertThat(summary.at("/parameters/incapacitation/source").asText()).contains("--set");
        assertThat(summary.at("/scenario/seed").asLong()).isEqualTo(42);
        assertThat(summary.at("/end/week").asInt()).isEqualTo(100);
        assertThat(summary.at("/end/weekly_incapacitations").asDouble()).isEqualTo(120);
    }

    @Test
    void aScenarioFileRunsWithItsInterventions() throws IOException {
        Path file = tmp.resolve("halve.yaml");
        Files.writeString(file, "name: Halve\nmodel: network\nweeks: 60\nparameters: {conflict: 1.5e-8}\n"
                + "interventions:\n  - week: 30\n    multiply: {recruitment: 0.5}\n");
        Path out = tmp.resolve("o");
        assertThat(CliRunner.run("run", file.toString(), "--out", out.toString()).exit()).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.at("/scenario/name").asText()).isEqualTo("Halve");
        assertThat(summary.at("/scenario/interventions/0/multiply/recruitment").asDouble()).isEqualTo(0.5);
        assertThat(summary.at("/parameters/conflict/source").asText()).contains("scenario");
        List<String> weekly = lines(out.resolve("weekly.csv"));
        String[] w29 = weekly.get(30).split(",");
        String[] w30 = weekly.get(31).split(",");
        double rate29 = Double.parseDouble(w29[4]) / Double.parseDouble(w29[2]);
        double rate30 = Double.parseDouble(w30[4]) / Double.parseDouble(w30[2]);
        assertThat(rate30 / rate29).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aCollapseIsReportedNotHiddenInNegativeNumbers() throws IOException {
        Path out = tmp.resolve("o");
        CliRunner r = CliRunner.run("run", "--set", "recruitment=0.0005", "--weeks", "1500", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("collapse: members fell below 1 at week");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        double collapse = summary.get("collapse_week").asDouble();
        assertThat(collapse).isBetween(1.0, 1500.0);
        assertThat(summary.at("/end/members").asDouble()).isZero();
        for (String line : lines(out.resolve("weekly.csv")).subList(1, 1502)) {
            assertThat(line).as("weekly.csv").doesNotContain(",-");
        }
    }

    @Test
    void cohortScenariosRunAndWriteTheSameWeeklyContractPlusCohortFiles() throws IOException {
        Path file = tmp.resolve("c.yaml");
        Files.writeString(file, "model: cohort\nweeks: 3000\nseed: 11\n");
        Path out = tmp.resolve("o");
        CliRunner r = CliRunner.run("run", file.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("cohort model, seed 11");
        List<String> weekly = lines(out.resolve("weekly.csv"));
        assertThat(weekly.get(0)).startsWith("week,date,members,deaths,recruits,incapacitations,exits");
        assertThat(weekly).hasSize(3002);
        assertThat(out.resolve("cohort.csv")).exists();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.at("/scenario/model").asText()).isEqualTo("cohort");
        assertThat(summary.at("/end/members").asDouble()).isPositive();

        Path again = tmp.resolve("o2");
        assertThat(CliRunner.run("run", file.toString(), "--out", again.toString()).exit()).isZero();
        assertThat(lines(again.resolve("weekly.csv"))).as("same seed, same numbers").isEqualTo(weekly);
    }

    @Test
    void anOutputDirectoryHoldingOtherFilesIsNeverReplaced() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        CliRunner r = CliRunner.run("run", "--weeks", "10", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("notes.txt");
        assertThat(out.resolve("notes.txt")).hasContent("keep me");
        assertThat(out.resolve("weekly.csv")).doesNotExist();
        assertThat(siblings()).containsExactly("mine");
    }

    @Test
    void aPreviousRunIsReplacedWhole() throws IOException {
        Path out = tmp.resolve("o");
        assertThat(CliRunner.run("run", "--weeks", "10", "--out", out.toString(), "--quiet").exit()).isZero();
        assertThat(CliRunner.run("run", "--weeks", "20", "--out", out.toString(), "--quiet").exit()).isZero();
        assertThat(lines(out.resolve("weekly.csv"))).hasSize(22);
        assertThat(siblings()).containsExactly("o");
    }

    @Test
    void helpWorksForEveryVerb() {
        for (String verb : List.of("run", "data")) {
            CliRunner r = CliRunner.run(verb, "--help");
            assertThat(r.exit()).as(verb).isZero();
            assertThat(r.out()).as(verb).contains("Usage: cartel-lab " + verb);
        }
        CliRunner root = CliRunner.run("--help");
        assertThat(root.out()).contains("run", "data");
    }
}
