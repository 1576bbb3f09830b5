package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CalibrateCommandTest {
    private record Outcome(int code, String out, String err) {}

    private static Outcome run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void helpDescribesTheOptions() {
        Outcome o = run("calibrate", "--help");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("--with-arrests", "--starts", "--seed", "--out", "--posterior");
    }

    @Test
    void badCountsAreRejectedWithExitTwoAndNoOutput(@TempDir Path tmp) {
        Path dir = tmp.resolve("out");
        Outcome o = run("calibrate", "--starts", "0", "--out", dir.toString());
        assertThat(o.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("--starts must be between 1 and 1000");
        assertThat(dir).doesNotExist();
        assertThat(run("calibrate", "--posterior", "5").code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run("calibrate", "--starts", "many").code()).isEqualTo(Main.EXIT_BAD_INPUT);
    }

    @Test
    void outIsAFileIsBadInput(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        Outcome o = run("calibrate", "--out", file.toString());
        assertThat(o.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    /** A full fit (one start) with a short posterior: the report, the files, and agreement between them. */
    @Test
    @Tag("slow")
    void fitsAndWritesCalibrationJsonAndFitCsv(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("calib");
        Outcome o = run("calibrate", "--starts", "1", "--posterior", "200", "--out", dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("RMSE", "R^2", "pinned down by the data", "posterior", "2021");
        assertThat(o.err()).contains("fit: 1/1", "posterior:");
        // the header says what is fitted, once, and the arrests only as not fitted
        assertThat(o.out()).contains("fitted: weekly casualties only").contains("arrests are not in the fit").doesNotContain("casualties + arrests");
        assertThat(o.err().lines().filter(l -> l.startsWith("posterior:")).count()).as("milestones, not every step").isLessThanOrEqualTo(11);
        List<String> csv = Files.readAllLines(dir.resolve("fit.csv"));
        assertThat(csv.get(0)).isEqualTo("week,date,target,fitted");
        assertThat(csv).hasSize(521);
        assertThat(csv.get(1)).startsWith("0,2012-01-01,70.628846");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("calibration.json").toFile());
        double rmse = json.at("/fit/rmse").asDouble();
        // recompute RMSE from fit.csv
        double ssr = 0;
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            double r = Double.parseDouble(f[2]) - Double.parseDouble(f[3]);
            ssr += r * r;
        }
        assertThat(Math.sqrt(ssr / 520)).isCloseTo(rmse, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(json.at("/fit/loss").asDouble()).isLessThanOrEqualTo(json.at("/paper_parameters/loss").asDouble() * (1 + 1e-6));
        assertThat(json.at("/posterior/draws").asInt()).isEqualTo(200);
        assertThat(Files.readAllLines(dir.resolve("posterior.csv"))).hasSize(201);
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("calib"); // no temp dir left behind
        }
    }

    @Test
    void throughAYearWithoutDataIsRefusedWithExitTwoAndNothingWritten(@TempDir Path tmp) {
        Path dir = tmp.resolve("out");
        Outcome o = run("calibrate", "--through", "2025", "--out", dir.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--through 2025").contains("2012-2024").contains("choose a year from 2017 to 2024");
        assertThat(o.err().lines().count()).isEqualTo(1);
        assertThat(dir).doesNotExist();
        assertThat(run("calibrate", "--through", "2010").code()).isEqualTo(2);
    }
}
