package org.cartellab.ensemble;

import java.io.Serializable;
import java.util.List;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;

/**
 * An ensemble in plain values, as stored with a run and passed to Spark: the scenario file's text, a distribution
 * name ({@link Distributions}), seed, number of runs and the weekly-series stride of the report plan. Rebuilding the
 * job from it gives the same runs, which is what makes {@code runs resume} and Spark agree with the local runner.
 */
public record EnsembleSpec(String scenarioText, String distribution, long seed, long runs, int seriesStride) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The embedded baseline ({@link Scenario#networkBaseline()}) as a scenario file. */
    public static final String BASELINE_YAML = """
            name: Network baseline 2012-2022 (reference parameters)
            model: network
            weeks: %d
            seed: 1
            """.formatted(ModelKind.NETWORK.defaultWeeks());

    public EnsembleSpec {
        if (runs < 1) throw new IllegalArgumentException("an ensemble needs at least 1 run, got " + runs);
        if (seriesStride < 1) throw new IllegalArgumentException("series stride must be >= 1 week, got " + seriesStride);
        Distributions.parse(distribution); // fail early on a bad name
    }

    /** The default stride for a scenario of {@code weeks} and {@code runs} (see {@link ReportPlan#forRuns}). */
    public static int defaultStride(int weeks, long runs) {
        ReportPlan p = ReportPlan.forRuns(weeks, runs);
        List<Integer> w = p.seriesWeeks();
        return w.size() < 2 ? 1 : w.get(1) - w.get(0);
    }

    public Scenario scenario() { return ScenarioParser.parse("stored scenario", scenarioText); }

    public EnsembleJob toJob() {
        Scenario s = scenario();
        return new EnsembleJob(s, Distributions.parse(distribution), LeverDraw.NONE, seed, runs, ReportPlan.standard(s.weeks(), seriesStride));
    }
}
