package org.cartellab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cartellab.app.i18n.Messages;
import org.cartellab.app.output.OutputTarget;
import org.cartellab.app.report.BacktestFiles;
import org.cartellab.calibration.PosteriorOptions;
import org.cartellab.calibration.PosteriorSummary;
import org.cartellab.calibration.PublishedPosterior;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.Spread;
import org.cartellab.validation.Backtest;
import org.cartellab.validation.BacktestMetrics;
import org.cartellab.validation.BacktestPart;
import org.cartellab.validation.BacktestResult;
import org.cartellab.validation.BundledBacktest;
import org.cartellab.validation.CasualtyProxy;
import org.cartellab.validation.YearForecast;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cartel-lab backtest}: the network model against what happened after its calibration period. Back-test (a) is
 * {@link BundledBacktest}'s, the same computation the report and the web show; (b), the hold-out, is computed here.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Out-of-sample validation of the network model: (a) the published calibration (2012-2021) against",
                "observed 2022 onward, (b) a hold-out calibrated on 2012-2018 predicting 2019-2021; posterior predictive",
                "50 %% and 90 %% bands, MAE, MAPE, bias and coverage. Back-test (a) is the same computation the HTML report",
                "and the web's validation show (one draw in " + Backtest.PUBLISHED_THIN + " of the published posterior, seed 1 by default).",
                "Prints its own wall time (docs/validation.md)."})
final class BacktestCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "1", description = "Seed for the hold-out fit, its posterior and the predictive noise (default ${DEFAULT-VALUE}, the seed of the report and the web).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores; results do not depend on it).")
    Integer threads;

    @Option(names = "--json", description = "Print the result as JSON instead of text (keys and values in English whatever --lang says).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write backtest.csv, metrics.csv and backtest.json there (the output rule: the folder may be new but its parent must exist; atomic; never over files it did not write without --force).")
    Path out;

    @Mixin
    ForceOption force = new ForceOption();

    @Mixin
    LangOption lang = new LangOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        Messages t = lang.messages();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || n > 256) throw new BadInputException("--threads must be between 1 and 256, got " + n);
        OutputTarget target = out == null ? null : OutputTarget.directory(out, force.force, "--out"); // checked before any work
        PrintWriter o = spec.commandLine().getOut();
        BacktestResult r = BundledBacktest.run(seed, new EnsembleRunner(n, EnsembleRunner.DEFAULT_CHUNK), ProgressListener.NONE);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (target != null) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("backtest.csv", BacktestFiles.yearsCsv(r));
            files.put("metrics.csv", BacktestFiles.metricsCsv(r));
            files.put("backtest.json", mapper.writeValueAsString(BacktestFiles.json(r)));
            target.write(files);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        if (json) {
            Map<String, Object> m = BacktestFiles.json(r);
            m.put("wall_seconds", wall);
            m.put("cpu_seconds", cpu);
            m.put("threads", n);
            o.println(mapper.writeValueAsString(m));
        } else {
            print(o, r, t);
            if (out != null) o.println(t.get("backtest.wrote", out.resolve("backtest.csv")));
            o.println(t.get("backtest.wall", wall, cpu, n));
        }
        o.flush();
        return 0;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return 0;
    }

    private static void print(PrintWriter o, BacktestResult r, Messages t) {
        o.println(t.get("backtest.title"));
        o.println(t.get("backtest.band", BacktestFiles.bandNoise(t)));
        o.println(t.get("backtest.proxy", CasualtyProxy.REFERENCE_YEAR, fmt(t, "%.3f", r.ratio().central()), r.ratio().referenceYear(),
                fmt(t, "%.3f", r.ratio().low()), fmt(t, "%.3f", r.ratio().high()), r.ratio().fromYear(), r.ratio().toYear()));
        for (BacktestPart p : List.of(r.published(), r.holdout())) part(o, p, t);
        o.println();
        o.println(t.get("backtest.wrong"));
        for (String s : BacktestFiles.verdict(r, t)) o.println("  - " + s);
    }

    private static void part(PrintWriter o, BacktestPart p, Messages t) {
        boolean published = p.name().equals("published");
        int first = p.years().get(0).year();
        int last = p.years().get(p.years().size() - 1).year();
        o.println();
        o.println(t.get(published ? "backtest.part.published" : "backtest.part.holdout", p.calibratedFrom(), p.calibratedTo(), first, last));
        PosteriorSummary s = p.posterior();
        if (published) {
            o.println("    " + t.get("backtest.source.published", s.chains(), Backtest.PUBLISHED_THIN,
                    (s.draws() + Backtest.PUBLISHED_THIN - 1) / Backtest.PUBLISHED_THIN, s.draws()));
        } else {
            PosteriorOptions h = Backtest.HOLDOUT_POSTERIOR;
            o.println("    " + t.get("backtest.source.holdout", p.calibratedFrom(), p.calibratedTo(), h.chains(), h.draws(), h.thin(), h.burnIn()));
        }
        o.println(fmt(t, "%6s %20s %8s %9s %17s %17s %5s %5s %9s %9s", t.get("backtest.col.year"), t.get("backtest.col.observed"),
                t.get("backtest.col.model"), t.get("backtest.col.pred_median"), t.get("backtest.col.band50"), t.get("backtest.col.band90"),
                t.get("backtest.col.in50"), t.get("backtest.col.in90"), t.get("backtest.col.growth"), t.get("backtest.col.observed_growth")));
        for (YearForecast y : p.years()) {
            Spread q = y.predictive();
            String obs = y.observed().proxy() ? fmt(t, "%.1f [%.1f-%.1f]", y.observed().value(), y.observed().low(), y.observed().high())
                    : fmt(t, "%.1f", y.observed().value());
            o.println(fmt(t, "%6d %20s %8.1f %9.1f %17s %17s %5s %5s %+8.1f%% %+8.1f%%", y.year(), obs, y.model().median(), q.median(),
                    fmt(t, "%.1f-%.1f", q.p25(), q.p75()), fmt(t, "%.1f-%.1f", q.p5(), q.p95()),
                    t.get(y.in50() ? "report.yes" : "report.no"), t.get(y.in90() ? "report.yes" : "report.no"), y.modelGrowthPct(), y.observedGrowthPct()));
        }
        o.println("    " + t.get("backtest.growth_note", p.baseYear()));
        metrics(o, t.get("backtest.metrics.central"), p.metrics(), t);
        if (p.years().stream().anyMatch(y -> y.observed().proxy())) {
            metrics(o, t.get("backtest.metrics.low"), p.metricsLow(), t);
            metrics(o, t.get("backtest.metrics.high"), p.metricsHigh(), t);
        }
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < s.names().size(); i++) {
            d.append(i == 0 ? "" : "; ").append(t.get("backtest.posterior.parameter", s.names().get(i), s.effectiveSampleSize()[i], s.rhat()[i]));
        }
        o.println("    " + t.get("backtest.posterior", s.draws(), s.distinctDraws(), s.chains(), d));
    }

    private static void metrics(PrintWriter o, String label, BacktestMetrics m, Messages t) {
        o.println("    " + t.get("backtest.metrics", label, m.mae(), m.mapePct(), m.bias(), m.rmse(), 100 * m.coverage50(), 100 * m.coverage90(), m.n()));
    }

    private static String fmt(Messages t, String pattern, Object... args) {
        return String.format(t.language().locale(), pattern, args);
    }
}
