package org.cartellab.app.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.scenario.Scenario;
import org.cartellab.uncertainty.ParameterDistribution;

/**
 * A minimal ensemble for uncertainty bands: {@code runs} parameter draws, each run with and without the scenario's
 * interventions; parameters the scenario sets explicitly stay fixed. Replaceable by the project's ensemble engine.
 */
public final class NetworkEnsemble {
    static final Map<String, WeeklyColumn> SERIES = Map.of(
            "members", WeeklyColumn.MEMBERS, "deaths", WeeklyColumn.DEATHS, "incapacitations", WeeklyColumn.INCAPACITATIONS);

    private final NetworkSimulation simulation;
    private final ParameterDistribution distribution;

    public NetworkEnsemble(NetworkSimulation simulation, ParameterDistribution distribution) {
        this.simulation = simulation;
        this.distribution = distribution;
    }

    /** Runs the ensemble, counting one step per draw on {@code job} (may be null). Deterministic for a seed. */
    public EnsembleBands run(Scenario s, int runs, long seed, Job job) {
        if (runs < 2) throw new IllegalArgumentException("an ensemble needs at least 2 runs");
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int rows = s.weeks() + 1;
        Map<String, double[][]> withI = new LinkedHashMap<>();
        Map<String, double[][]> without = new LinkedHashMap<>();
        for (String k : order()) {
            withI.put(k, new double[rows][runs]);
            without.put(k, new double[rows][runs]);
        }
        int collapsedS = 0;
        int collapsedQ = 0;
        for (int r = 0; r < runs; r++) {
            if (Thread.currentThread().isInterrupted()) throw new IllegalStateException("ensemble interrupted");
            NetworkParameters p = distribution.sample(rng);
            for (Map.Entry<String, Double> e : s.parameters().entrySet()) p = p.with(e.getKey(), e.getValue());
            NetworkResult a = simulation.run(p, s, true);
            NetworkResult b = s.interventions().isEmpty() ? a : simulation.run(p, s, false);
            if (a.collapsed()) collapsedS++;
            if (b.collapsed()) collapsedQ++;
            for (String k : order()) {
                copy(a.weekly().column(SERIES.get(k)), withI.get(k), r);
                copy(b.weekly().column(SERIES.get(k)), without.get(k), r);
            }
            if (job != null) job.step();
        }
        return new EnsembleBands(runs, seed, distribution.description(), collapsedS, collapsedQ, bands(withI), bands(without));
    }

    private static String[] order() { return new String[] {"members", "deaths", "incapacitations"}; }

    private static void copy(double[] column, double[][] into, int run) {
        for (int w = 0; w < column.length; w++) into[w][run] = column[w];
    }

    private static Map<String, EnsembleBands.Band> bands(Map<String, double[][]> values) {
        Map<String, EnsembleBands.Band> out = new LinkedHashMap<>();
        values.forEach((k, rows) -> {
            double[] p05 = new double[rows.length];
            double[] p50 = new double[rows.length];
            double[] p95 = new double[rows.length];
            for (int w = 0; w < rows.length; w++) {
                double[] v = rows[w].clone();
                Arrays.sort(v);
                p05[w] = round(quantile(v, 0.05));
                p50[w] = round(quantile(v, 0.50));
                p95[w] = round(quantile(v, 0.95));
            }
            out.put(k, new EnsembleBands.Band(p05, p50, p95));
        });
        return out;
    }

    /** Linear interpolation between order statistics (Hyndman & Fan type 7) of sorted values. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
