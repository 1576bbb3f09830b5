package org.cartellab.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cartellab.ensemble.EnsembleSpec;
import org.cartellab.ensemble.ReportPlan;
import org.cartellab.ensemble.RunSummary;
import org.cartellab.network.NetworkParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
    @TempDir
    Path dir;

    static final EnsembleSpec SPEC = new EnsembleSpec(EnsembleSpec.BASELINE_YAML, "reference-box", 7, 10, 260);

    static RunSummary item(long i) {
        // awkward doubles (non-terminating binary fractions, tiny and huge magnitudes, NaN collapse) must round-trip exactly
        return new RunSummary(i, new NetworkParameters(2.5e-3 + i * 1e-7, 110 + 0.1 * i, 1.549231e-8, 4e-8, 115_000),
                i % 2 == 0 ? Double.NaN : 400.25, new double[] {0.1 * i + 1.0 / 3, 1e-300, 123456.789e10, -0.0, Math.PI * i});
    }

    @Test
    void chunksRoundTripBitForBitAndDuplicatesAbortTheWholeChunk() {
        try (RunStore st = RunStore.open(dir.resolve("sub/runs.duckdb"))) {
            String id = st.createEnsemble("baseline", SPEC, "test", "none");
            st.appendChunk(id, List.of(item(0), item(1), item(2)));
            st.appendChunk(id, List.of(item(3), item(4)));
            assertThatThrownBy(() -> st.appendChunk(id, List.of(item(5), item(6), item(4))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("chunk of 3 items");
            List<RunSummary> back = st.items(id);
            assertThat(back).hasSize(5);
            for (int i = 0; i < 5; i++) assertThat(back.get(i).sameAs(item(i))).as("item %d", i).isTrue();
            StoredRun r = st.get(id);
            assertThat(r.done()).isEqualTo(5);
            assertThat(r.status()).isEqualTo(StoredRun.RUNNING);
            assertThat(r.spec()).isEqualTo(SPEC);
            assertThat(st.list()).extracting(StoredRun::id).containsExactly(id);
        }
    }

    @Test
    void exportsAWideParquetAndCsvThatDuckDbReadsBack() throws Exception {
        Path parquet = dir.resolve("out/items.parquet");
        Path csv = dir.resolve("out/items.csv");
        Files.createDirectories(csv.getParent()); // the output rule: an output file's folder must exist
        String id;
        try (RunStore st = RunStore.open(dir.resolve("runs.duckdb"))) {
            id = st.createEnsemble("baseline", SPEC, "test", "none");
            List<RunSummary> items = new ArrayList<>();
            for (int i = 0; i < 4; i++) items.add(item(i));
            st.appendChunk(id, items);
            var plan = ReportPlan.standard(5, 1); // 5 + ... metrics: only the first 5 names matter here
            var five = new ReportPlan(plan.metrics().subList(0, 5), 5);
            st.export(id, five, "parquet", parquet);
            st.export(id, five, "csv", csv);
        }
        assertThat(Files.readAllLines(csv).get(0)).startsWith("idx,recruitment,incapacitation,conflict,saturation,initial_members,collapse_week,members@0,deaths@0,members@1");
        assertThat(Files.readAllLines(csv)).hasSize(5);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT idx, \"members@1\" FROM read_parquet('" + parquet + "') ORDER BY idx")) {
            int n = 0;
            while (rs.next()) {
                assertThat(rs.getLong(1)).isEqualTo(n);
                assertThat(rs.getDouble(2)).isEqualTo(item(n).value(2));
                n++;
            }
            assertThat(n).isEqualTo(4);
        }
        try (var files = Files.list(dir.resolve("out"))) { // no temporary files left behind
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("items.parquet", "items.csv");
        }
    }

    @Test
    void locationFollowsFlagThenEnvironmentThenXdg() {
        assertThat(StoreLocation.resolve(Path.of("x.duckdb"), Map.of("CARTEL_LAB_STORE", "y"))).isEqualTo(Path.of("x.duckdb"));
        assertThat(StoreLocation.resolve(null, Map.of("CARTEL_LAB_STORE", "y.duckdb", "XDG_DATA_HOME", "/d"))).isEqualTo(Path.of("y.duckdb"));
        assertThat(StoreLocation.resolve(null, Map.of("XDG_DATA_HOME", "/d"))).isEqualTo(Path.of("/d/cartel-lab/runs.duckdb"));
        assertThat(StoreLocation.resolve(null, Map.of())).isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/cartel-lab/runs.duckdb"));
    }
}
