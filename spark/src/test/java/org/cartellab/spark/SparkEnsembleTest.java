package org.cartellab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cartellab.ensemble.EnsembleJob;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.ensemble.EnsembleSpec;
import org.cartellab.ensemble.RunSummary;
import org.cartellab.progress.ProgressListener;
import org.cartellab.sensitivity.NetworkSensitivity;
import org.cartellab.sensitivity.SobolAnalysis;
import org.cartellab.sensitivity.SobolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark local mode computes the same runs, bit for bit, as the local runner, and writes Parquet DuckDB can read. */
@Tag("slow")
class SparkEnsembleTest {
    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("cartel-lab test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    static final EnsembleSpec SPEC = new EnsembleSpec("name: Two years\nmodel: network\nweeks: 104\nseed: 4\n", "reference-box", 99, 90, 4);

    static List<RunSummary> local(EnsembleJob job) {
        List<RunSummary> out = new ArrayList<>();
        new EnsembleRunner(2, 32).run(job, out::addAll, ProgressListener.NONE);
        return out;
    }

    @Test
    void sameSeedSameNumbersAsTheLocalRunnerAndDuckDbReadsTheParquet() throws Exception {
        EnsembleJob job = SPEC.toJob();
        List<RunSummary> expected = local(job);
        List<Row> rows = SparkEnsemble.items(spark, job, 7).collectAsList();
        List<RunSummary> got = new ArrayList<>();
        for (Row r : rows) got.add(SparkEnsemble.summary(r));
        got.sort(Comparator.comparingLong(RunSummary::index));
        assertThat(got).hasSize(90);
        for (int i = 0; i < 90; i++) assertThat(got.get(i).sameAs(expected.get(i))).as("run %d", i).isTrue();

        Path items = dir.resolve("items");
        SparkEnsemble.items(spark, job, 3).write().parquet(items.toString());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT idx, recruitment, metric_values FROM read_parquet('" + items + "/*.parquet') ORDER BY idx")) {
            int n = 0;
            while (rs.next()) {
                RunSummary e = expected.get(n);
                assertThat(rs.getLong(1)).isEqualTo(n);
                assertThat(rs.getDouble(2)).isEqualTo(e.parameters().recruitment());
                Object[] v = (Object[]) rs.getArray(3).getArray();
                assertThat(v).hasSize(e.size());
                for (int k = 0; k < v.length; k++) assertThat(((Number) v[k]).doubleValue()).isEqualTo(e.value(k));
                n++;
            }
            assertThat(n).isEqualTo(90);
        }
    }

    @Test
    void sobolOnSparkEqualsTheLocalAnalysis() {
        NetworkSensitivity model = NetworkSensitivity.paperBounds();
        SobolResult local = SobolAnalysis.analyse(model, 8, new EnsembleRunner(2, 100), 3, 20, ProgressListener.NONE);
        SobolResult distributed = SparkSensitivity.analyse(spark, model, 8, 5, 3, 20);
        assertThat(distributed.indices()).isEqualTo(local.indices());
    }

    @Test
    void specJsonRoundTripsThroughJacksonAsTheImportReadsIt() throws Exception {
        String json = SparkJobs.json(SPEC);
        EnsembleSpec back = new ObjectMapper().readValue(json, EnsembleSpec.class);
        assertThat(back).isEqualTo(SPEC);
    }
}
