package org.cartellab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoreException;
import org.cartellab.ensemble.Distributions;
import org.cartellab.ensemble.EnsembleJob;
import org.cartellab.ensemble.EnsembleResult;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.ensemble.EnsembleSpec;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cartel-lab ensemble}: many runs of a network scenario under parameter uncertainty, with bands, stored. */
@Command(name = "ensemble", mixinStandardHelpOptions = true,
        description = {"Run a network scenario many times with parameters drawn from a distribution and print 5-95 %%",
                "and 25-75 %% bands of cartel members and casualties (weekly; columns deaths, cum_deaths). Runs are stored (see 'runs') and can be resumed.",
                "Run i depends only on (seed, i): results are identical for any --threads."})
final class EnsembleCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Network scenario file (default: the 2012-2022 baseline).")
    Path scenario;

    /** Largest ensemble one process holds (its bands keep 8 bytes per run and metric in memory). */
    static final long MAX_RUNS = 50_000_000L;

    @Option(names = "--runs", defaultValue = "1000", description = "Number of runs (default ${DEFAULT-VALUE}).")
    long runs;

    @Option(names = "--seed", description = "Seed of the ensemble (default: the scenario's seed).")
    Long seed;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--distribution", defaultValue = Distributions.DEFAULT,
            description = "Parameter distribution: posterior (the calibration posterior: rho, eta, theta, omega, C0 drawn jointly from the 2012-2021 data), reference-box (ASSUMPTION: +/-5 %% around the published fit within the paper's calibration bounds), reference-box:H, or fixed. Default ${DEFAULT-VALUE}.")
    String distribution;

    @Option(names = "--series-every", paramLabel = "WEEKS",
            description = "Keep the weekly series every WEEKS weeks (default: every week up to a memory budget of 16 million values).")
    Integer seriesEvery;

    @Option(names = "--chunk", defaultValue = "1000", description = "Runs per stored chunk (each committed atomically; default ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write DIR/bands.csv.")
    Path out;

    @Option(names = "--no-store", description = "Do not record the run in the store.")
    boolean noStore;

    @Mixin
    StoreOption store;

    @Mixin
    ForceOption force = new ForceOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        org.cartellab.app.output.OutputTarget target = out == null ? null
                : org.cartellab.app.output.OutputTarget.directory(out, force.force, "--out"); // checked before any work
        if (runs < 1 || runs > MAX_RUNS) throw new BadInputException("--runs must be between 1 and " + MAX_RUNS + ", got " + runs);
        String text = scenario == null ? EnsembleSpec.BASELINE_YAML : read(scenario);
        EnsembleSpec es;
        EnsembleJob job;
        Scenario sc;
        try {
            sc = scenario == null ? new EnsembleSpec(text, distribution, 1, 1, 1).scenario()
                    : ScenarioParser.parse(scenario);
            long s = seed != null ? seed : sc.seed();
            int stride = seriesEvery != null ? seriesEvery : EnsembleSpec.defaultStride(sc.weeks(), runs);
            es = new EnsembleSpec(text, distribution, s, runs, stride);
            job = es.toJob();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        EnsembleRunner runner = runner(threads, chunk);
        PrintWriter pw = spec.commandLine().getOut();
        if (noStore) {
            EnsembleResult r = EnsembleExecution.finish(null, null, job, List.of(), runner, org.cartellab.app.i18n.Messages.of(LangOption.of(spec)));
            EnsembleExecution.report(pw, null, null, r, target, org.cartellab.app.i18n.Messages.of(LangOption.of(spec)));
            return 0;
        }
        try (RunStore st = store.open()) {
            String id = st.createEnsemble(sc.name(), es, Provenance.codeVersion(), Provenance.dataVersions());
            System.err.println(org.cartellab.app.i18n.Messages.of(LangOption.of(spec)).get("ensemble.started", id, st.file(), runner.threads()));
            EnsembleResult r = EnsembleExecution.finish(st, id, job, List.of(), runner, org.cartellab.app.i18n.Messages.of(LangOption.of(spec)));
            EnsembleExecution.report(pw, id, st.file(), r, target, org.cartellab.app.i18n.Messages.of(LangOption.of(spec)));
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
        return 0;
    }

    static EnsembleRunner runner(Integer threads, int chunk) {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) throw new BadInputException("--threads must be at least 1, got " + t);
        if (chunk < 1) throw new BadInputException("--chunk must be at least 1, got " + chunk);
        return new EnsembleRunner(t, chunk);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + p + ": " + e.getMessage(), e);
        }
    }
}
