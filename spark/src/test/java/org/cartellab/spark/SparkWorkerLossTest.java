package org.cartellab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.ensemble.EnsembleSpec;
import org.cartellab.ensemble.RunSummary;
import org.cartellab.network.NetworkParameters;
import org.cartellab.progress.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ensemble job on a real Spark standalone cluster (a master and two workers on 127.0.0.1, see
 * {@link LoopbackCluster}) survives the loss of a worker: once a quarter of the partitions have finished, the JVM of
 * a worker whose executor is running a task is killed with SIGKILL; Spark re-runs the lost tasks on the other worker
 * and the Parquet the job writes holds every run exactly once, each bit-identical to the local runner's run of the
 * job's own spec.json. The job goes through {@link SparkJobs#ensemble} (what spark-submit runs); its classes reach
 * the executors in a jar sent with {@code spark.jars}, as spark-submit sends the application jar.
 */
@Tag("slow")
class SparkWorkerLossTest {
    static final int RUNS = 960;
    static final int PARTITIONS = 24;
    static final String SCENARIO = "name: Five years\nmodel: network\nweeks: 260\nseed: 4\n";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void ensembleCompletesBitIdenticalAfterAWorkerIsKilledMidJob() throws Exception {
        long t0 = System.nanoTime();
        Path scenario = Files.writeString(dir.resolve("five-years.yaml"), SCENARIO);
        Path out = dir.resolve("ens");
        Path jobJar = jar(LoopbackCluster.classDirectories().stream().filter(d -> !d.endsWith("test-classes")).toList(),
                dir.resolve("cartel-lab-spark-test-job.jar"));
        ExecutorService driverThread = Executors.newSingleThreadExecutor();
        SparkSession spark = null;
        try (LoopbackCluster cluster = LoopbackCluster.start(dir.resolve("cluster"), 2, 1, "1g", Duration.ofSeconds(60))) {
            long clusterUp = System.nanoTime();
            spark = SparkSession.builder().master(cluster.masterUrl()).appName("cartel-lab worker-loss test")
                    .config("spark.driver.host", LoopbackCluster.HOST)
                    .config("spark.driver.bindAddress", LoopbackCluster.HOST)
                    .config("spark.ui.enabled", "false")
                    .config("spark.executor.memory", "768m")
                    .config("spark.executor.cores", "1")
                    .config("spark.cores.max", "2")
                    .config("spark.task.maxFailures", "4")
                    .config("spark.executor.extraClassPath", LoopbackCluster.libraryClassPath())
                    .config("spark.executor.extraJavaOptions", "-XX:+UseSerialGC")
                    .config("spark.jars", jobJar.toUri().toString())
                    .getOrCreate();
            TaskLog log = new TaskLog();
            spark.sparkContext().addSparkListener(log);
            String appId = spark.sparkContext().applicationId();
            awaitExecutors(log, 2, Duration.ofSeconds(90), cluster);
            long executorsUp = System.nanoTime();
            System.out.printf("%tT cluster up in %.1f s, executors in %.1f s%n", System.currentTimeMillis(), secs(t0, clusterUp), secs(clusterUp, executorsUp));

            SparkSession session = spark;
            Map<String, String> options = Map.of("scenario", scenario.toString(), "runs", "" + RUNS, "seed", "17",
                    "partitions", "" + PARTITIONS);
            long jobStart = System.nanoTime();
            Future<?> job = driverThread.submit(() -> {
                SparkJobs.ensemble(session, new HashMap<>(options), out);
                return null;
            });

            // once a quarter of the partitions are done and both executors are warm, the worker of the next task
            // launched goes: that task is certainly in flight when its worker dies
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (!(log.successes() >= PARTITIONS / 4 && log.allSucceededOnce(log.executorHosts().keySet()))) {
                assertThat(job.isDone()).as("the job ended before a quarter of it was done: kill too late\n" + cluster.logTails()).isFalse();
                assertThat(System.nanoTime()).as("a quarter of the partitions not done within 150 s\n" + cluster.logTails()).isLessThan(deadline);
                Thread.sleep(20);
            }
            // every socket the cluster and the driver hold now (executors included) is on loopback: checked below
            LoopbackSockets.Census sockets = LoopbackSockets.available() ? LoopbackSockets.census(cluster.livePids()) : null;
            LoopbackSockets.Census driverSockets = LoopbackSockets.available() ? LoopbackSockets.census(List.of(ProcessHandle.current().pid())) : null;
            log.arm();
            String target;
            while ((target = log.startedAfterArming()) == null) {
                assertThat(job.isDone()).as("no task launched after a quarter of the job").isFalse();
                Thread.sleep(5);
            }
            LoopbackCluster.Worker victim = null;
            for (LoopbackCluster.Worker w : cluster.workers()) if (w.executorIds(appId).contains(target)) victim = w;
            assertThat(victim).as("worker of executor %s", target).isNotNull();
            List<String> victimExecutors = victim.executorIds(appId);
            long doneAtKill = log.successes();
            List<String> runningAtKill = log.runningNow();
            long killAt = System.nanoTime();
            List<ProcessHandle> orphans = cluster.killWorker(victim);

            job.get(150, TimeUnit.SECONDS);
            long jobEnd = System.nanoTime();
            int aliveAfter = cluster.aliveWorkers();
            long waitUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (orphans.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < waitUntil) Thread.sleep(100);
            long executorProcessesLeft = orphans.stream().filter(ProcessHandle::isAlive).count();
            spark.stop();
            spark = null;

            // the Parquet holds every run exactly once, each bit-identical to the local runner on the job's spec
            EnsembleSpec spec = new ObjectMapper().readValue(out.resolve("spec.json").toFile(), EnsembleSpec.class);
            assertThat(spec.runs()).isEqualTo(RUNS);
            assertThat(spec.seed()).isEqualTo(17);
            long localStart = System.nanoTime();
            List<RunSummary> expected = new ArrayList<>();
            new EnsembleRunner(2, 100).run(spec.toJob(), expected::addAll, ProgressListener.NONE);
            long localEnd = System.nanoTime();
            expected.sort(java.util.Comparator.comparingLong(RunSummary::index));
            List<RunSummary> got = readParquet(out.resolve("items"));
            assertThat(got).hasSize(RUNS);
            int identical = 0;
            for (int i = 0; i < RUNS; i++) {
                assertThat(got.get(i).index()).isEqualTo(i);
                assertThat(got.get(i).sameAs(expected.get(i))).as("run %d bit-identical to the local runner", i).isTrue();
                identical++;
            }

            // the kill hit running work, and Spark re-ran it elsewhere
            List<TaskLog.Attempt> attempts = log.attempts();
            List<TaskLog.Attempt> failed = attempts.stream().filter(a -> !a.succeeded()).toList();
            Set<Integer> donePartitions = new HashSet<>();
            for (TaskLog.Attempt a : attempts) if (a.succeeded()) donePartitions.add(a.partition());
            String writeStageFailures = failed.toString();
            assertThat(failed).as("task attempts lost with the worker").isNotEmpty();
            List<String> lost = victimExecutors;
            for (TaskLog.Attempt f : failed) {
                assertThat(victimExecutors).as("failed attempt %s ran on the killed worker", f).contains(f.executor());
                assertThat(attempts).as("partition %d re-run successfully on another executor", f.partition())
                        .anyMatch(a -> a.succeeded() && a.partition() == f.partition() && a.stage() == f.stage()
                                && a.attempt() > f.attempt() && !lost.contains(a.executor()));
            }
            assertThat(donePartitions).hasSize(PARTITIONS);
            assertThat(log.executorsRemoved().keySet()).as("Spark noticed the executor loss").containsAll(victimExecutors);
            assertThat(aliveAfter).as("workers ALIVE on the master after the kill").isEqualTo(1);
            assertThat(executorProcessesLeft).as("executor JVMs of the killed worker still running 10 s after the job").isZero();
            if (sockets != null) {
                assertThat(sockets.sockets()).as("TCP sockets of the cluster's processes").isPositive();
                assertThat(sockets.offLoopback()).as("sockets of the cluster's processes outside loopback").isEmpty();
                assertThat(driverSockets.offLoopback()).as("sockets of the driver (this JVM) outside loopback").isEmpty();
            }

            System.out.printf("""
                    worker loss on a loopback standalone cluster: %d runs of %d weeks in %d partitions on 2 workers x 1 core;
                      cluster up in %.1f s, executors registered %.1f s later; killed worker %d (executors %s) %.1f s into the job,
                      after %d of %d partitions had succeeded, tasks in flight then: %s;
                      failed attempts %d (%s); partitions re-run elsewhere: %s;
                      job %.1f s, local runner %.1f s; %d of %d runs bit-identical; %d TCP sockets of the cluster and %d of the driver checked, all on loopback; total %.1f s
                    """, RUNS, 260, PARTITIONS, secs(t0, clusterUp), secs(clusterUp, executorsUp), victim.number(), victimExecutors,
                    secs(jobStart, killAt), doneAtKill, PARTITIONS, runningAtKill, failed.size(), writeStageFailures,
                    failed.stream().map(TaskLog.Attempt::partition).distinct().sorted().toList(),
                    secs(jobStart, jobEnd), secs(localStart, localEnd), identical, RUNS,
                    sockets == null ? 0 : sockets.sockets(), driverSockets == null ? 0 : driverSockets.sockets(), secs(t0, System.nanoTime()));
        } finally {
            if (spark != null) spark.stop();
            driverThread.shutdownNow();
        }
    }

