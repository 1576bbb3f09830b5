package org.cartellab.simulation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.comparison.ComparisonStart;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.uncertainty.ParameterDistribution;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.Quantiles;
import org.cartellab.uncertainty.RunStreams;
import org.cartellab.network.NetworkParameters;

/**
 * Posterior predictive bands for a simulator run, computed on the core {@link EnsembleRunner} as {@code ensemble} and
 * {@code compare --ensemble} are: member {@code i} draws the network parameters from the distribution (by default the
 * calibration posterior) with its own stream {@link RunStreams#forRun}(seed, i), reruns the history from 2012 to the
 * start week with them (redrawing, up to {@value #MAX_DRAWS} times, parameters with which the cartels collapse before
 * it, as {@code compare --ensemble} does), and runs the same lever settings and the status quo from that state. Every
 * week's 5th, 50th and 95th percentiles (Hyndman and Fan definition 7, {@link Quantiles}) of members, casualties,
 * incapacitations and prison-years are reported for both arms. Lever values are held as given: the band is the network
 * model's uncertainty given its calibration, not a forecast of reality. Results do not depend on the thread count.
 */
public final class SimulatorBands {
    /** The weekly series banded, in order. */
    public static final List<String> SERIES = List.of("members", "deaths", "incapacitations", "prison_years");
    static final int MAX_DRAWS = 100;
    /** What the band is, in words for pages and files. */
    public static final String MEANING = "posterior predictive band of the network model: 5-95 % of runs with parameters drawn from the "
            + "calibration posterior, each rerun from 2012 to the levers' start, lever values as set; the model's uncertainty given the "
            + "2012-2021 data, not a forecast of what will happen";

    /** Weekly percentiles of one series, index = model week. */
    public record WeeklyBand(double[] p05, double[] p50, double[] p95) {}

    /** Bands for both arms, with how many runs, how many collapsed, redraws and the distribution's description. */
    public record Result(int runs, long seed, String distribution, int collapsedScenario, int collapsedStatusQuo, int redraws,
                         Map<String, WeeklyBand> scenario, Map<String, WeeklyBand> statusQuo) {}

    private record Member(long index, double[][][] values, boolean collapsedScenario, boolean collapsedStatusQuo, int redraws) {}

    private final Simulation simulation;
    private final ParameterDistribution distribution;

    public SimulatorBands(Simulation simulation, ParameterDistribution distribution) {
        this.simulation = simulation;
        this.distribution = distribution;
    }

    /**
     * Runs {@code runs} members of {@code input} (its base parameters are replaced by each member's draw).
     *
     * @throws IllegalArgumentException for fewer than 2 runs, or a lever that cannot be compiled
     * @throws IllegalStateException when {@value #MAX_DRAWS} draws in a row collapse before the start
     */
    public Result run(SimulatorInput input, int runs, long seed, EnsembleRunner pool, ProgressListener progress) {
        if (runs < 2) throw new IllegalArgumentException("an ensemble needs at least 2 runs, got " + runs);
        Member[] members = new Member[runs];
        long[] indices = new long[runs];
        for (int i = 0; i < runs; i++) indices[i] = i;
        pool.compute(i -> member(input, seed, i), indices, chunk -> chunk.forEach(m -> members[(int) m.index()] = m), progress);
        int cs = 0;
        int cq = 0;
        int redraws = 0;
        for (Member m : members) {
            if (m.collapsedScenario()) cs++;
            if (m.collapsedStatusQuo()) cq++;
            redraws += m.redraws();
        }
        return new Result(runs, seed, distribution.description(), cs, cq, redraws, bands(members, 0, input.weeks()), bands(members, 1, input.weeks()));
    }

    private Member member(SimulatorInput input, long seed, long i) {
        UniformRandomProvider rng = RunStreams.forRun(seed, i);
        ComparisonStart.History h = null;
        int redraws = -1;
        NetworkParameters p = null;
        while (h == null) {
            if (++redraws >= MAX_DRAWS) {
                throw new IllegalStateException("member " + i + ": the cartels collapsed before week " + input.from() + " for " + MAX_DRAWS
                        + " parameter draws in a row from " + distribution.description());
            }
            p = distribution.sample(rng);
            try {
                h = ComparisonStart.history(p, input.from());
            } catch (IllegalArgumentException collapsed) {
                h = null;
            }
        }
        SimulatorInput drawn = new SimulatorInput(p, input.weeks(), input.from(), input.levers(), input.dependentShare());
        double[][] scenario = simulation.bandSeries(drawn, h);
        double[][] statusQuo = input.levers().isEmpty() ? scenario : simulation.bandSeries(drawn.statusQuo(), h);
        return new Member(i, new double[][][] {scenario, statusQuo}, collapsed(scenario[0]), collapsed(statusQuo[0]), redraws);
    }

    /** A run that collapsed records zero members from the week after the collapse to the end. */
    private static boolean collapsed(double[] members) { return members[members.length - 1] == 0; }

    private static Map<String, WeeklyBand> bands(Member[] members, int arm, int weeks) {
        Map<String, WeeklyBand> out = new LinkedHashMap<>();
        double[] v = new double[members.length];
        for (int s = 0; s < SERIES.size(); s++) {
            double[] p05 = new double[weeks + 1];
            double[] p50 = new double[weeks + 1];
            double[] p95 = new double[weeks + 1];
            for (int w = 0; w <= weeks; w++) {
                for (int m = 0; m < members.length; m++) v[m] = members[m].values()[arm][s][w];
                Arrays.sort(v);
                p05[w] = Quantiles.ofSorted(v, 0.05);
                p50[w] = Quantiles.ofSorted(v, 0.50);
                p95[w] = Quantiles.ofSorted(v, 0.95);
            }
            out.put(SERIES.get(s), new WeeklyBand(p05, p50, p95));
        }
        return out;
    }
}
