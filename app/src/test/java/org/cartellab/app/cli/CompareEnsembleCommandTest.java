package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareEnsembleCommandTest {
    @TempDir
    Path tmp;

    static CompareCommandTest.Run run(String... args) { return CompareCommandTest.run(new CompareCommand(FixtureCatalog.source()), args); }

    @Test
    void writesEnsembleCsvIdenticalForOneAndTwoThreads() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        String[] common = {"--ensemble", "5", "--distribution", "reference-box", "--years", "1,5", "--weight-samples", "50", "--seed", "9"};
        CompareCommandTest.Run r1 = run(concat(common, "--threads", "1", "--out", one.toString()));
        CompareCommandTest.Run r2 = run(concat(common, "--threads", "2", "--out", two.toString()));
        assertThat(r1.code()).as(r1.err()).isZero();
        assertThat(r2.code()).as(r2.err()).isZero();
        assertThat(r1.out()).containsPattern("Ensemble: 5 runs over [1-5] distinct parameter draws").contains("Rank across ensemble members");
        String csv = Files.readString(one.resolve("ensemble.csv"));
        assertThat(Files.readString(two.resolve("ensemble.csv"))).isEqualTo(csv);
        List<CSVRecord> rows = CompareCommandTest.csv(one.resolve("ensemble.csv"));
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("coa", "years", "metric", "p5", "p25", "median", "p75", "p95", "prob_lower");
        int courses = FixtureCatalog.all().size();
        // status quo: 2 horizons x 4 metrics; each course: 2 x 4 x 3 (level, change, change_pct); 2 rank rows per course
        assertThat(rows).hasSize(8 + courses * 24 + 2 * courses);
        for (CSVRecord r : rows) {
            if (r.get("p5").isEmpty()) continue;
            assertThat(Double.parseDouble(r.get("p5"))).isLessThanOrEqualTo(Double.parseDouble(r.get("median")));
            assertThat(Double.parseDouble(r.get("median"))).isLessThanOrEqualTo(Double.parseDouble(r.get("p95")));
        }
        assertThat(Files.readString(one.resolve("report.html"))).contains("id=\"ensemble\"");
    }

    @Test
    void tooLargeAnEnsembleIsRefusedAndNothingIsWritten() {
        Path out = tmp.resolve("no");
        CompareCommandTest.Run r = run("--ensemble", "20001", "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--ensemble");
        assertThat(out).doesNotExist();
        assertThat(run("--ensemble", "3", "--threads", "0").code()).isEqualTo(2);
        assertThat(run("--ensemble", "3", "--distribution", "nonsense").code()).isEqualTo(2);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
