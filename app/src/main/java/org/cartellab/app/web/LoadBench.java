package org.cartellab.app.web;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.cartellab.model.ModelClock;

/**
 * A load test of GET /api/simulate on loopback only: it starts its own server on 127.0.0.1 and never sends a request
 * elsewhere. Each client behaves like a person at the simulator: a random lever setting on the sliders' grid, a
 * horizon of 520, 1040 or 1560 weeks (one move in four also splits the top organisations or changes Mexico's
 * cooperation), then a think time before the next move. Bounded in time and in requests per client. First measures one
 * client alone (the baseline in the same run), then all clients together while one more client keeps asking for
 * uncertainty bands (40-run jobs, as the page does) that run on the core ensemble runner with the calibration posterior.
 */
public final class LoadBench {
    static final int[] HORIZONS = {520, 1040, 1560};

    /** How to load the server. */
    public record Plan(int clients, int seconds, int thinkMinMs, int thinkMaxMs, int maxRequestsPerClient, int baselineRequests) {
        public Plan {
            if (clients < 1 || clients > 500 || seconds < 1 || seconds > 3600 || thinkMinMs < 0 || thinkMaxMs < thinkMinMs
                    || maxRequestsPerClient < 1 || baselineRequests < 1) {
                throw new IllegalArgumentException("load plan out of range: " + this);
            }
        }

        /** 50 clients for 60 s, 0.5-1.5 s between moves (about 50 requests a second in all). */
        public static final Plan DEFAULT = new Plan(50, 60, 500, 1500, 1_000, 100);
    }

    /** What a run measured: latencies in ms, heap in MB (after GC unless "peak"), CPU of this JVM (server and clients). */
    public record Report(int clients, int seconds, int requests, int errors, List<String> errorSamples,
                         double baselineP50, double p50, double p95, double p99, double max,
                         double heapBeforeMb, double heapAfterMb, double heapPeakMb, double cpuSeconds, double wallSeconds,
                         int processors, double systemLoad, int bandJobs, double bandJobMeanMs) {
        public double cpuMsPerRequest() { return requests == 0 ? Double.NaN : 1000 * cpuSeconds / requests; }

        public String describe() {
            return String.format(Locale.ROOT,
                    "load: %d clients, %d s, %d requests (%.1f/s), %d errors%n"
                            + "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f; one client alone p50 %.1f (p99/baseline %.1f)%n"
                            + "heap MB after GC: before %.0f, after %.0f; peak sampled %.0f%n"
                            + "CPU of this JVM (server and clients): %.1f s over %.1f s = %.2f cores, %.1f ms per request; "
                            + "%d processors, system load average %.1f%n"
                            + "bands through the core ensemble runner meanwhile: %d jobs of 40 runs, %.0f ms each on average",
                    clients, seconds, requests, requests / wallSeconds, errors, p50, p95, p99, max, baselineP50, p99 / baselineP50,
                    heapBeforeMb, heapAfterMb, heapPeakMb, cpuSeconds, wallSeconds, cpuSeconds / wallSeconds, cpuMsPerRequest(),
                    processors, systemLoad, bandJobs, bandJobMeanMs);
        }
    }

    private LoadBench() {}

    public static Report run(Plan plan) throws InterruptedException {
        WebServer server = WebServer.withoutCatalog();
        int port = server.start("127.0.0.1", 0);
        // the calibration posterior the bands draw from is built once per process (cached); build it before measuring
        org.cartellab.ensemble.Distributions.parse(org.cartellab.ensemble.Distributions.DEFAULT);
        try {
            return measure(port, plan);
        } finally {
            server.stop();
        }
    }

