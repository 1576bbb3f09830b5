package org.cartellab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.data.BundledData;
import org.cartellab.model.ModelClock;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1,000 520-week runs with parameters drawn uniformly within the paper's calibration bounds (docs/models.md:
 * rho in [2,3]e-3, eta in [110,120], theta in [1,2]e-8, omega in [4,10]e-8, C0 in [110,115]e3), on every core and,
 * for the speed-up, on one. The draws are fixed (seed 2023) so every invocation does the same work.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EnsembleBenchmark {
    static final int RUNS = 1000;
    /** One reference-run horizon (520 weeks). */
    static final int WEEKS = ModelClock.NETWORK.defaultWeeks();

    private List<NetworkRun> runs;
    private NetworkSimulator simulator;
    private ForkJoinPool pool;

    @Setup
    public void setUp() {
        ConflictNetwork network = ConflictNetwork.of(BundledData.network());
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(2023L);
        runs = new ArrayList<>(RUNS);
        for (int k = 0; k < RUNS; k++) {
            NetworkParameters p = new NetworkParameters(uniform(rng, 2e-3, 3e-3), uniform(rng, 110, 120),
                    uniform(rng, 1e-8, 2e-8), uniform(rng, 4e-8, 10e-8), uniform(rng, 110e3, 115e3));
            runs.add(NetworkRun.of(network, p, WEEKS));
        }
        simulator = new NetworkSimulator();
        pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    @TearDown
    public void tearDown() {
        pool.shutdown();
    }

    private static double uniform(UniformRandomProvider rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    /** Time for 1,000 runs on all cores. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double thousandRunsAllCores() throws InterruptedException, ExecutionException {
        return allCores();
    }

    /** The same 1,000 runs on all cores, reported as runs per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(RUNS)
    public double runsPerSecondAllCores() throws InterruptedException, ExecutionException {
        return allCores();
    }

    /** Time for the same 1,000 runs on the calling thread only: the baseline for the parallel speed-up. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double thousandRunsOneCore() {
        double sum = 0;
        for (NetworkRun run : runs) sum += simulator.run(run).members(WEEKS);
        return sum;
    }

    private double allCores() throws InterruptedException, ExecutionException {
        // NetworkSimulator is stateless and thread-safe; each run builds its own integrator.
        return pool.submit(() -> IntStream.range(0, RUNS).parallel()
                .mapToDouble(k -> simulator.run(runs.get(k)).members(WEEKS)).sum()).get();
    }
}
