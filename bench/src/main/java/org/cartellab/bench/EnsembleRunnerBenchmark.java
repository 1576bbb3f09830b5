package org.cartellab.bench;

import java.util.concurrent.TimeUnit;
import org.cartellab.data.BundledData;
import org.cartellab.ensemble.ChunkSink;
import org.cartellab.ensemble.EnsembleJob;
import org.cartellab.ensemble.EnsembleResult;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.model.ModelClock;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.progress.ProgressListener;
import org.cartellab.scenario.Scenario;
import org.cartellab.uncertainty.ReferenceBox;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ensemble throughput against its own baseline measured in the same run: {@code singleRun} is one 520-week network
 * run at the reference parameters; {@code ensemble} is {@link #RUNS} runs of the baseline scenario with parameters
 * drawn from the reference box, on {@code threads} threads, bands included. Per-run cost = ensemble / RUNS; the
 * ensemble layer's overhead is (ensemble / RUNS) x threads / singleRun - 1 when the threads have cores to themselves.
 * The 100,000-run target (60 s on 2 cores) needs ensemble / RUNS <= 0.6 ms with threads = 2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnsembleRunnerBenchmark {
    public static final int RUNS = 200;

    @Param({"1", "2"})
    public int threads;

    private EnsembleJob job;
    private EnsembleRunner runner;
    private ConflictNetwork network;

    @Setup
    public void setUp() {
        job = EnsembleJob.of(Scenario.networkBaseline(), ReferenceBox.standard(), 1, RUNS);
        runner = new EnsembleRunner(threads, 1_000);
        network = ConflictNetwork.of(BundledData.network());
    }

    @Benchmark
    public NetworkResult singleRun() {
        return new NetworkSimulator().run(NetworkRun.of(network, NetworkParameters.REFERENCE, ModelClock.NETWORK.defaultWeeks()));
    }

    @Benchmark
    public EnsembleResult ensemble() {
        return runner.run(job, ChunkSink.NONE, ProgressListener.NONE);
    }
}
