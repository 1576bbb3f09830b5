package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The backtest verb end to end (slow: it refits the hold-out and runs the predictive bands, several seconds). */
@Tag("slow")
class BacktestCommandTest {
    @Test
    void jsonAndFilesCarryBothBacktestsAndTheWallTime(@TempDir Path tmp) throws Exception {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        Path dir = tmp.resolve("bt");
        assertThat(cl.execute("backtest", "--json", "--out", dir.toString())).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("published").get("years")).hasSize(3);
        assertThat(j.get("holdout").get("years")).hasSize(3);
        assertThat(j.get("wall_seconds").asDouble()).isPositive();
        // the published calibration over-predicts every year after 2021 (the finding the docs report)
        for (JsonNode y : j.get("published").get("years")) {
            assertThat(y.get("predictive").get("q50").asDouble()).isGreaterThan(y.get("observed").asDouble());
        }
        assertThat(Files.readString(dir.resolve("backtest.csv"))).startsWith("backtest,year,observed");
        assertThat(Files.readString(dir.resolve("metrics.csv")).lines()).hasSize(7);
    }
}