    private static double secs(long from, long to) { return (to - from) / 1e9; }

    private static void awaitExecutors(TaskLog log, int n, Duration timeout, LoopbackCluster cluster) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (log.executorsAdded() < n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(log.executorsAdded() + " of " + n + " executors registered within "
                        + timeout.toSeconds() + " s\n" + cluster.logTails());
            }
            Thread.sleep(100);
        }
    }

    /** The class folders packed into one jar, as the application jar spark-submit would send. */
    static Path jar(List<Path> classDirs, Path target) throws IOException {
        assertThat(classDirs).as("class folders on the test class path").isNotEmpty();
        Set<String> seen = new HashSet<>();
        try (OutputStream os = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(os)) {
            for (Path root : classDirs) {
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        String name = root.relativize(f).toString().replace('\\', '/');
                        if (!seen.add(name)) continue;
                        jar.putNextEntry(new JarEntry(name));
                        Files.copy(f, jar);
                        jar.closeEntry();
                    }
                }
            }
        }
        return target;
    }

    /** The items Parquet back as run summaries, ordered by index (DuckDB, as {@code runs import} reads it). */
    static List<RunSummary> readParquet(Path items) throws Exception {
        List<RunSummary> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT idx, recruitment, incapacitation, conflict, saturation, "
                     + "initial_members, collapse_week, metric_values FROM read_parquet('" + items + "/*.parquet') ORDER BY idx")) {
            while (rs.next()) {
                NetworkParameters p = new NetworkParameters(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6));
                double collapse = rs.getDouble(7);
                if (rs.wasNull()) collapse = Double.NaN;
                Array a = rs.getArray(8);
                Object[] v = (Object[]) a.getArray();
                double[] values = new double[v.length];
                for (int k = 0; k < v.length; k++) values[k] = ((Number) v[k]).doubleValue();
                out.add(new RunSummary(rs.getLong(1), p, collapse, values));
            }
        }
        return out;
    }
}
