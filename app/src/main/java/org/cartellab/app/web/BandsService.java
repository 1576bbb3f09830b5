package org.cartellab.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cartellab.ensemble.Band;
import org.cartellab.ensemble.Distributions;
import org.cartellab.ensemble.EnsembleJob;
import org.cartellab.ensemble.EnsembleMetric;
import org.cartellab.ensemble.EnsembleResult;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.ensemble.LeverDraw;
import org.cartellab.ensemble.ReportPlan;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.progress.ProgressListener;
import org.cartellab.scenario.Scenario;
import org.cartellab.simulation.PrisonYears;
import org.cartellab.simulation.SimulatorBands;
import org.cartellab.simulation.SimulatorInput;
import org.cartellab.uncertainty.ParameterDistribution;

/**
 * Uncertainty bands for the simulator page, always on the core ensemble runner with the distribution {@code ensemble}
 * and {@code compare --ensemble} use by default ({@value Distributions#DEFAULT}, the calibration posterior): a
 * simulator query through {@link SimulatorBands} (every lever the simulator can express, leadership removal and
 * cooperation included), a scenario file through the {@code ensemble} verb's own job ({@link EnsembleJob}) for it and
 * for its status quo. The result is the page's JSON: per arm and series, weekly 5/50/95 % values (rounded to 0.01).
 */
public final class BandsService {
    private final SimulationService simulation;
    private volatile ParameterDistribution distribution;

    public BandsService(SimulationService simulation) { this.simulation = simulation; }

    /** The posterior (built once, then cached by the calibration package). */
    ParameterDistribution distribution() {
        ParameterDistribution d = distribution;
        if (d == null) distribution = d = Distributions.parse(Distributions.DEFAULT);
        return d;
    }

    private static EnsembleRunner pool(int runs) {
        // leave a processor to the live simulator
        return new EnsembleRunner(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), Math.max(1, runs));
    }

    /** Bands for a simulator request's levers; progress counts members. */
    public Map<String, Object> bands(SimulatorInput in, int runs, long seed, Job job) {
        SimulatorBands.Result r = new SimulatorBands(simulation.simulation(), distribution()).run(in, runs, seed, pool(runs), progress(job, 0));
        Map<String, Object> out = header(runs, seed, r.distribution(), r.collapsedScenario(), r.collapsedStatusQuo(), r.redraws());
        out.put("scenario", arm(r.scenario()));
        out.put("status_quo", arm(r.statusQuo()));
        return out;
    }

    /** Bands for a scenario file and its status quo (the same parameters without interventions); progress counts runs of both. */
    public Map<String, Object> bands(Scenario s, int runs, long seed, Job job) {
        ParameterDistribution d = distribution();
        Scenario statusQuo = new Scenario(s.name(), s.model(), s.weeks(), s.seed(), s.parameters(), List.of());
        AtomicInteger collapsedS = new AtomicInteger();
        AtomicInteger collapsedQ = new AtomicInteger();
        EnsembleResult a = pool(runs).run(new EnsembleJob(s, d, LeverDraw.NONE, seed, runs, weeklyPlan(s.weeks())),
                chunk -> chunk.forEach(x -> { if (!Double.isNaN(x.collapseWeek())) collapsedS.incrementAndGet(); }), progress(job, 0));
        EnsembleResult b = pool(runs).run(new EnsembleJob(statusQuo, d, LeverDraw.NONE, seed, runs, weeklyPlan(s.weeks())),
                chunk -> chunk.forEach(x -> { if (!Double.isNaN(x.collapseWeek())) collapsedQ.incrementAndGet(); }), progress(job, runs));
        Map<String, Object> out = header(runs, seed, d.description(), collapsedS.get(), collapsedQ.get(), 0);
        double mean = simulation.simulation().prisonYears().meanSentenceYears();
        out.put("scenario", arm(a, s.weeks(), mean));
        out.put("status_quo", arm(b, s.weeks(), mean));
        return out;
    }

    private static ProgressListener progress(Job job, int offset) {
        return p -> { if (job != null) job.progress(offset + (int) p.done()); };
    }

    private static Map<String, Object> header(int runs, long seed, String distribution, int cs, int cq, int redraws) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runs", runs);
        out.put("seed", seed);
        out.put("distribution", distribution);
        out.put("meaning", SimulatorBands.MEANING);
        out.put("collapsed_scenario", cs);
        out.put("collapsed_status_quo", cq);
        out.put("redraws", redraws);
        return out;
    }

    /** Members, casualties and incapacitations at every week (the ensemble verb's metrics, at stride 1). */
    static ReportPlan weeklyPlan(int weeks) {
        List<EnsembleMetric> m = new ArrayList<>();
        for (int w = 0; w <= weeks; w++) {
            m.add(new EnsembleMetric("members@" + w, WeeklyColumn.MEMBERS, w));
            m.add(new EnsembleMetric("deaths@" + w, WeeklyColumn.DEATHS, w));
            m.add(new EnsembleMetric("incapacitations@" + w, WeeklyColumn.INCAPACITATIONS, w));
        }
        return new ReportPlan(m, weeks);
    }

    private static Map<String, Object> arm(Map<String, SimulatorBands.WeeklyBand> bands) {
        Map<String, Object> out = new LinkedHashMap<>();
        bands.forEach((k, b) -> out.put(k, band(b.p05(), b.p50(), b.p95())));
        return out;
    }

    /** Prison-years of a scenario file (no sentence lever) are incapacitations times the mean sentence, so their quantiles scale alike. */
    private static Map<String, Object> arm(EnsembleResult r, int weeks, double meanSentence) {
        Map<String, Object> out = new LinkedHashMap<>();
        String[] names = {"members", "deaths", "incapacitations", "prison_years"};
        for (int k = 0; k < names.length; k++) {
            String series = names[k];
            int column = Math.min(k, 2); // weeklyPlan's order: members, deaths, incapacitations at each week
            double f = series.equals("prison_years") ? meanSentence : 1;
            double[] p05 = new double[weeks + 1];
            double[] p50 = new double[weeks + 1];
            double[] p95 = new double[weeks + 1];
            for (int w = 0; w <= weeks; w++) {
                Band b = r.bands().get(3 * w + column);
                p05[w] = b.q05() * f;
                p50[w] = b.q50() * f;
                p95[w] = b.q95() * f;
            }
            out.put(series, band(p05, p50, p95));
        }
        return out;
    }

    private static Map<String, double[]> band(double[] p05, double[] p50, double[] p95) {
        return Map.of("p05", SeriesSet.rounded(p05), "p50", SeriesSet.rounded(p50), "p95", SeriesSet.rounded(p95));
    }

    /** For the prison-years note. */
    static String prisonNote() { return PrisonYears.NOTE; }
}
