package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cartellab.app.report.SafeCsv;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.CourseOfActionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, kind 7: text a spreadsheet would execute is neutralised in every CSV (SafeCsv). */
class CsvInjectionTest {
    @TempDir
    Path tmp;

    @Test
    void formulaCellsGetAnApostropheAndNumbersStayNumbers() {
        for (String s : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SafeCsv.cell(s)).isEqualTo("'" + s);
        }
        for (String s : List.of("-3.5", "-1e-5", "+2", "12", "status_quo", "", "a=b")) assertThat(SafeCsv.cell(s)).isEqualTo(s);
        assertThat(SafeCsv.cell(-4.0)).isEqualTo(-4.0);
    }

    @Test
    void aCourseTitleThatIsAFormulaIsWrittenAsText() throws Exception {
        List<CourseOfAction> all = new ArrayList<>();
        for (CourseOfAction c : FixtureCatalog.all()) {
            String title = c.id().equals("fx-demand") ? "=HYPERLINK(\"http://evil\",\"click\")" : c.title();
            all.add(new CourseOfAction(c.id().equals("fx-vetted") ? "@fx-vetted" : c.id(), title, c.summary(), c.seeds(), c.levers(),
                    c.legal(), c.risks(), c.outsideModel()));
        }
        Path out = tmp.resolve("out");
        CompareCommandTest.Run r = CompareCommandTest.run(new CompareCommand(CourseOfActionSource.of(all, "injection fixture")),
                "fx-demand", "@fx-vetted", "--years", "1", "--weight-samples", "10", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : List.of("matrix.csv", "comparison.csv", "robustness.csv")) {
            for (var rec : CompareCommandTest.csv(out.resolve(f))) {
                for (String cell : rec) {
                    assertThat(cell).as(f).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
                }
            }
        }
        assertThat(Files.readString(out.resolve("matrix.csv"))).contains("'=HYPERLINK");
    }
}
