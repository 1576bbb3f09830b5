package org.cartellab.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.Success$;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;

/**
 * What the driver saw of tasks and executors, for a test to act on and report: running tasks per executor, every
 * successful attempt (partition, attempt number, executor) and every failed one with Spark's reason. Events arrive
 * on Spark's listener thread; every reader here is synchronised.
 */
final class TaskLog extends SparkListener {
    /** One finished task attempt: partition index within its stage, attempt number (0 = first), executor, outcome. */
    record Attempt(int stage, int partition, int attempt, String executor, long launchMillis, long finishedMillis,
                   long runMillis, long gcMillis, String failure) {
        boolean succeeded() { return failure == null; }

        @Override
        public String toString() {
            return "partition " + partition + " attempt " + attempt + " on executor " + executor + " (" + (finishedMillis - launchMillis)
                    + " ms" + (failure == null ? "" : ": " + failure) + ")";
        }
    }

    private final Map<Long, TaskInfo> running = new HashMap<>();
    private final List<Attempt> finished = new ArrayList<>();
    private final Map<String, String> executors = new LinkedHashMap<>();
    private final Map<String, String> removed = new LinkedHashMap<>();
    private boolean armed;
    private String startedAfterArming;

    @Override
    public synchronized void onTaskStart(SparkListenerTaskStart e) {
        running.put(e.taskInfo().taskId(), e.taskInfo());
        if (armed && startedAfterArming == null) startedAfterArming = e.taskInfo().executorId();
    }

    /** From now on, remember the executor of the next task launched (a task sure to be in flight for a while). */
    synchronized void arm() { armed = true; }

    /** The executor of the first task launched after {@link #arm()}, or null while there is none. */
    synchronized String startedAfterArming() { return startedAfterArming; }

    /** Whether every executor in {@code ids} has finished at least one task successfully (it is warm). */
    synchronized boolean allSucceededOnce(java.util.Collection<String> ids) {
        return ids.stream().allMatch(id -> finished.stream().anyMatch(a -> a.succeeded() && a.executor().equals(id)));
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
        TaskInfo t = e.taskInfo();
        running.remove(t.taskId());
        String failure = e.reason() == Success$.MODULE$ ? null
                : e.reason() instanceof TaskFailedReason f ? f.toErrorString() : e.reason().toString();
        long run = e.taskMetrics() == null ? -1 : e.taskMetrics().executorRunTime();
        long gc = e.taskMetrics() == null ? -1 : e.taskMetrics().jvmGCTime();
        Attempt a = new Attempt(e.stageId(), t.index(), t.attemptNumber(), t.executorId(), t.launchTime(), t.finishTime(), run, gc, failure);
        finished.add(a);
        System.out.printf("%tT task %s%n", System.currentTimeMillis(), a);
    }

    @Override
    public synchronized void onExecutorAdded(SparkListenerExecutorAdded e) {
        executors.put(e.executorId(), e.executorInfo().executorHost());
    }

    @Override
    public synchronized void onExecutorRemoved(SparkListenerExecutorRemoved e) {
        removed.put(e.executorId(), e.reason());
    }

    synchronized int executorsAdded() { return executors.size(); }

    synchronized Map<String, String> executorHosts() { return Map.copyOf(executors); }

    synchronized Map<String, String> executorsRemoved() { return Map.copyOf(removed); }

    synchronized long successes() { return finished.stream().filter(Attempt::succeeded).count(); }

    synchronized List<Attempt> attempts() { return List.copyOf(finished); }

    /** Tasks running now, as "partition.attempt@executor". */
    synchronized List<String> runningNow() {
        return running.values().stream().map(t -> t.index() + "." + t.attemptNumber() + "@" + t.executorId()).sorted().toList();
    }
}
