package org.cartellab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.ComparisonStart;
import org.cartellab.comparison.PolicyRun;
import org.cartellab.network.NetworkParameters;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.Range;
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
 * The single-run unit every view shares (compare, its ensembles, the web simulator and its bands): a course of action's
 * levers compiled by PolicyCompiler into ParameterChanges (ramps, cooperation index, a leadership split with its
 * succession window) and run for 520 weeks from the 2022 state. Strikes without consent pulls every kind of lever.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CourseRunBenchmark {
    private ComparisonStart start;
    private List<LeverSetting> levers;

    @Setup
    public void setUp() {
        start = ComparisonStart.in2022(NetworkParameters.REFERENCE);
        CourseOfAction coa = Catalog.bundled().find("strikes_without_consent").orElseThrow();
        levers = coa.levers().stream().map(e -> LeverSetting.at(e, Range.Point.CENTRAL)).toList();
    }

    @Benchmark
    public PolicyRun courseRun() {
        return ComparisonRunner.run(start, levers, 520, 0.5, 1.0);
    }
}
