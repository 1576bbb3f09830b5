package org.cartellab.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.cartellab.app.report.CohortFiles;
import org.cartellab.app.output.OutputTarget;
import org.cartellab.app.report.WeeklyCsv;
import org.cartellab.cohort.AlphaGrid;
import org.cartellab.cohort.CohortAnalysis;
import org.cartellab.cohort.CohortYear;
import org.cartellab.cohort.Figures2022;
import org.cartellab.cohort.RecidivismOutcome;
import org.cartellab.cohort.RecruitmentAgeSensitivity;
import org.cartellab.cohort.ReleaseOutcome;
import org.cartellab.data.Sentences;
import org.cartellab.model.ModelClock;
import org.cartellab.progress.ProgressCounter;
import org.cartellab.progress.ProgressListener;
import org.cartellab.scenario.CohortScenarioResult;
import org.cartellab.scenario.CohortScenarioRunner;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;
import org.cartellab.uncertainty.Spread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cartel-lab cohort}: the age-cohort model's birth-cohort table and sentence (α) curve, over one or more seeds. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"Runs the age-cohort model (Prieto-Curiel 2025) weekly from 1965: who is",
                "recruited, imprisoned, killed or leaves, by age; follows one birth cohort;",
                "sentences, release and the sentence-multiplier (alpha) curve. With --seeds N",
                "each figure is the mean and 95 %% range over N seeds. See docs/cohort.md."})
