package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoredRun;
import org.cartellab.ensemble.EnsembleSpec;
import org.cartellab.ensemble.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnsembleCommandTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    static Outcome cli(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    Path scenario(int weeks) throws Exception {
        Path f = dir.resolve("short.yaml");
        Files.writeString(f, "name: Short baseline\nmodel: network\nweeks: " + weeks + "\nseed: 3\n");
        return f;
    }

    @Test
    void ensembleStoresItemsAndBandsAndRunsVerbsReadThem() throws Exception {
        Path store = dir.resolve("runs.duckdb");
        Outcome o = cli("ensemble", scenario(104).toString(), "--runs", "40", "--chunk", "16", "--threads", "2",
                "--store", store.toString(), "--out", dir.resolve("out").toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("cum_deaths").contains("stored as run ens-");
        List<String> csv = Files.readAllLines(dir.resolve("out/bands.csv"));
        assertThat(csv.get(0)).isEqualTo("metric,column,week,date,n,mean,q05,q25,q50,q75,q95");
        assertThat(csv).anyMatch(l -> l.startsWith("members@104,members,104,2013-12-29,40,"));
        String id;
        try (RunStore st = RunStore.open(store)) {
            StoredRun r = st.list().get(0);
            id = r.id();
            assertThat(r.status()).isEqualTo(StoredRun.COMPLETE);
            assertThat(r.done()).isEqualTo(40);
            assertThat(r.spec().seed()).isEqualTo(3); // the scenario's seed when --seed is absent
            assertThat(st.items(id)).extracting(RunSummary::index).containsExactly(LongStream.range(0, 40).boxed().toArray(Long[]::new));
        }
        assertThat(cli("runs", "list", "--store", store.toString()).out()).contains(id).contains("complete").contains("40/40");
        Outcome show = cli("runs", "show", id, "--store", store.toString());
        assertThat(show.out()).contains("seed:          3").contains("weeks: 104").contains("members_end");
        Outcome export = cli("runs", "export", id, "--format", "csv", "--out", dir.resolve("items.csv").toString(), "--store", store.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("items.csv"))).hasSize(41);
        Outcome again = cli("runs", "resume", id, "--store", store.toString());
        assertThat(again.code()).as(again.err()).isZero();
        try (RunStore st = RunStore.open(store)) {
            assertThat(st.countItems(id)).isEqualTo(40);
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Outcome o = cli("ensemble", scenario(52).toString(), "--runs", "5", "--distribution", "lognormal", "--no-store");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("unknown distribution 'lognormal'");
        Outcome missing = cli("runs", "show", "nope", "--store", dir.resolve("s.duckdb").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no run 'nope'");
    }

    @Test
    void importStoresAnItemsFolderAsACompleteRunWithTheSameBands() throws Exception {
        Path store = dir.resolve("runs.duckdb");
        assertThat(cli("ensemble", scenario(52).toString(), "--runs", "25", "--store", store.toString()).code()).isZero();
        String id;
        EnsembleSpec spec;
        Path folder = dir.resolve("from-spark");
        Files.createDirectories(folder.resolve("items"));
        try (RunStore st = RunStore.open(store)) {
            StoredRun r = st.list().get(0);
            id = r.id();
            spec = r.spec();
        }
        // the Spark job's layout: items/*.parquet with the store's item columns, and spec.json
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store); var stmt = c.createStatement()) {
            stmt.execute("COPY (SELECT idx, recruitment, incapacitation, conflict, saturation, initial_members, collapse_week, metric_values"
                    + " FROM run_items WHERE run_id = '" + id + "') TO '" + folder.resolve("items/part-0.parquet") + "' (FORMAT PARQUET)");
        }
        new ObjectMapper().writeValue(folder.resolve("spec.json").toFile(), spec);
        Outcome o = cli("runs", "import", folder.toString(), "--store", store.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("imported 25 of 25 runs");
        try (RunStore st = RunStore.open(store)) {
            StoredRun imported = st.list().get(1);
            assertThat(imported.status()).isEqualTo(StoredRun.COMPLETE);
            var plan = spec.toJob().plan();
            assertThat(st.bands(imported.id(), plan)).isEqualTo(st.bands(id, plan));
        }
        Outcome missing = cli("runs", "import", dir.resolve("nowhere").toString(), "--store", store.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("spec.json: missing");
    }
}
