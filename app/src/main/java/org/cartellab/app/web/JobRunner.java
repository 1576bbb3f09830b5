package org.cartellab.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.cartellab.data.DataFormatException;
import org.cartellab.model.NumericalTroubleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on a bounded executor (fixed threads, bounded queue; a full queue refuses with 503) and keeps the most
 * recent jobs for their results, evicting the oldest finished ones beyond the limit.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private final ThreadPoolExecutor executor;
    private final int kept;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    public JobRunner(int threads, int queue, int kept) {
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "cartel-lab-job");
                    t.setDaemon(true);
                    return t;
                });
        this.kept = kept;
    }

    /** Queues {@code work}; it gets its job to count progress and returns the result. */
    public Job submit(String kind, int steps, Function<Job, Object> work) {
        Job job = new Job(UUID.randomUUID().toString(), kind, steps);
        synchronized (jobs) {
            evict();
            if (jobs.size() >= kept) throw ApiException.of(503, "jobs_too_many");
            jobs.put(job.id(), job);
        }
        try {
            executor.execute(() -> run(job, work));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(job.id());
            }
            throw ApiException.of(503, "jobs_queue_full");
        }
        return job;
    }

    private static void run(Job job, Function<Job, Object> work) {
        job.running();
        try {
            job.finish(work.apply(job));
        } catch (ApiException | DataFormatException | NumericalTroubleException | IllegalArgumentException e) {
            job.fail(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("job {} failed", job.id(), e);
            job.fail("internal error in the job");
        }
    }

    public Job find(String id) {
        synchronized (jobs) {
            return jobs.get(id);
        }
    }

    private void evict() {
        List<String> finished = new ArrayList<>();
        for (Job j : jobs.values()) if (j.finished()) finished.add(j.id());
        for (int k = 0; k < finished.size() && jobs.size() >= kept; k++) jobs.remove(finished.get(k));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