    private static Report measure(int port, Plan plan) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // warm-up and baseline: one client alone, no think time
        HttpClient alone = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        SplittableRandom warm = new SplittableRandom(1);
        for (int i = 0; i < plan.baselineRequests(); i++) sendChecked(alone, port, warm); // JIT and cache warm-up
        long[] baseline = new long[plan.baselineRequests()];
        for (int i = 0; i < baseline.length; i++) {
            long t0 = System.nanoTime();
            String failure = sendChecked(alone, port, warm);
            if (failure != null) throw new IllegalStateException("the server failed a request during the baseline: " + failure);
            baseline[i] = System.nanoTime() - t0;
        }
        Arrays.sort(baseline);

        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong heapPeak = new AtomicLong(heapBefore);
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        long end = wallBefore + plan.seconds() * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(plan.clients());
        AtomicInteger bandJobs = new AtomicInteger();
        AtomicLong bandNanos = new AtomicLong();
        Thread bands = new Thread(() -> {
            SplittableRandom rng = new SplittableRandom(7);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                String failure = bandsJob(http, port, rng, end);
                if (failure == null) {
                    bandJobs.incrementAndGet();
                    bandNanos.addAndGet(System.nanoTime() - t0);
                } else if (!failure.equals("deadline")) {
                    errors.incrementAndGet();
                    if (samples.size() < 5) samples.add("bands: " + failure);
                }
            }
        }, "load-bands");
        bands.setDaemon(true);
        bands.start();
        for (int c = 0; c < plan.clients(); c++) {
            final int client = c;
            Thread t = new Thread(() -> {
                SplittableRandom rng = new SplittableRandom(1000 + client);
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                long[] mine = new long[plan.maxRequestsPerClient()];
                int n = 0;
                try {
                    pause(rng.nextInt(1000)); // clients arrive over the first second
                    while (System.nanoTime() < end && n < plan.maxRequestsPerClient()) {
                        long t0 = System.nanoTime();
                        String failure = sendChecked(http, port, rng);
                        long dt = System.nanoTime() - t0;
                        if (failure == null) {
                            mine[n++] = dt;
                        } else {
                            errors.incrementAndGet();
                            if (samples.size() < 5) samples.add(failure);
                        }
                        pause(plan.thinkMinMs() + rng.nextInt(plan.thinkMaxMs() - plan.thinkMinMs() + 1));
                    }
                } finally {
                    latencies.add(Arrays.copyOf(mine, n));
                    done.countDown();
                }
            }, "load-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        while (!done.await(1, TimeUnit.SECONDS)) {
            heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            if (System.nanoTime() > end + 30_000_000_000L) throw new IllegalStateException("clients did not stop 30 s after the deadline");
        }
        bands.join(60_000);
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Report(plan.clients(), plan.seconds(), all.length, errors.get(), List.copyOf(samples),
                quantileMs(baseline, 0.5), quantileMs(all, 0.5), quantileMs(all, 0.95), quantileMs(all, 0.99), quantileMs(all, 1.0),
                heapBefore / 1e6, heapAfter / 1e6, heapPeak.get() / 1e6, cpu, wall,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                bandJobs.get(), bandJobs.get() == 0 ? Double.NaN : bandNanos.get() / 1e6 / bandJobs.get());
    }

    /** A random slider setting as a query: the four multipliers, and in one case of four a split and a cooperation change. */
    private static String query(SplittableRandom rng) {
        String q = "weeks=" + HORIZONS[rng.nextInt(HORIZONS.length)] + "&from=" + ModelClock.START_2022 + "&recruitment=" + grid(rng, 40)
                + "&incapacitation=" + grid(rng, 80) + "&conflict=" + grid(rng, 60) + "&saturation=" + grid(rng, 60);
        if (rng.nextInt(4) == 0) q += "&leadership_targets=" + (1 + rng.nextInt(3)) + "&cooperation=-" + grid(rng, 10);
        return q;
    }

    /** One bands job of 40 runs for a random setting, polled until done; null when it succeeded, "deadline" when the load ended first. */
    private static String bandsJob(HttpClient http, int port, SplittableRandom rng, long end) {
        StringBuilder fields = new StringBuilder();
        for (String kv : query(rng).split("&")) {
            String[] p = kv.split("=");
            // the job's query holds numbers as JSON numbers (the strict reading refuses numbers written as text)
            boolean number = p[1].matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
            fields.append(fields.length() == 0 ? "" : ",").append('"').append(p[0]).append("\":")
                    .append(number ? p[1] : '"' + p[1] + '"');
        }
        String body = "{\"kind\":\"ensemble\",\"runs\":40,\"seed\":1,\"query\":{" + fields + "}}";
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/jobs"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 202) return r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
            String id = r.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
            while (true) {
                pause(100);
                HttpResponse<String> s = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/jobs/" + id))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (s.body().contains("\"state\":\"done\"")) return null;
                if (s.body().contains("\"state\":\"failed\"")) return s.body().substring(0, Math.min(200, s.body().length()));
                if (System.nanoTime() > end + 30_000_000_000L) return "deadline";
            }
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** One request with a random slider setting; null when it succeeded, else what went wrong. */
    private static String sendChecked(HttpClient http, int port, SplittableRandom rng) {
        String q = query(rng);
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/simulate?" + q))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("\"status_quo\"")) return null;
            return r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** A value on a slider's grid of 0.05 steps, from 0.05 to steps x 0.05. */
    private static String grid(SplittableRandom rng, int steps) {
        return String.valueOf((1 + rng.nextInt(steps)) * 5 / 100.0);
    }

    private static double quantileMs(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[(int) Math.round(q * (sorted.length - 1))] / 1e6;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