public final class CohortVerb implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "A scenario file with 'model: cohort' (parameters, interventions, seed).")
    Path scenarioFile;

    @Option(names = "--cohort-year", paramLabel = "YEAR", description = "Birth year to follow (default 1990).")
    Integer cohortYear;

    @Option(names = "--cohort-size", paramLabel = "N", description = "Males born that year (default 1,400,000).")
    Double cohortSize;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "1", description = "Runs with consecutive seeds (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--seed", paramLabel = "S", description = "First seed (default: the scenario's, else 1).")
    Long seed;

    @Option(names = "--alpha-from", defaultValue = "0", description = "Smallest sentence multiplier (default ${DEFAULT-VALUE}).")
    double alphaFrom;

    @Option(names = "--alpha-to", defaultValue = "2", description = "Largest sentence multiplier (default ${DEFAULT-VALUE}).")
    double alphaTo;

    @Option(names = "--alpha-steps", defaultValue = "21", description = "Points on the alpha curve (default ${DEFAULT-VALUE}).")
    int alphaSteps;

    @Option(names = "--sensitivity-runs", defaultValue = "100", description = "Runs with the oldest recruitment age 35 +/- 5 years (default ${DEFAULT-VALUE}).")
    int sensitivityRuns;

    @Option(names = "--sentences", paramLabel = "FILE", description = "Sentences CSV with a SENTENCE column in years (default: bundled ENPOL 2021).")
    Path sentencesFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Write weekly.csv, cohort.csv, cohort-ever.csv, ages.csv, sentences.csv, alpha.csv (first seed) and summary.csv; all or nothing.")
    Path out;

    @picocli.CommandLine.Mixin
    ForceOption force = new ForceOption();

    private OutputTarget target;

    @Option(names = "--bench", description = "Time the whole analysis (time series, ages, 100 sensitivity runs, 250 alpha runs) and print it.")
    boolean bench;

    @Override
    public void run() {
        target = out == null ? null : OutputTarget.directory(out, force.force, "--out"); // checked before any work
        if (seeds < 1 || seeds > 100_000) throw new BadInputException("--seeds must be from 1 to 100000, got " + seeds);
        if (cohortSize != null && !(cohortSize >= 1 && cohortSize <= 1e9)) throw new BadInputException("--cohort-size must be from 1 to 1e9, got " + cohortSize);
        AlphaGrid grid;
        CohortAnalysis.Options options;
        try {
            grid = new AlphaGrid(alphaFrom, alphaTo, alphaSteps);
            options = new CohortAnalysis.Options(grid, sensitivityRuns, 5);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Scenario base = scenario();
        PrintWriter o = spec.commandLine().getOut();
        if (bench) {
            bench(base, o);
            return;
        }
        Sentences sentences = sentencesFile == null ? Sentences.bundled() : Sentences.read(sentencesFile);
        int units = CohortAnalysis.workUnits(options);
        ProgressCounter bar = new ProgressCounter(ProgressBar.onStderr("cohort", "steps", org.cartellab.app.i18n.Messages.of(LangOption.of(spec))), "cohort", (long) seeds * units);
        List<CohortScenarioResult> results = new ArrayList<>();
        long first = seed != null ? seed : base.seed();
        for (int k = 0; k < seeds; k++) {
            long before = (long) k * units;
            results.add(CohortScenarioRunner.run(base.withSeed(first + k), options, sentences, p -> bar.reach(before + p.done())));
        }
        print(o, results, first, org.cartellab.app.i18n.Messages.of(LangOption.of(spec)));
        if (target != null) {
            target.write(dir -> {
                CohortScenarioResult r = results.get(0);
                try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(dir.resolve("weekly.csv"))) {
                    WeeklyCsv.write(r.weekly(), w);
                }
                CohortFiles.write(r, dir);
                writeSummary(results, dir.resolve("summary.csv"));
            });
            o.println(org.cartellab.app.i18n.Messages.of(LangOption.of(spec)).get("cohort.wrote", out));
        }
        o.flush();
    }

    private Scenario scenario() {
        Scenario s = scenarioFile == null
                ? new Scenario("Cohort model, published parameters", ModelKind.COHORT, ModelKind.COHORT.defaultWeeks(), 1, Map.of(), List.of())
                : ScenarioParser.parse(scenarioFile);
        if (s.model() != ModelKind.COHORT) throw new BadInputException(scenarioFile + ": field 'model': expected 'cohort' for this verb, found '" + s.model().id() + "'");
        Map<String, Double> p = new LinkedHashMap<>(s.parameters());
        if (cohortYear != null) p.put("cohort_year", (double) cohortYear);
        if (cohortSize != null) p.put("cohort_size", cohortSize);
        Scenario withOptions = new Scenario(s.name(), s.model(), s.weeks(), s.seed(), p, s.interventions());
        CohortScenarioRunner.rates(withOptions); // validate now: one clear message before any work
        if (withOptions.weeks() < CohortPrinting.WEEK_MID_2022) {
            throw new BadInputException("the cohort verb needs at least " + CohortPrinting.WEEK_MID_2022 + " weeks (to mid-2022); the scenario has " + withOptions.weeks());
        }
        return withOptions;
    }

    private void bench(Scenario base, PrintWriter o) {
        CohortAnalysis.Options authors = new CohortAnalysis.Options(new AlphaGrid(0, 2, 250), 100, 5);
        Sentences sentences = Sentences.bundled();
        long s0 = seed != null ? seed : base.seed();
        CohortScenarioRunner.run(base.withSeed(s0 + 1_000), authors, sentences, ProgressListener.NONE); // warm-up
        int reps = Math.max(1, Math.min(seeds, 20));
        double[] times = new double[reps];
        for (int k = 0; k < reps; k++) {
            long t0 = System.nanoTime();
            CohortScenarioRunner.run(base.withSeed(s0 + k), authors, sentences, ProgressListener.NONE);
            times[k] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        double median = times[reps / 2];
        o.printf(Locale.ROOT, "whole cohort analysis (4,227 weeks with ages, 100 sensitivity runs, 250 alpha runs): median %.3f s over %d run(s), min %.3f s, max %.3f s%n",
                median, reps, times[0], times[reps - 1]);
        o.printf(Locale.ROOT, "target 10 s: %.1f%% of the budget; the authors' R code is reported to need about an hour (not measured here)%n", 100 * median / 10);
        o.flush();
    }

    private static void print(PrintWriter o, List<CohortScenarioResult> rs, long first, org.cartellab.app.i18n.Messages m) {
        CohortScenarioResult r0 = rs.get(0);
        o.println(rs.size() > 1 ? m.get("cohort.lead_seeds", r0.scenario().name(), m.date(ModelClock.COHORT.origin()), r0.scenario().weeks(), first + ".." + (first + rs.size() - 1))
                : m.get("cohort.lead_seed", r0.scenario().name(), m.date(ModelClock.COHORT.origin()), r0.scenario().weeks(), first));
        o.println();
        o.println(m.get("cohort.around_2022"));
        o.println(m.get("cohort.row.active_2022") + CohortPrinting.count(rs, r -> Figures2022.of(r.analysis().run().series()).active()) + "   (~175,000)");
        o.println(m.get("cohort.row.recruits_year") + CohortPrinting.count(rs, r -> Figures2022.of(r.analysis().run().series()).recruits()) + "   (~19,300)");
        o.println(m.get("cohort.row.killed_year") + CohortPrinting.count(rs, r -> Figures2022.of(r.analysis().run().series()).killed()) + "   (~6,500)");
        o.println(m.get("cohort.row.incapacitated_year") + CohortPrinting.count(rs, r -> Figures2022.of(r.analysis().run().series()).incapacitated()) + "   (~5,700)");
        o.println();
        var c0 = r0.cohort();
        o.println(m.get("cohort.birth", c0.birthYear(), c0.cohortSize()));
        o.println(m.get("cohort.row.ever_recruited") + CohortPrinting.percent(rs, r -> r.cohort().everRecruited()));
        o.println(m.get("cohort.row.ever_imprisoned") + CohortPrinting.percent(rs, r -> r.cohort().everImprisoned()));
        o.println(m.get("cohort.row.ever_killed") + CohortPrinting.percent(rs, r -> r.cohort().everKilled()));
        o.println(m.get("cohort.row.ever_exited") + CohortPrinting.percent(rs, r -> r.cohort().everExited()));
        o.println(m.get("cohort.row.sensitivity")
                + CohortPrinting.percent(rs, r -> r.analysis().sensitivity().stream().mapToLong(RecruitmentAgeSensitivity.Run::cohortRecruits).average().orElse(Double.NaN) / r.cohort().cohortSize())
                + m.get("cohort.row.sensitivity_tail"));
        o.println();
        o.println(m.get("cohort.years_header"));
        int nYears = c0.years().size();
        for (int i = 0; i < nYears; i++) {
            final int idx = i;
            double rec = CohortPrinting.mean(rs, r -> r.cohort().years().get(idx).recruited());
            double imp = CohortPrinting.mean(rs, r -> r.cohort().years().get(idx).imprisoned());
            double kil = CohortPrinting.mean(rs, r -> r.cohort().years().get(idx).killed());
            double exi = CohortPrinting.mean(rs, r -> r.cohort().years().get(idx).exited());
            double act = CohortPrinting.mean(rs, r -> r.cohort().years().get(idx).activeOnJanuary1());
            if (rec + imp + kil + exi + act == 0) continue;
            CohortYear y = c0.years().get(i);
            o.printf(Locale.ROOT, "  %4d %10.0f %11.0f %9.0f %9.0f %13.0f%n", y.year(), rec, imp, kil, exi, act);
        }
        o.println();
        RecidivismOutcome s0 = r0.recidivism();
        o.println(m.get("cohort.imprisoned", alphaText(s0.alpha()), CohortPrinting.count(rs, r -> r.recidivism().people())));
        for (ReleaseOutcome out : ReleaseOutcome.values()) {
            o.printf(Locale.ROOT, "  %-16s %s%n", m.getOr("cohort.outcome." + out.id(), out.id()), CohortPrinting.percent(rs, r -> r.recidivism().share(out)));
        }
        o.println(m.get("cohort.row.mean_sentence") + CohortPrinting.decimal(rs, r -> r.recidivism().meanSentenceYears()));
        o.println(m.get("cohort.row.mean_prison") + CohortPrinting.decimal(rs, r -> r.recidivism().meanPrisonYears()));
        o.println(m.get("cohort.row.prevented") + CohortPrinting.decimal(rs, r -> r.recidivism().preventedPerPrisonYear()));
        o.println();
        o.println(m.get("cohort.alpha_lead"));
        o.println(m.get("cohort.alpha_header"));
        for (int i = 0; i < r0.alphaCurve().size(); i++) {
            final int idx = i;
            ToDoubleFunction<ReleaseOutcome> share = out -> CohortPrinting.mean(rs, r -> r.alphaCurve().get(idx).share(out));
            o.printf(Locale.ROOT, "  %5.2f  %15s  %6s  %10s  %6s  %13s  %10s  %s%n", r0.alphaCurve().get(i).alpha(),
                    orNa(share.applyAsDouble(ReleaseOutcome.DEATH_IN_PRISON), 3), orNa(share.applyAsDouble(ReleaseOutcome.KILLED), 3),
                    orNa(share.applyAsDouble(ReleaseOutcome.REARRESTED), 3), orNa(share.applyAsDouble(ReleaseOutcome.LEFT), 3),
                    orNa(share.applyAsDouble(ReleaseOutcome.NATURAL_DEATH), 3),
                    orNa(CohortPrinting.mean(rs, r -> r.alphaCurve().get(idx).meanPrisonYears()), 2),
                    CohortPrinting.decimal(rs, r -> r.alphaCurve().get(idx).preventedPerPrisonYear()));
        }
    }

    private static String alphaText(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    private static void writeSummary(List<CohortScenarioResult> rs, Path file) throws IOException {
        List<Map.Entry<String, ToDoubleFunction<CohortScenarioResult>>> stats = new ArrayList<>();
        stats.add(Map.entry("active_2022_01_01", r -> Figures2022.of(r.analysis().run().series()).active()));
        stats.add(Map.entry("recruits_year_around_2022", r -> Figures2022.of(r.analysis().run().series()).recruits()));
        stats.add(Map.entry("killed_year_around_2022", r -> Figures2022.of(r.analysis().run().series()).killed()));
        stats.add(Map.entry("incapacitated_year_around_2022", r -> Figures2022.of(r.analysis().run().series()).incapacitated()));
        stats.add(Map.entry("cohort_ever_recruited_share", r -> r.cohort().everRecruited()));
        stats.add(Map.entry("cohort_ever_imprisoned_share", r -> r.cohort().everImprisoned()));
        stats.add(Map.entry("cohort_ever_killed_share", r -> r.cohort().everKilled()));
        stats.add(Map.entry("cohort_ever_exited_share", r -> r.cohort().everExited()));
        for (ReleaseOutcome out : ReleaseOutcome.values()) stats.add(Map.entry("release_share_" + out.id(), r -> r.recidivism().share(out)));
        stats.add(Map.entry("mean_prison_years", r -> r.recidivism().meanPrisonYears()));
        stats.add(Map.entry("prevented_activity_years_per_prison_year", r -> r.recidivism().preventedPerPrisonYear()));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("statistic,mean,low_2_5,high_97_5,seeds");
            w.newLine();
            for (var e : stats) {
                Spread s = Spread.orUndefined(rs.stream().mapToDouble(e.getValue()).toArray());
                w.write(String.format(Locale.ROOT, "%s,%.8g,%.8g,%.8g,%d", e.getKey(), s.mean(), s.low(), s.high(), s.n()));
                w.newLine();
            }
        }
    }

    /** A share or mean for the table; "n/a" when there is nothing to average (e.g. no one imprisoned), never "NaN". */
    private static String orNa(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "n/a";
    }
}
