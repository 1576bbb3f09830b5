package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cartellab.app.output.OutputTarget;
import org.cartellab.app.report.SobolChart;
import org.cartellab.sensitivity.NetworkSensitivity;
import org.cartellab.sensitivity.SobolAnalysis;
import org.cartellab.sensitivity.SobolCsv;
import org.cartellab.sensitivity.SobolIndex;
import org.cartellab.sensitivity.SobolResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cartel-lab sensitivity}: Sobol indices of the network model over the paper's calibration bounds. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Global sensitivity of the network model (status quo, 2012-2027) to its five parameters over the",
                "paper's calibration bounds: Sobol first-order and total indices (Saltelli sampling, Jansen total),",
                "with bootstrap intervals. Writes DIR/sobol.csv and DIR/sobol.svg."})
final class SensitivityCommand implements Callable<Integer> {
    /** Smallest base sample: below 16 points, bootstrap resamples of identical points (no variance) become common. */
    static final int MIN_SAMPLES = 16;
    static final int MAX_SAMPLES = 1 << 20;

    @Option(names = "--samples", defaultValue = "1024", description = "Base sample size N (model runs: N x 7; a power of two from 16 to 1048576; default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write the indices to (the output rule: atomic, never over files it did not write without --force).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bootstrap", defaultValue = "500", description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @picocli.CommandLine.Mixin
    ForceOption force = new ForceOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputTarget target = OutputTarget.directory(out, force.force, "--out"); // checked before any work
        if (samples < MIN_SAMPLES || samples > MAX_SAMPLES || Integer.bitCount(samples) != 1) {
            throw new BadInputException("--samples must be a power of two from " + MIN_SAMPLES + " to " + MAX_SAMPLES
                    + " (Saltelli sampling on a Sobol' sequence needs a power of two, and the bootstrap intervals need"
                    + " enough base points to vary), got " + samples);
        }
        if (bootstrap < 0) throw new BadInputException("--bootstrap must be >= 0, got " + bootstrap);
        NetworkSensitivity model = NetworkSensitivity.paperBounds();
        SobolResult r = SobolAnalysis.analyse(model, samples, EnsembleCommand.runner(threads, 1000), seed, bootstrap,
                ProgressBar.onStderr("sensitivity", "runs", org.cartellab.app.i18n.Messages.of(LangOption.of(spec))));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sobol.csv", SobolCsv.of(r));
        files.put("sobol.svg", SobolChart.svg(r, "Network model: Sobol indices over the calibration bounds"));
        target.write(files);
        PrintWriter pw = spec.commandLine().getOut();
        org.cartellab.app.i18n.Messages m = org.cartellab.app.i18n.Messages.of(LangOption.of(spec));
        pw.println(String.format(Locale.ROOT, "%-14s %-16s %-24s %-24s", m.get("sensitivity.col.output"), m.get("sensitivity.col.input"),
                m.get("sensitivity.col.first"), m.get("sensitivity.col.total")));
        for (SobolIndex x : r.indices()) {
            pw.println(String.format(Locale.ROOT, "%-14s %-16s %s [%s, %s]  %s [%s, %s]", x.output(), x.input(),
                    num(x.first()), num(x.firstLow()), num(x.firstHigh()), num(x.total()), num(x.totalLow()), num(x.totalHigh())));
        }
        pw.println(m.get("sensitivity.wrote", out.resolve("sobol.csv"), out.resolve("sobol.svg")));
        pw.flush();
        return 0;
    }

    /** A value for the table; "n/a" where it is not available (never "NaN"). */
    private static String num(double v) { return Double.isFinite(v) ? String.format(Locale.ROOT, "%6.3f", v) : "   n/a"; }
}
