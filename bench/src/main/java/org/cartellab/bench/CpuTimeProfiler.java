package org.cartellab.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the benchmark process's CPU time per operation ({@code cpu.us/op}), next to the wall-clock
 * score. On a machine shared with other jobs the wall clock also counts time spent waiting for a core; CPU time does
 * not, so it is the steadier measure of the work itself (it includes the JIT and GC threads, and for parallel
 * benchmarks the CPU time of every worker). Use with {@code -prof org.cartellab.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long before;

    @Override
    public String getDescription() { return "process CPU time per operation"; }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = os.getProcessCpuTime() - before;
        long ops = result.getMetadata().getMeasuredOps();
        if (ops <= 0 || cpu < 0) return List.of();
        return List.of(new ScalarResult("cpu.us/op", cpu / 1e3 / ops, "us/op", AggregationPolicy.AVG));
    }
}
