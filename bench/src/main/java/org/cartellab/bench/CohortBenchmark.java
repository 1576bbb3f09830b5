package org.cartellab.bench;

import java.util.concurrent.TimeUnit;
import org.cartellab.cohort.AgeAssignment;
import org.cartellab.cohort.AlphaGrid;
import org.cartellab.cohort.CohortAnalysis;
import org.cartellab.cohort.CohortParameters;
import org.cartellab.cohort.CohortRates;
import org.cartellab.cohort.CohortTimeSeries;
import org.cartellab.data.Sentences;
import org.cartellab.model.ModelClock;
import org.cartellab.model.Schedule;
import org.cartellab.progress.ProgressListener;
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
 * The cohort model's whole analysis as the authors run it (time series and ages over 4,227 weeks, 100 runs of the
 * recruitment-age sensitivity, 250 sentence-multiplier runs) and its parts. Target: the whole analysis under 10 s on
 * a 2-core machine (the authors' R needs about an hour). Run: java -jar bench/target/benchmarks.jar CohortBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CohortBenchmark {
    private CohortRates rates;
    private CohortTimeSeries series;
    private Sentences sentences;
    private long seed;

    @Setup
    public void setUp() {
        rates = new CohortRates(CohortParameters.REFERENCE, Schedule.NONE, ModelClock.COHORT.defaultWeeks());
        series = CohortTimeSeries.simulate(rates, 1);
        sentences = Sentences.bundled();
    }

    /** Time series, ages, 100 sensitivity runs and 250 alpha runs. */
    @Benchmark
    public Object wholeAnalysis() {
        return CohortAnalysis.run(rates, ++seed, sentences, new CohortAnalysis.Options(new AlphaGrid(0, 2, 250), 100, 5),
                ProgressListener.NONE);
    }

    /** Step S1 alone. */
    @Benchmark
    public Object timeSeries() { return CohortTimeSeries.simulate(rates, ++seed); }

    /** Step S2 alone, on a fixed time series. */
    @Benchmark
    public Object ages() { return AgeAssignment.assign(series, ++seed); }
}
