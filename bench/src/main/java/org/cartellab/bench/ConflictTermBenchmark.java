package org.cartellab.bench;

import java.util.concurrent.TimeUnit;
import org.cartellab.data.BundledData;
import org.cartellab.network.ConflictNetwork;
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

/**
 * The conflict term {@code (K C)_i} of the network model, evaluated once per right-hand side: the sparse
 * O(cartels + edges) form the engine uses against the dense 150 x 150 product the paper writes down.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ConflictTermBenchmark {
    private ConflictNetwork network;
    private double[][] k;
    private double[] members;
    private double total;
    private double[] out;

    @Setup
    public void setUp() {
        network = ConflictNetwork.of(BundledData.network());
        int n = network.size();
        double[][] w = network.rivalryMatrix();
        k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) k[i][j] = i == j ? 0 : (w[i][j] + 1) / (network.allianceStrength(i) + 1);
        }
        members = network.initialMembers(115_000);
        for (double c : members) total += c;
        out = new double[n];
    }

    /** (K C) through the sparse rivalry pairs and the identity (K C)_i = ((W C)_i + T - C_i) / (A_i + 1). */
    @Benchmark
    public double[] sparse() {
        network.conflictPressure(members, total, out);
        return out;
    }

    /** (K C) as the dense matrix-vector product. */
    @Benchmark
    public double[] dense() {
        int n = out.length;
        for (int i = 0; i < n; i++) {
            double[] row = k[i];
            double s = 0;
            for (int j = 0; j < n; j++) s += row[j] * members[j];
            out[i] = s;
        }
        return out;
    }
}
