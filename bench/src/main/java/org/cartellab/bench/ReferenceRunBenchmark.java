package org.cartellab.bench;

import java.util.concurrent.TimeUnit;
import org.cartellab.data.BundledData;
import org.cartellab.model.ModelClock;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One 520-week network run at the paper's reference parameters, as the CLI and every ensemble member does it. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ReferenceRunBenchmark {
    private NetworkRun run;
    private NetworkSimulator simulator;

    @Setup
    public void setUp() {
        run = NetworkRun.of(ConflictNetwork.of(BundledData.network()), NetworkParameters.REFERENCE, ModelClock.NETWORK.defaultWeeks());
        simulator = new NetworkSimulator();
    }

    @Benchmark
    public NetworkResult referenceRun() {
        return simulator.run(run);
    }
}
