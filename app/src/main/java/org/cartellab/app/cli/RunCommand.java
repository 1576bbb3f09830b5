package org.cartellab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cartellab.app.report.CohortFiles;
import org.cartellab.app.report.CohortRunSummary;
import org.cartellab.app.report.NetworkRunFiles;
import org.cartellab.app.output.OutputTarget;
import org.cartellab.app.report.NetworkRunReport;
import org.cartellab.app.report.ProductVersion;
import org.cartellab.app.report.ResolvedParameter;
import org.cartellab.app.report.WeeklyCsv;
import org.cartellab.data.BundledData;
import org.cartellab.model.Intervention;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.scenario.CohortScenarioResult;
import org.cartellab.scenario.CohortScenarioRunner;
import org.cartellab.scenario.NetworkScenarioRunner;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The `run` verb: runs a scenario file (or the embedded 2012-2022 network baseline), prints a summary, writes outputs. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a scenario and prints members and weekly flows at the start and the end.",
                "Without SCENARIO.yaml: the network model at the published parameters, 2012-01-01 for 520 weeks.",
                "With --out DIR: also writes weekly.csv, cartels.csv and summary.json there,",
                "all or nothing; never over files this tool did not write (--force to replace them).",
                "Scenario files: see docs/cli-run.md and the examples in scenarios/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run finished", "2:bad input (scenario file, option or value)",
                "3:numerical trouble in the engine"})
final class RunCommand implements Callable<Integer> {
    static final String REFERENCE_SOURCE = "reference: Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023)";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "Scenario file (default: the embedded network baseline 2012-2022).")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Write weekly.csv, cartels.csv and summary.json here.")
    Path out;

    @Option(names = "--weeks", paramLabel = "N", description = "Horizon in weeks from the model's start (overrides the file).")
    Integer weeks;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for every random draw (overrides the file).")
    Long seed;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Override a starting parameter, e.g. --set recruitment=0.002 (repeatable).")
    List<String> settings = new ArrayList<>();

    @picocli.CommandLine.Mixin
    ForceOption force = new ForceOption();

    @Option(names = "--quiet", description = "Print nothing on success (errors still go to standard error).")
    boolean quiet;

    @Spec
    CommandSpec spec;

    private OutputTarget target;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        target = out == null ? null : OutputTarget.directory(out, force.force, "--out"); // checked before any work
        String source = scenarioFile == null ? "embedded default (Scenario.networkBaseline)" : scenarioFile.toString();
        Scenario fromFile = scenarioFile == null ? Scenario.networkBaseline() : ScenarioParser.parse(scenarioFile);
        Map<String, Double> overrides = ParameterSettings.parse(settings, fromFile.model(), org.cartellab.app.i18n.Messages.of(LangOption.of(spec)));
        Scenario scenario = applyOptions(fromFile, source, overrides);
        return switch (scenario.model()) {
            case NETWORK -> runNetwork(scenario, fromFile, overrides, source, started);
            case COHORT -> runCohort(scenario, source, started);
        };
    }

    private Scenario applyOptions(Scenario s, String source, Map<String, Double> overrides) {
        if (weeks != null) {
            if (weeks < 1 || weeks > ScenarioParser.MAX_WEEKS) {
                throw new BadInputException(org.cartellab.app.i18n.Messages.of(LangOption.of(spec)).get("run.err_weeks", weeks, ScenarioParser.MAX_WEEKS));
            }
            for (Intervention i : s.interventions()) {
                if (i.week() > weeks) {
                    throw new BadInputException(org.cartellab.app.i18n.Messages.of(LangOption.of(spec)).get("run.err_intervention", weeks, source, i.week()));
                }
            }
            s = s.withWeeks(weeks);
        }
        if (seed != null) s = s.withSeed(seed);
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            s = s.withParameter(e.getKey(), e.getValue());
        }
        return s;
    }

    private int runNetwork(Scenario scenario, Scenario fromFile, Map<String, Double> overrides, String source, long started) {
        ConflictNetwork network = ConflictNetwork.of(BundledData.network());
        NetworkScenarioRunner runner = new NetworkScenarioRunner(network);
        NetworkParameters start = NetworkScenarioRunner.startParameters(scenario);
        NetworkResult result = runner.run(scenario);
        double wall = (System.nanoTime() - started) / 1e9;

        List<ResolvedParameter> resolved = new ArrayList<>();
        for (String name : NetworkParameters.NAMES) {
            String from = overrides.containsKey(name) ? "command line (--set)"
                    : fromFile.parameters().containsKey(name) ? "scenario (" + source + ")" : REFERENCE_SOURCE;
            resolved.add(new ResolvedParameter(name, start.get(name), from));
        }
        NetworkRunReport report = new NetworkRunReport(scenario, source, resolved, network,
                network.initialMembers(start.initialMembers()), result, runner.tolerances(), version(), wall);
        if (target != null) target.write(dir -> NetworkRunFiles.writeInto(report, dir));
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            org.cartellab.app.i18n.Messages m = org.cartellab.app.i18n.Messages.of(LangOption.of(spec));
            RunSummaryTable.print(o, scenario.name() + "  [" + m.get("run.title_network", m.getOr("run.model." + scenario.model().id(), scenario.model().id()), shown(source, m)) + "]",
                    result.weekly(), scenario.interventions().isEmpty() ? -1 : scenario.interventions().get(0).week(),
                    result.collapseWeek(), m);
            if (!result.extinctions().isEmpty()) {
                o.println(m.get("run.extinct", result.extinctions().size(), org.cartellab.network.NetworkSimulator.extinctionThreshold(runner.tolerances()),
                        result.extinctions().get(0).week()));
            }
            if (out != null) o.println(m.get("run.wrote", out, NetworkRunFiles.WEEKLY + ", " + NetworkRunFiles.CARTELS + ", "
                    + NetworkRunFiles.SUMMARY));
            o.flush();
        }
        return 0;
    }

    private int runCohort(Scenario scenario, String source, long started) {
        CohortScenarioResult result = CohortScenarioRunner.run(scenario);
        double wall = (System.nanoTime() - started) / 1e9;
        if (target != null) {
            target.write(dir -> {
                try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(dir.resolve(NetworkRunFiles.WEEKLY))) {
                    WeeklyCsv.write(result.weekly(), w);
                }
                CohortFiles.write(result, dir);
                CohortRunSummary.write(result, source, version(), wall, dir.resolve(NetworkRunFiles.SUMMARY));
            });
        }
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            org.cartellab.app.i18n.Messages m = org.cartellab.app.i18n.Messages.of(LangOption.of(spec));
            RunSummaryTable.print(o, scenario.name() + "  [" + m.get("run.title_cohort", m.getOr("run.model." + scenario.model().id(), scenario.model().id()), scenario.seed(), shown(source, m)) + "]",
                    result.weekly(), scenario.interventions().isEmpty() ? -1 : scenario.interventions().get(0).week(), Double.NaN, m);
            o.println(m.get("run.cohort_flows"));
            if (out != null) o.println(m.get("run.wrote", out, NetworkRunFiles.WEEKLY + ", " + NetworkRunFiles.SUMMARY + ", "
                    + String.join(", ", CohortFiles.FILES)));
            o.flush();
        }
        return 0;
    }

    static String version() { return ProductVersion.number(); }

    /** Where the scenario came from, as the terminal shows it (the summary file keeps the English). */
    private static String shown(String source, org.cartellab.app.i18n.Messages m) {
        return source.startsWith("embedded default") ? m.get("run.embedded_default") : source;
    }
}
