package org.cartellab.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: one master and {@code n} workers started from Spark's own
 * classes ({@code org.apache.spark.deploy.master.Master}, {@code org.apache.spark.deploy.worker.Worker}) as separate
 * JVMs with this JVM's class path. Every port is either chosen free on loopback or ephemeral, every process gets
 * {@code SPARK_LOCAL_IP=127.0.0.1}, and nothing listens beyond loopback ({@link LoopbackSockets} checks it).
 *
 * <p>Workers launch executors through Spark's launcher, which needs a {@code SPARK_HOME} with a {@code jars/}
 * folder and a Scala version: the cluster gives it an empty one under its directory (the executors' class path
 * comes from the application's {@code spark.executor.extraClassPath}, see {@link #libraryClassPath()}).
 *
 * <p>{@link #close()} kills every process it started, executors included, and is also registered as a shutdown
 * hook, so an aborted test leaves nothing running. Logs go to files under the cluster's directory
 * ({@link #logTails()} for failure messages).
 */
final class LoopbackCluster implements AutoCloseable {
    static final String HOST = "127.0.0.1";

    /** One worker: its JVM, its work folder (executors run in {@code workDir/<appId>/<executorId>}) and web UI port. */
    record Worker(int number, Process process, Path workDir, int uiPort) {
        /** The executor ids this worker launched for {@code appId}, from its work folder. */
        List<String> executorIds(String appId) {
            Path app = workDir.resolve(appId);
            if (!Files.isDirectory(app)) return List.of();
            try (Stream<Path> s = Files.list(app)) {
                return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Path dir;
    private final int masterPort;
    private final int masterUiPort;
    private final Process master;
    private final List<Worker> workers = new ArrayList<>();
    /** Every process seen (daemons and, once observed, their executors), so close() can kill orphans too. */
    private final Set<ProcessHandle> started = new LinkedHashSet<>();
    private final Thread hook = new Thread(this::killAll, "loopback-cluster-cleanup");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private boolean closed;

    private LoopbackCluster(Path dir) throws IOException {
        this.dir = dir;
        Runtime.getRuntime().addShutdownHook(hook);
        Files.createDirectories(dir.resolve("spark-home/jars"));
        Files.createDirectories(dir.resolve("conf"));
        // daemons log at INFO to their own files (registrations, executor launches, losses): the evidence on failure
        Files.writeString(dir.resolve("conf/log4j2.properties"), """
                rootLogger.level = info
                rootLogger.appenderRef.stdout.ref = console
                appender.console.type = Console
                appender.console.name = console
                appender.console.target = SYSTEM_OUT
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n
                """);
        this.masterPort = freePort();
        this.masterUiPort = freePort();
        this.master = launch("master", List.of("org.apache.spark.deploy.master.Master",
                "--host", HOST, "--port", "" + masterPort, "--webui-port", "" + masterUiPort));
    }

    /**
     * Starts a master and {@code workerCount} workers of {@code cores} cores and {@code memory} (Spark size string)
     * each, and waits until the master reports every worker ALIVE.
     *
     * @throws IllegalStateException naming the missing workers and the logs' last lines if that takes longer than
     *                               {@code timeout} or a daemon exits
     */
    static LoopbackCluster start(Path dir, int workerCount, int cores, String memory, Duration timeout) throws IOException, InterruptedException {
        LoopbackCluster c = new LoopbackCluster(dir);
        try {
            for (int i = 1; i <= workerCount; i++) {
                Path work = Files.createDirectories(dir.resolve("worker-" + i));
                int ui = freePort();
                Process p = c.launch("worker-" + i, List.of("org.apache.spark.deploy.worker.Worker",
                        "--host", HOST, "--cores", "" + cores, "--memory", memory, "--work-dir", work.toString(),
                        "--webui-port", "" + ui, c.masterUrl()));
                c.workers.add(new Worker(i, p, work, ui));
            }
            c.awaitAliveWorkers(workerCount, timeout);
            return c;
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    String masterUrl() { return "spark://" + HOST + ":" + masterPort; }

    List<Worker> workers() { return List.copyOf(workers); }

    /**
     * The master's state as its web UI serves it at {@code /json/} (workers with id, host, state, cores …).
     *
     * @throws IOException if the master does not answer 200 with JSON
     */
    JsonNode masterState() throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("master web UI answered " + r.statusCode());
        return new ObjectMapper().readTree(r.body());
    }

    /** Number of workers the master lists as ALIVE. */
    int aliveWorkers() throws IOException, InterruptedException {
        int n = 0;
        for (JsonNode w : masterState().path("workers")) if ("ALIVE".equals(w.path("state").asText())) n++;
        return n;
    }

    private void awaitAliveWorkers(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "master not answering";
        while (System.nanoTime() < deadline) {
            for (ProcessHandle p : started) {
                if (!p.isAlive()) throw new IllegalStateException("a cluster daemon exited during start-up\n" + logTails());
            }
            try {
                JsonNode state = masterState();
                int alive = 0;
                for (JsonNode w : state.path("workers")) if ("ALIVE".equals(w.path("state").asText())) alive++;
                if (alive >= n) return;
                last = alive + " of " + n + " workers alive at " + java.time.LocalTime.now() + ", master says " + state.path("workers");
            } catch (IOException e) {
                last = "master web UI: " + e;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the loopback Spark cluster did not come up within " + timeout.toSeconds()
                + " s (" + last + ")\n" + logTails());
    }

    /**
     * Kills the worker's JVM with SIGKILL, as a machine failure would, and waits for it to be gone. Its executor
     * JVMs are not touched (Spark's executors exit when they lose their worker); they are remembered so that
     * {@link #close()} kills them if they linger.
     *
     * @return the executor processes that were children of the worker at the time of the kill
     */
    List<ProcessHandle> killWorker(Worker w) throws InterruptedException {
        List<ProcessHandle> children = w.process().descendants().toList();
        synchronized (this) { started.addAll(children); }
        w.process().destroyForcibly();
        w.process().waitFor();
        return children;
    }

    /** Process ids of everything alive that the cluster started: daemons and their executors. */
    synchronized List<Long> livePids() {
        rememberDescendants();
        return started.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
    }

    /** The last lines of every daemon log and executor stderr, for failure messages. */
    String logTails() {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".log") || f.getFileName().toString().equals("stderr")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                sb.append("--- ").append(dir.relativize(p)).append(" (last 15 lines)\n");
                for (String l : lines.subList(Math.max(0, lines.size() - 15), lines.size())) sb.append(l).append('\n');
            }
        } catch (IOException | UncheckedIOException e) {
            sb.append("(logs unreadable: ").append(e).append(")\n");
        }
        return sb.toString();
    }

    /**
     * This JVM's class path without directories: the libraries (Spark, core's dependencies and, when the build
     * resolves it as a jar, core). Given to executors as {@code spark.executor.extraClassPath}, it plays the part of
     * the cluster's Spark installation; the job's own classes travel separately in {@code spark.jars}.
     */
    static String libraryClassPath() {
        return String.join(File.pathSeparator, classPath().stream().filter(e -> e.endsWith(".jar")).toList());
    }

    /** The directories of this JVM's class path (compiled classes of this build). */
    static List<Path> classDirectories() {
        return classPath().stream().map(Path::of).filter(Files::isDirectory).toList();
    }

    private static List<String> classPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    private Process launch(String name, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1"); // daemons do little work: C1 only starts them faster on a busy machine
        // the --add-opens flags this JVM got from surefire (spark/pom.xml), which Spark needs on Java 17
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) if (a.startsWith("--add-opens")) cmd.add(a);
        cmd.add("-Dspark.master.rest.enabled=false");
        cmd.add("-Dlog4j2.configurationFile=" + dir.resolve("conf/log4j2.properties").toUri());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.equals("HADOOP_CONF_DIR") || k.equals("YARN_CONF_DIR"));
        env.put("SPARK_HOME", dir.resolve("spark-home").toString());
        env.put("SPARK_CONF_DIR", dir.resolve("conf").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", HOST);
        env.put("SPARK_LOCAL_HOSTNAME", HOST);
        env.put("SPARK_PUBLIC_DNS", HOST);
        Process p = pb.start();
        synchronized (this) { started.add(p.toHandle()); }
        return p;
    }

    private void rememberDescendants() {
        for (ProcessHandle p : List.copyOf(started)) p.descendants().forEach(started::add);
    }

    /** A port free on 127.0.0.1 right now (the daemon binds it a moment later). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        }
    }

    private synchronized void killAll() {
        rememberDescendants();
        // children first, so none is re-parented and missed
        List<ProcessHandle> all = new ArrayList<>(started);
        java.util.Collections.reverse(all);
        for (ProcessHandle p : all) p.destroyForcibly();
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // best effort: reported by the caller through livePids()
            }
        }
    }

    /** Kills every process the cluster started (idempotent). */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs the hook itself
        }
    }
}
