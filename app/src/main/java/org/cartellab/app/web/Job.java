package org.cartellab.app.web;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A long computation run in the background: its state, progress (done of total steps), and result or error. */
public final class Job {
    /** Where a job is in its life. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private final String kind;
    private final int total;
    private final Instant created = Instant.now();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    private volatile Object result;
    private volatile String error;

    Job(String id, String kind, int total) {
        this.id = id;
        this.kind = kind;
        this.total = total;
    }

    public String id() { return id; }

    public String kind() { return kind; }

    public int total() { return total; }

    public int done() { return done.get(); }

    public State state() { return state.get(); }

    public Instant created() { return created; }

    public Object result() { return result; }

    public String error() { return error; }

    /**
     * Sets how many steps are done (thread-safe; never goes back), e.g. from the core ensemble runner's progress.
     *
     * @throws ApiException (the job fails with its message) once the job has run longer than {@link #BUDGET_SECONDS}
     */
    public void progress(int steps) {
        done.accumulateAndGet(steps, Math::max);
        checkBudget();
    }

    /** A job's cost budget: the one job thread is never held longer than this (wall-clock seconds). */
    public static final long BUDGET_SECONDS = 60;
    private volatile long startedNanos;

    /**
     * One step done.
     *
     * @throws ApiException (the job fails with its message) once the job has run longer than {@link #BUDGET_SECONDS}
     */
    public void step() {
        done.incrementAndGet();
        checkBudget();
    }

    private void checkBudget() {
        if (System.nanoTime() - startedNanos > BUDGET_SECONDS * 1_000_000_000L) {
            throw new ApiException(413, "the job exceeded its budget of " + BUDGET_SECONDS + " s after " + done.get() + " of "
                    + total + " steps; ask for fewer runs, fewer weeks or a simpler scenario");
        }
    }

    void running() {
        startedNanos = System.nanoTime();
        state.set(State.RUNNING);
    }

    void finish(Object value) {
        result = value;
        state.set(State.DONE);
    }

    void fail(String message) {
        error = message;
        state.set(State.FAILED);
    }

    boolean finished() { return state.get() == State.DONE || state.get() == State.FAILED; }
}
