package org.cartellab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.Spread;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.app.report.BacktestFiles;
import org.cartellab.calibration.PosteriorSummary;
import org.cartellab.calibration.PublishedPosterior;
import org.cartellab.data.BundledData;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.validation.Backtest;
import org.cartellab.validation.BacktestMetrics;
import org.cartellab.validation.BacktestPart;
import org.cartellab.validation.BacktestResult;
import org.cartellab.validation.YearForecast;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cartel-lab backtest}: the network model against what happened after its calibration period. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Out-of-sample validation of the network model: (a) the published calibration (2012-2021) against",
                "observed 2022 onward, (b) a hold-out calibrated on 2012-2018 predicting 2019-2021; posterior predictive",
                "50 %% and 90 %% bands, MAE, MAPE, bias and coverage. Prints its own wall time (docs/validation.md)."})
final class BacktestCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "1", description = "Seed for the hold-out fit, its posterior and the predictive noise (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores; results do not depend on it).")
    Integer threads;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write backtest.csv, metrics.csv and backtest.json there (the output rule: atomic, never over files it did not write without --force).")
    Path out;

    @picocli.CommandLine.Mixin
    ForceOption force = new ForceOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1 || t > 256) throw new BadInputException("--threads must be between 1 and 256, got " + t);
        org.cartellab.app.output.OutputTarget target = out == null ? null
                : org.cartellab.app.output.OutputTarget.directory(out, force.force, "--out"); // checked before any work
        PrintWriter o = spec.commandLine().getOut();
        BacktestResult r = new Backtest(ConflictNetwork.of(BundledData.network()), new EnsembleRunner(t, EnsembleRunner.DEFAULT_CHUNK), seed)
                .run(BundledData.national(), PublishedPosterior.load(), ProgressListener.NONE);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (out != null) {
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
            m.put("threads", t);
            o.println(mapper.writeValueAsString(m));
        } else {
            print(o, r);
            if (out != null) o.println("wrote " + out.resolve("backtest.csv") + ", metrics.csv, backtest.json");
            o.printf(Locale.ROOT, "wall time %.1f s (CPU %.1f s, %d threads; target: under 30 s)%n", wall, cpu, t);
        }
        o.flush();
        return 0;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return 0;
    }

    private static void print(PrintWriter o, BacktestResult r) {
        o.println("Back-test of the network model (casualties per week; docs/validation.md)");
        o.println("band: posterior predictive, " + r.bandNoise());
        o.printf(Locale.ROOT, "after 2021: missing persons are not used (RNPDNO contested); observed = 10 %% of homicides x (1 + r)/52 with "
                + "r = %.3f (their %d ratio to homicides, ASSUMPTION), range %.3f-%.3f (%d-%d)%n", r.ratio().central(), r.ratio().referenceYear(),
                r.ratio().low(), r.ratio().high(), r.ratio().fromYear(), r.ratio().toYear());
        for (BacktestPart p : List.of(r.published(), r.holdout())) part(o, p);
        o.println();
        o.println("What the model got wrong:");
        for (String s : BacktestFiles.verdict(r)) o.println("  - " + s);
    }

    private static void part(PrintWriter o, BacktestPart p) {
        o.println();
        o.println((p.name().equals("published") ? "(a) " : "(b) ") + p.title());
        o.println("    parameters: " + p.posteriorSource());
        o.printf(Locale.ROOT, "%6s %20s %8s %9s %17s %17s %5s %5s %9s %9s%n", "year", "observed [range]", "model", "pred.med",
                "50 % band", "90 % band", "in50", "in90", "growth", "observed");
        for (YearForecast y : p.years()) {
            Spread s = y.predictive();
            String obs = y.observed().proxy() ? String.format(Locale.ROOT, "%.1f [%.1f-%.1f]", y.observed().value(), y.observed().low(), y.observed().high())
                    : String.format(Locale.ROOT, "%.1f", y.observed().value());
            o.printf(Locale.ROOT, "%6d %20s %8.1f %9.1f %17s %17s %5s %5s %+8.1f%% %+8.1f%%%n", y.year(), obs, y.model().median(), s.median(),
                    String.format(Locale.ROOT, "%.1f-%.1f", s.p25(), s.p75()), String.format(Locale.ROOT, "%.1f-%.1f", s.p5(), s.p95()),
                    y.in50() ? "yes" : "no", y.in90() ? "yes" : "no", y.modelGrowthPct(), y.observedGrowthPct());
        }
        o.printf(Locale.ROOT, "    (growth: model median and observed since %d)%n", p.baseYear());
        metrics(o, "errors", p.metrics());
        if (p.years().stream().anyMatch(y -> y.observed().proxy())) {
            metrics(o, "at proxy low", p.metricsLow());
            metrics(o, "at proxy high", p.metricsHigh());
        }
        PosteriorSummary s = p.posterior();
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < s.names().size(); i++) {
            d.append(String.format(Locale.ROOT, "%s%s ESS %.0f R-hat %.3f", i == 0 ? "" : "; ", s.names().get(i), s.effectiveSampleSize()[i], s.rhat()[i]));
        }
        o.printf(Locale.ROOT, "    posterior: %,d draws (%,d distinct) in %d chains: %s%n", s.draws(), s.distinctDraws(), s.chains(), d);
    }

    private static void metrics(PrintWriter o, String label, BacktestMetrics m) {
        o.printf(Locale.ROOT, "    %-14s MAE %.1f, MAPE %.1f %%, bias %+.1f, RMSE %.1f; coverage 50 %%: %.0f %%, 90 %%: %.0f %% (%d years)%n", label + ":",
                m.mae(), m.mapePct(), m.bias(), m.rmse(), 100 * m.coverage50(), 100 * m.coverage90(), m.n());
    }
}
