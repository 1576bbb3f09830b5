package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.CourseOfActionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(CompareCommand cmd, String... args) {
        CommandLine cl = Main.commandLine();
        if (cmd != null) {
            cl.getCommandSpec().removeSubcommand("compare");
            cl.addSubcommand(cmd);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = "compare";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = cl.execute(full);
        return new Run(code, out.toString(), err.toString());
    }

    static List<CSVRecord> csv(Path p) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(p)).getRecords();
    }

    @Test
    void byDefaultItComparesEveryCourseOfTheBundledCatalogAndShipsNoFixtures() throws Exception {
        Path out = tmp.resolve("all");
        Run r = run(null, "--out", out.toString(), "--weight-samples", "500", "--without-judgment-risks");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> ids = Catalog.bundled().ids();
        // the ranking without judgment-only risk ratings: every course once, with the catalog's own sourced/judged counts
        String without = r.out().substring(r.out().indexOf("Ranking without judgment-only risk ratings"));
        int sourced = Catalog.bundled().all().stream().mapToInt(Catalog::sourcedRiskCount).sum();
        int all = Catalog.bundled().all().stream().mapToInt(c -> c.risks().size()).sum();
        assertThat(without).contains("(" + sourced + " of " + all + " risk ratings are sourced");
        for (String id : ids) {
            int n = Catalog.sourcedRiskCount(Catalog.bundled().find(id).orElseThrow());
            assertThat(without.lines().filter(l -> l.contains(" " + id + " ")).toList()).as(id).hasSize(1)
                    .allMatch(l -> l.endsWith(n + "/" + (org.cartellab.policy.RiskDimension.values().length - n)));
        }
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("id=\"judgment-risks\"").contains("id=\"judgment-ranking\"");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
        for (String id : ids) assertThat(r.out()).as("table row for %s", id).contains(id);
        assertThat(r.out()).doesNotContain("fx-");
        Set<String> inCsv = new HashSet<>();
        for (CSVRecord rec : csv(out.resolve("comparison.csv"))) inCsv.add(rec.get("coa"));
        assertThat(inCsv).containsAll(ids);
        assertThat(html).contains("strikes_without_consent").contains("[judgment]").contains("<b>sourced</b>");
    }

    @Test
    void aSingleCourseIsAssessedAgainstTheStatusQuoAndTheWeightsUsedArePrinted() throws Exception {
        Path out = tmp.resolve("one");
        Run r = run(null, "intelligence_sharing", "--years", "5", "--weight-samples", "500", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("status_quo added").contains("Assessment against the status quo").doesNotContain("share first");
        assertThat(r.out()).containsPattern("legal_burden\\s+0\\.3333\\s+0\\.3333\\s+0\\s+2\\s+assessment 0-2")
                .containsPattern("members_change\\s+0\\.1667\\s+0\\.1667\\s+-50\\s+50\\s+% vs status quo");
        String json = Files.readString(out.resolve("matrix.json"));
        assertThat(json).contains("\"assessed_against_status_quo\" : \"intelligence_sharing\"").contains("\"weight_used\"");
        assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"weights-used\"").contains("id=\"against-status-quo\"");
        Run sq = run(null, "status_quo", "--years", "5");
        assertThat(sq.code()).isEqualTo(2);
        assertThat(sq.err()).contains("is the status quo");
    }

    @Test
    void withoutACatalogItStopsWithAClearMessageAndShipsNoFakeCourses() {
        Run r = run(new CompareCommand(CourseOfActionSource.unavailable("no course-of-action catalog is available")));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no course-of-action catalog");
        assertThat(r.out()).doesNotContain("fx-");
    }

    @Test
    void writesTheFourFilesWithTheLongFormatAndMarksWhatIsNotModelOutput() throws Exception {
        Path out = tmp.resolve("cmp");
        Run r = run(new CompareCommand(FixtureCatalog.source()), "--out", out.toString(), "--combine", "fx-demand+fx-vetted", "--weight-samples", "2000");
        assertThat(r.code()).as(r.err()).isZero();
        System.out.println(r.out());
        assertThat(r.out()).contains("fx-demand+fx-vetted").contains("Decision matrix").contains("not legal advice");
        assertThat(out.resolve("comparison.csv")).exists();
        assertThat(out.resolve("matrix.csv")).exists();
        assertThat(out.resolve("robustness.csv")).exists();
        assertThat(out.resolve("report.html")).exists();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("cmp"); // no temp directory left
        }
        List<CSVRecord> rows = csv(out.resolve("comparison.csv"));
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("coa", "years", "metric", "low", "central", "high", "change_vs_status_quo");
        // 5 courses (4 + 1 combination) + status quo, 3 horizons, 5 network metrics; fx-sentences' 7 cohort-engine metrics at 3 horizons;
        // 2 outside-model rows (fx-demand and the combination); no not-evaluated row: the cohort engine is bound
        assertThat(rows).hasSize(6 * 3 * 5 + 7 * 3 + 2);
        assertThat(rows).filteredOn(x -> x.get("metric").startsWith("outside:"))
                .allSatisfy(x -> assertThat(x.get("note")).startsWith("outside the model"));
        assertThat(rows).noneMatch(x -> x.get("metric").startsWith("lever:"));
        assertThat(rows).filteredOn(x -> x.get("metric").startsWith("cohort:")).hasSize(21)
                .allSatisfy(x -> assertThat(x.get("note")).startsWith("cohort engine").contains("never added to network members"))
                .allSatisfy(x -> assertThat(x.get("coa")).isEqualTo("fx-sentences"));
        CSVRecord prison10 = rows.stream().filter(x -> x.get("metric").equals("cohort:prison_years") && x.get("years").equals("10")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(prison10.get("change_vs_status_quo"))).isPositive();
        assertThat(r.out()).contains("Sentence levers, cohort engine");
        for (CSVRecord x : rows) {
            if (x.get("years").isEmpty()) continue;
            assertThat(Double.parseDouble(x.get("low"))).isLessThanOrEqualTo(Double.parseDouble(x.get("central")));
            assertThat(Double.parseDouble(x.get("central"))).isLessThanOrEqualTo(Double.parseDouble(x.get("high")));
        }
        CSVRecord demand5 = rows.stream().filter(x -> x.get("coa").equals("fx-demand") && x.get("years").equals("5") && x.get("metric").equals("members")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(demand5.get("change_vs_status_quo"))).isNegative();
        List<CSVRecord> matrix = csv(out.resolve("matrix.csv"));
        assertThat(matrix).hasSize(5);
        assertThat(matrix.get(0).get("rank")).isEqualTo("1");
        double share = 0;
        for (CSVRecord x : csv(out.resolve("robustness.csv"))) share += Double.parseDouble(x.get("share_ranked_first"));
        assertThat(share).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void sameInputsSameFiles() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        // fx-sentences runs the cohort engine (seeded): its rows must reproduce too
        assertThat(run(new CompareCommand(FixtureCatalog.source()), "fx-demand", "fx-unilateral", "fx-sentences", "--years", "1,5", "--out", a.toString(), "--weight-samples", "500").code()).isZero();
        assertThat(run(new CompareCommand(FixtureCatalog.source()), "fx-demand", "fx-unilateral", "fx-sentences", "--years", "1,5", "--out", b.toString(), "--weight-samples", "500").code()).isZero();
        assertThat(Files.readString(a.resolve("comparison.csv"))).contains("cohort:prison_years");
        for (String f : List.of("comparison.csv", "matrix.csv", "robustness.csv", "report.html")) {
            // the cite-this block names the output folder, the only intended difference
            assertThat(Files.readString(a.resolve(f)).replace(a.toString(), "DIR")).as(f).isEqualTo(Files.readString(b.resolve(f)).replace(b.toString(), "DIR"));
        }
        // writing again into an existing directory replaces the files
        assertThat(run(new CompareCommand(FixtureCatalog.source()), "fx-demand", "fx-vetted", "--years", "1", "--out", a.toString(), "--weight-samples", "10").code()).isZero();
        assertThat(Files.readString(a.resolve("comparison.csv"))).contains("fx-vetted").doesNotContain("fx-unilateral");
    }

    @Test
    void aCourseWithoutLeversIsTheBaselineRowOnceButStillRanked() throws Exception {
        List<CourseOfAction> fx = FixtureCatalog.all();
        CourseOfAction demand = fx.get(0);
        CourseOfAction sq = new CourseOfAction("status_quo", "No new measures", "fixture baseline", List.of(),
                List.of(), demand.legal(), demand.risks(), List.of());
        CourseOfActionSource source = CourseOfActionSource.of(List.of(sq, demand), "TEST FIXTURES (not a catalog)");
        Path out = tmp.resolve("sq");
        Run r = run(new CompareCommand(source), "--years", "1,5", "--out", out.toString(), "--weight-samples", "10");
        assertThat(r.code()).as(r.err()).isZero();
        String table = r.out().substring(0, r.out().indexOf("Decision matrix"));
        assertThat(table).contains("status_quo (baseline)").doesNotContain("\nstatus quo ");
        assertThat(table.lines().filter(l -> l.startsWith("status_quo"))).hasSize(2); // one baseline row per horizon, no repeat
        List<CSVRecord> rows = csv(out.resolve("comparison.csv"));
        Set<String> keys = new HashSet<>();
        for (CSVRecord x : rows) assertThat(keys.add(x.get("coa") + "|" + x.get("years") + "|" + x.get("metric"))).as("duplicate row %s", x).isTrue();
        assertThat(rows).filteredOn(x -> x.get("coa").equals("status_quo") && x.get("metric").equals("members"))
                .hasSize(2).allSatisfy(x -> assertThat(x.get("note")).contains("= catalog entries status_quo"));
        assertThat(csv(out.resolve("matrix.csv"))).extracting(x -> x.get("coa")).containsExactlyInAnyOrder("status_quo", "fx-demand");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("status_quo (baseline)").contains("data-coa=\"status_quo\"");
    }

    @Test
    void theCooperationDependentShareIsSweptByDefaultAndTheFlagFixesIt() throws Exception {
        // two courses: the fixture catalog has no status quo to assess a single course against
        Run swept = run(new CompareCommand(FixtureCatalog.source()), "fx-unilateral", "fx-demand", "--years", "5", "--weight-samples", "10");
        Run zero = run(new CompareCommand(FixtureCatalog.source()), "fx-unilateral", "fx-demand", "--years", "5", "--weight-samples", "10",
                "--cooperation-dependent-incapacitation", "0");
        assertThat(swept.code()).as(swept.err()).isZero();
        assertThat(zero.code()).as(zero.err()).isZero();
        assertThat(swept.out()).contains("cooperation-dependent share");
        assertThat(zero.out()).doesNotContain("cooperation-dependent share");
        String rowSwept = swept.out().lines().filter(l -> l.startsWith("fx-unilateral")).findFirst().orElseThrow();
        String rowZero = zero.out().lines().filter(l -> l.startsWith("fx-unilateral")).findFirst().orElseThrow();
        assertThat(rowSwept).isNotEqualTo(rowZero);
        Run bad = run(new CompareCommand(FixtureCatalog.source()), "--cooperation-dependent-incapacitation", "1.5");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--cooperation-dependent-incapacitation");
    }

    @Test
    void badInputGetsOneMessageAndExitTwoAndWritesNothing() throws Exception {
        Path out = tmp.resolve("never");
        Run unknown = run(new CompareCommand(FixtureCatalog.source()), "fx-nothing", "--out", out.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("fx-nothing").contains("known ids").contains("fx-demand");
        Path weights = tmp.resolve("w.yaml");
        Files.writeString(weights, "members_change: 1\nbeauty: 3\n");
        Run bad = run(new CompareCommand(FixtureCatalog.source()), "--weights", weights.toString(), "--out", out.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("w.yaml").contains("line 2").contains("beauty");
        Run combo = run(new CompareCommand(FixtureCatalog.source()), "--combine", "fx-demand");
        assertThat(combo.code()).isEqualTo(2);
        assertThat(combo.err()).contains("--combine");
        Run years = run(new CompareCommand(FixtureCatalog.source()), "--years", "0,5", "--out", out.toString());
        assertThat(years.code()).isEqualTo(2);
        assertThat(years.err()).contains("horizons must be 1..50 years");
        assertThat(out).doesNotExist();
        Files.writeString(weights, "members_change: 1\ncasualties_change: 1\n");
        Run good = run(new CompareCommand(FixtureCatalog.source()), "fx-demand", "fx-vetted", "--years", "5", "--weights", weights.toString(), "--weight-samples", "10");
        assertThat(good.code()).as(good.err()).isZero();
        assertThat(good.out()).contains("file " + weights);
    }
}
