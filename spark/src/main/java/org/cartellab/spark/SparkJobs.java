package org.cartellab.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.cartellab.ensemble.Distributions;
import org.cartellab.ensemble.EnsembleSpec;
import org.cartellab.sensitivity.NetworkSensitivity;
import org.cartellab.sensitivity.SobolCsv;
import org.cartellab.sensitivity.SobolResult;

/**
 * Entry point for spark-submit (see docs/uncertainty.md):
 * <pre>
 * ensemble [--scenario FILE] --runs N --seed S [--distribution D] [--series-every W] [--partitions P] --out DIR
 * sensitivity --samples N [--seed S] [--bootstrap B] [--partitions P] --out DIR
 * </pre>
 * The ensemble writes DIR/items (Parquet, the run store's item columns) and then DIR/spec.json, which
 * {@code cartel-lab runs import DIR} reads; the sensitivity job writes DIR/sobol.csv. The Spark master comes from
 * spark-submit ({@code --master}).
 */
public final class SparkJobs {
    private SparkJobs() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !(args[0].equals("ensemble") || args[0].equals("sensitivity"))) {
            System.err.println("usage: SparkJobs ensemble|sensitivity [options] --out DIR (see docs/uncertainty.md)");
            System.exit(2);
        }
        Map<String, String> o = options(args);
        if (!o.containsKey("out")) fail("--out DIR is required");
        Path out = Path.of(o.get("out"));
        SparkSession spark = SparkSession.builder().appName("cartel-lab " + args[0]).getOrCreate();
        try {
            if (args[0].equals("ensemble")) ensemble(spark, o, out);
            else sensitivity(spark, o, out);
        } finally {
            spark.stop();
        }
    }

    static void ensemble(SparkSession spark, Map<String, String> o, Path out) throws IOException {
        String text = o.containsKey("scenario") ? Files.readString(Path.of(o.get("scenario")), StandardCharsets.UTF_8) : EnsembleSpec.BASELINE_YAML;
        long runs = Long.parseLong(o.getOrDefault("runs", "1000"));
        EnsembleSpec probe = new EnsembleSpec(text, o.getOrDefault("distribution", Distributions.DEFAULT), 0, 1, 1);
        int weeks = probe.scenario().weeks();
        long seed = o.containsKey("seed") ? Long.parseLong(o.get("seed")) : probe.scenario().seed();
        int stride = o.containsKey("series-every") ? Integer.parseInt(o.get("series-every")) : EnsembleSpec.defaultStride(weeks, runs);
        EnsembleSpec spec = new EnsembleSpec(text, probe.distribution(), seed, runs, stride);
        int partitions = Integer.parseInt(o.getOrDefault("partitions", "" + spark.sparkContext().defaultParallelism() * 4));
        SparkEnsemble.items(spark, spec.toJob(), partitions).write().parquet(out.resolve("items").toString());
        // spec.json last: its presence marks a complete output folder
        Files.writeString(out.resolve("spec.json"), json(spec), StandardCharsets.UTF_8);
    }

    static void sensitivity(SparkSession spark, Map<String, String> o, Path out) throws IOException {
        int samples = Integer.parseInt(o.getOrDefault("samples", "1024"));
        int partitions = Integer.parseInt(o.getOrDefault("partitions", "" + spark.sparkContext().defaultParallelism() * 4));
        SobolResult r = SparkSensitivity.analyse(spark, NetworkSensitivity.paperBounds(), samples, partitions,
                Long.parseLong(o.getOrDefault("seed", "1")), Integer.parseInt(o.getOrDefault("bootstrap", "500")));
        Files.createDirectories(out);
        Path tmp = out.resolve(".sobol.csv.tmp");
        Files.writeString(tmp, SobolCsv.of(r), StandardCharsets.UTF_8);
        Files.move(tmp, out.resolve("sobol.csv"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The spec as JSON (the fields of EnsembleSpec), written by hand to stay independent of Spark's Jackson version. */
    static String json(EnsembleSpec s) {
        return "{\"scenarioText\": " + quote(s.scenarioText()) + ", \"distribution\": " + quote(s.distribution())
                + ", \"seed\": " + s.seed() + ", \"runs\": " + s.runs() + ", \"seriesStride\": " + s.seriesStride() + "}\n";
    }

    static String quote(String t) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : t.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) fail("expected --name value, got '" + args[i] + "'");
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }
}
