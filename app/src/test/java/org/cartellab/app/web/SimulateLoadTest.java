package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load on loopback only: {@value #CLIENTS} clients for {@value #SECONDS} s on GET /api/simulate, each like a person at
 * the simulator (a random lever setting on the sliders' grid, horizon 520/1040/1560 weeks, then 0.5-1.5 s before the
 * next move). Bounded in time and count. Prints the figures; asserts 0 errors, p99 under 100 ms and bounded heap.
 */
@Tag("slow")
class SimulateLoadTest {
    static final int CLIENTS = Integer.getInteger("cartellab.load.clients", 50);
    static final int SECONDS = Integer.getInteger("cartellab.load.seconds", 60);
    static final int MAX_REQUESTS_PER_CLIENT = 1_000;
    static final int[] HORIZONS = {520, 1040, 1560};

    @Test
    void fiftyClientsForSixtySeconds() throws Exception {
        WebServer server = WebServer.withoutCatalog();
        int port = server.start("127.0.0.1", 0);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try {
            // warm up the JIT and the status-quo cache, as a running server would be
            HttpClient warm = HttpClient.newHttpClient();
            for (int i = 0; i < 60; i++) {
                warm.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/simulate?weeks=" + HORIZONS[i % 3] + "&recruitment=0." + (i % 9 + 1))).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            long cpuBefore = processCpuNanos();
            long wallBefore = System.nanoTime();
            AtomicLong heapPeak = new AtomicLong(heapBefore);
            ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(CLIENTS);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                final int client = c;
                Thread t = new Thread(() -> {
                    SplittableRandom rng = new SplittableRandom(1000 + client);
                    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    long[] mine = new long[MAX_REQUESTS_PER_CLIENT];
                    int n = 0;
                    try {
                        sleep(rng.nextInt(1000)); // clients arrive over the first second
                        while (System.nanoTime() < end && n < MAX_REQUESTS_PER_CLIENT) {
                            String q = "weeks=" + HORIZONS[rng.nextInt(3)] + "&from=520"
                                    + "&recruitment=" + grid(rng, 40) + "&incapacitation=" + grid(rng, 80)
                                    + "&conflict=" + grid(rng, 60) + "&saturation=" + grid(rng, 60);
                            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/simulate?" + q))
                                    .timeout(Duration.ofSeconds(10)).build();
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                                long dt = System.nanoTime() - t0;
                                if (r.statusCode() != 200 || !r.body().contains("\"status_quo\"")) {
                                    errors.incrementAndGet();
                                    if (errorSamples.size() < 5) errorSamples.add(r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                                } else {
                                    mine[n++] = dt;
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                                if (errorSamples.size() < 5) errorSamples.add(e.toString());
                            }
                            sleep(500 + rng.nextInt(1001)); // think time: 0.5-1.5 s between slider moves
                        }
                    } finally {
                        latencies.add(Arrays.copyOf(mine, n));
                        done.countDown();
                    }
                }, "load-client-" + c);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            while (!done.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (System.nanoTime() > end + 30_000_000_000L) throw new AssertionError("clients did not stop 30 s after the deadline");
            }
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
            System.gc();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            double p50 = all[(int) (0.50 * (all.length - 1))] / 1e6;
            double p95 = all[(int) (0.95 * (all.length - 1))] / 1e6;
            double p99 = all[(int) (0.99 * (all.length - 1))] / 1e6;
            double max = all[all.length - 1] / 1e6;
            System.out.printf("load: %d clients, %d s, %d requests (%.1f/s), %d errors; latency ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f; "
                            + "heap MB after GC before %.0f, after %.0f, peak sampled %.0f%n",
                    CLIENTS, SECONDS, all.length, all.length / (double) SECONDS, errors.get(), p50, p95, p99, max,
                    heapBefore / 1e6, heapAfter / 1e6, heapPeak.get() / 1e6);
            // CPU used by this JVM (server and clients together): what the load needs on a machine of its own
            System.out.printf("load: process CPU %.1f s over %.1f s wall = %.2f cores busy, %.1f ms CPU per request; %d processors; "
                            + "system load average %.1f%n", cpuSeconds, wallSeconds, cpuSeconds / wallSeconds, 1000 * cpuSeconds / all.length,
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertThat(errors.get()).as("errors: %s", errorSamples).isZero();
            assertThat(all.length).isGreaterThan(CLIENTS * SECONDS / 3);
            assertThat(p99).isLessThan(100.0);
            assertThat(heapAfter - heapBefore).as("heap growth after GC").isLessThan(128L * 1024 * 1024);
        } finally {
            server.stop();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A value on a slider's grid of 0.05 steps, from 0.05 to steps x 0.05. */
    private static String grid(SplittableRandom rng, int steps) {
        return String.valueOf((1 + rng.nextInt(steps)) * 5 / 100.0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
