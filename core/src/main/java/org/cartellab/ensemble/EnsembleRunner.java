package org.cartellab.ensemble;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.cartellab.progress.Progress;
import org.cartellab.progress.ProgressListener;

/**
 * Runs many independent model runs on a bounded pool of threads, in chunks: each chunk's results go to a
 * {@link ChunkSink} in index order (a store commits it atomically) while the pool already computes the next chunk.
 * Because run {@code i} depends only on (seed, i), results are bit-identical for any thread count.
 */
public final class EnsembleRunner {
    /** Runs per chunk handed to the sink (and committed by a store) unless chosen otherwise. */
    public static final int DEFAULT_CHUNK = 1_000;

    private final int threads;
    private final int chunkSize;

    public EnsembleRunner(int threads, int chunkSize) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        if (chunkSize < 1) throw new IllegalArgumentException("chunk size must be >= 1, got " + chunkSize);
        this.threads = threads;
        this.chunkSize = chunkSize;
    }

    /** All available processors, default chunks. */
    public static EnsembleRunner allCores() {
        return new EnsembleRunner(Runtime.getRuntime().availableProcessors(), DEFAULT_CHUNK);
    }

    public int threads() { return threads; }

    /** Every run of the job, bands at the end. */
    public EnsembleResult run(EnsembleJob job, ChunkSink sink, ProgressListener progress) {
        return resume(job, List.of(), sink, progress);
    }

    /**
     * Finishes a job of which {@code done} runs are already known (e.g. loaded from a store): computes only the
     * missing indices, hands them to the sink, and returns bands over all N runs.
     */
    public EnsembleResult resume(EnsembleJob job, List<RunSummary> done, ChunkSink sink, ProgressListener progress) {
        return resume(job.evaluator(), job.runs(), job.description(), done, sink, progress);
    }

    /**
     * The same for any evaluator, e.g. one arm of a course-of-action comparison with its own {@link RunDesign}.
     * Arms evaluated with the same seed draw the same parameters for the same index when their designs consume the
     * stream alike (common random numbers), so their differences can be compared run by run.
     */
    public EnsembleResult resume(RunEvaluator evaluator, long runs, String description, List<RunSummary> done,
                                 ChunkSink sink, ProgressListener progress) {
        EnsembleBands bands = new EnsembleBands(evaluator.plan(), runs);
        boolean[] have = new boolean[Math.toIntExact(runs)];
        for (RunSummary s : done) {
            if (s.index() < 0 || s.index() >= runs) throw new IllegalArgumentException("stored run index " + s.index() + " outside 0.." + (runs - 1));
            if (have[(int) s.index()]) throw new IllegalArgumentException("run index " + s.index() + " given twice");
            have[(int) s.index()] = true;
            bands.add(s);
        }
        long[] missing = new long[have.length - done.size()];
        int m = 0;
        for (int i = 0; i < have.length; i++) if (!have[i]) missing[m++] = i;
        compute(evaluator::evaluate, missing, chunk -> {
            sink.accept(chunk);
            chunk.forEach(bands::add);
        }, progress);
        return new EnsembleResult(description, runs, evaluator.seed(), evaluator.plan(), bands.bands(), bands.distinctParameters());
    }

    /**
     * The engine room, reusable by any caller with its own per-index function (e.g. a course-of-action comparison):
     * evaluates {@code f} at every index of {@code indices} on the pool, handing chunks to {@code sink} in the given
     * order. {@code f} must be thread-safe.
     */
    public <T> void compute(LongFunction<T> f, long[] indices, Consumer<List<T>> sink, ProgressListener progress) {
        if (indices.length == 0) {
            progress.onProgress(new Progress("ensemble", 0, 0, 0, Duration.ZERO));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        long start = System.nanoTime();
        try {
            int chunks = (indices.length + chunkSize - 1) / chunkSize;
            List<Future<List<T>>> current = submit(pool, f, indices, 0);
            long done = 0;
            for (int c = 0; c < chunks; c++) {
                List<Future<List<T>>> next = c + 1 < chunks ? submit(pool, f, indices, c + 1) : List.of();
                List<T> chunk = new ArrayList<>(chunkSize);
                for (Future<List<T>> part : current) {
                    List<T> got = await(part);
                    chunk.addAll(got);
                    done += got.size();
                    progress.onProgress(Progress.since("ensemble", done, indices.length, start));
                }
                sink.accept(chunk);
                current = next;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> List<Future<List<T>>> submit(ExecutorService pool, LongFunction<T> f, long[] indices, int chunk) {
        int from = chunk * chunkSize;
        int to = Math.min(indices.length, from + chunkSize);
        // a few tasks per thread balance uneven run times without much scheduling overhead
        int parts = Math.max(1, Math.min(to - from, threads * 4));
        List<Future<List<T>>> futures = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int a = from + (int) ((long) (to - from) * p / parts);
            int b = from + (int) ((long) (to - from) * (p + 1) / parts);
            long[] slice = Arrays.copyOfRange(indices, a, b);
            futures.add(pool.submit(() -> {
                List<T> out = new ArrayList<>(slice.length);
                for (long i : slice) out.add(f.apply(i));
                return out;
            }));
        }
        return futures;
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ensemble interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger k = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ensemble-" + k.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
