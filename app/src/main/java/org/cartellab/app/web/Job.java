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

    /** Sets how many steps are done (thread-safe; never goes back). */
    public void progress(int steps) { done.accumulateAndGet(steps, Math::max); }

    /** Counts one finished step (thread-safe). */
    public void step() { done.incrementAndGet(); }

    void running() { state.set(State.RUNNING); }

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
