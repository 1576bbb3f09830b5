package org.cartellab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.cartellab.app.i18n.CoreTexts;
import org.cartellab.app.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cartellab.app.report.ComparisonReport;
import org.cartellab.app.report.ComparisonTables;
import org.cartellab.app.report.DecisionJson;
import org.cartellab.app.report.EnsembleCsv;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.assessment.Criterion;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.assessment.DecisionMatrix;
import org.cartellab.assessment.JudgmentRiskSensitivity;
import org.cartellab.assessment.WeakEffect;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.CohortMetric;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.MetricBand;
import org.cartellab.ensemble.Distributions;
import org.cartellab.policy.CohortLeverEvaluator;
import org.cartellab.policy.Combination;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.CourseOfActionSource;
import org.cartellab.policy.OutsideModelOutcome;
import org.cartellab.policy.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cartel-lab compare}: courses of action side by side from the calibrated 2022 state, with a decision matrix. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare courses of action from the catalog (and combinations) from the calibrated 2022 state over 1, 5 and 10 years:",
                "members, casualties, incapacitations and estimated sentence-years, each with a band over the low/central/high lever values,",
                "sentence levers evaluated by the cohort engine (its own population, reported separately; --seed),",
                "a decision matrix with the legal criterion (from the legal pathways) and risk ratings, and how robust the ranking is to the weights.",
                "Strategic analysis from public data; not legal advice; not operational."})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ID", description = "Courses of action to compare (default: every one in the catalog; combinations are added to them).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--combine", paramLabel = "A+B", description = "Also compare a combination: levers concatenated, higher risk per dimension. Repeatable.")
    List<String> combine = new ArrayList<>();

    @Option(names = "--weights", paramLabel = "FILE", description = "YAML or JSON map criterion -> weight (replaces the defaults; criteria left out weigh 0).")
    Path weights;

    @Option(names = "--years", split = ",", paramLabel = "Y", description = "Horizons in years (default: ${DEFAULT-VALUE}).", defaultValue = "1,5,10")
    List<Integer> years;

    @Option(names = "--out", paramLabel = "DIR", description = "Write comparison.csv, matrix.csv, robustness.csv and report.html here (atomically).")
    Path out;

    @Option(names = "--seed", description = "Seed for the random weight vectors and the cohort engine (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--weight-samples", paramLabel = "N", description = "Random weight vectors for rank robustness (default: ${DEFAULT-VALUE}).", defaultValue = "10000")
    int samples;

    @Option(names = "--cooperation-dependent-incapacitation", paramLabel = "S",
            description = {"Fix the share of baseline incapacitation that depends on Mexico's cooperation, 0..1 (default: the",
                    "assumed range in the bundled comparison defaults, 0.25/0.5/0.75, swept with the lever bands)."})
    Double cooperationShare;

    @Option(names = "--ensemble", paramLabel = "N", description = "Also run an ensemble of N members (parameters and lever values drawn; "
            + "up to 20000): banded results, paired changes and rank distribution (default: ${DEFAULT-VALUE} = only the low/central/high sweep).", defaultValue = "0")
    int ensemble;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads for --ensemble (default: all cores; results do not depend on it).")
    Integer threads;

    @Option(names = "--distribution", paramLabel = "D", description = "Parameter distribution for --ensemble: posterior, reference-box[:H] or fixed (default: ${DEFAULT-VALUE}).",
            defaultValue = Distributions.DEFAULT)
    String distribution;

    @Option(names = "--without-judgment-risks", description = {"Also rank with the risk ratings flagged as the catalog's judgment left out (only levels tied to a",
            "sourced, level-relevant fact enter) and show how each course moves. The report always has this section."})
    boolean withoutJudgmentRisks;

    @picocli.CommandLine.Mixin
    ForceOption force = new ForceOption();

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    LangOption lang = new LangOption();

    private Messages t = Messages.english();

    @Option(names = "--catalog", paramLabel = "DIR", description = "Also load courses of action from this folder (same format as the bundled catalog; same id replaces).")
    Path catalogDir;

    private CourseOfActionSource source;
    /** The status quo's id when it was added because a single course was named, else null. */
    private String addedStatusQuo;

    /** Whether the source is the catalog the build is bound to (its description is then given in the output's language). */
    private boolean bound;

    /** With the catalog the build is bound to. */
    public CompareCommand() {
        this(CatalogBinding.source());
        bound = true;
    }

    /** With an explicit source of courses of action. */
    public CompareCommand(CourseOfActionSource source) { this.source = source; }

    @Override
    public Integer call() {
        t = lang.messages();
        org.cartellab.app.output.OutputTarget target = out == null ? null
                : org.cartellab.app.output.OutputTarget.directory(out, force.force, "--out"); // checked before any work
        if (catalogDir != null || bound) source = CatalogBinding.source(catalogDir, t);
        PrintWriter w = spec.commandLine().getOut();
        List<CourseOfAction> catalog;
        try {
            catalog = t.localizer().courses(source.load()); // texts in the chosen language; ids, levers and numbers unchanged
        } catch (CourseOfActionSource.Unavailable e) {
            throw new BadInputException(e.getMessage());
        }
        List<CourseOfAction> chosen = select(catalog);
        if (samples < 1) throw new BadInputException(t.get("err.at_least", "--weight-samples", 1, samples));
        if (cooperationShare != null && !(cooperationShare >= 0 && cooperationShare <= 1)) throw new BadInputException(t.get("err.share_range", cooperationShare));
        CriterionWeights cw = CriterionWeights.defaults();
        String weightsSource = t.get("compare.weights_default");
        if (weights != null) {
            String text;
            try {
                text = Files.readString(weights, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(t.get("err.read_weights", weights, e.getMessage()), e);
            }
            cw = CriterionWeights.parse(weights.toString(), text);
            StringBuilder read = new StringBuilder();
            cw.weights().forEach((c, v) -> read.append(read.length() == 0 ? "" : ", ").append(c.id()).append(' ')
                    .append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) (double) v) : Double.toString(v)));
            weightsSource = t.get("compare.weights_file", weights, read); // the parsed values, so a misreading shows
        }
        ComparisonOptions options;
        ComparisonAssessment a;
        try {
            options = ComparisonOptions.defaults().withHorizons(years).withSeed(seed);
            if (cooperationShare != null) options = options.withCooperationDependentIncapacitation(cooperationShare);
            Comparison c = ComparisonRunner.reference(options).compare(chosen);
            a = ComparisonAssessment.of(c, cw, samples, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (ensemble < 0) throw new BadInputException(t.get("err.at_least", "--ensemble", 0, ensemble));
        ComparisonEnsembleResult ens = ensemble == 0 ? null : CompareEnsemble.run(options, chosen, cw, ensemble, threads, distribution, seed, t);
        if (addedStatusQuo != null) {
            w.println(t.get("compare.single_note", addedStatusQuo));
        }
        print(w, a, source.description(), weightsSource, t);
        if (withoutJudgmentRisks) printWithoutJudgments(w, JudgmentRiskSensitivity.of(a.comparison(), cw), t);
        if (ens != null) CompareEnsemble.print(w, ens, t);
        if (out != null) {
            List<String> csvFiles = new ArrayList<>(List.of("comparison.csv", "matrix.csv", "robustness.csv", "matrix.json"));
            if (ens != null) csvFiles.add("ensemble.csv");
            String command = org.cartellab.app.report.CiteThis.commandLine("./cartel-lab", spec.root().commandLine().getParseResult() == null ? List.of("compare")
                    : spec.root().commandLine().getParseResult().originalArgs());
            var context = new ComparisonReport.Context(briefingOrNull(a, ens, t), new org.cartellab.app.report.CiteThis(org.cartellab.app.report.ProductVersion.label(), command, csvFiles),
                    org.cartellab.app.report.Bibliography.bundled(source::citation), csvFiles);
            Map<String, String> files = new LinkedHashMap<>();
            files.put("comparison.csv", ComparisonTables.comparison(a.comparison()));
            files.put("matrix.csv", ComparisonTables.matrix(a));
            files.put("robustness.csv", ComparisonTables.robustness(a));
            files.put("matrix.json", DecisionJson.of(a, weightsSource));
            files.put("report.html", ComparisonReport.render(a, source.description(), weightsSource, ens, context, t));
            if (ens != null) files.put("ensemble.csv", EnsembleCsv.of(ens));
            target.write(files);
            w.println(t.get("compare.wrote", ens != null ? ", ensemble.csv" : "", out));
        }
        w.flush();
        return 0;
    }

    /** The briefing for the top of the report; none when only the status quo is compared. */
    private static org.cartellab.briefing.Briefing briefingOrNull(ComparisonAssessment a, ComparisonEnsembleResult ens, Messages t) {
        boolean any = a.comparison().results().stream().anyMatch(r -> !r.coa().isStatusQuo());
        return any ? BriefCommand.briefing(a, ens, t) : null;
    }

    private List<CourseOfAction> select(List<CourseOfAction> catalog) {
        Map<String, CourseOfAction> byId = new LinkedHashMap<>();
        for (CourseOfAction c : catalog) byId.put(c.id(), c);
        List<CourseOfAction> chosen = new ArrayList<>();
        if (ids.isEmpty()) chosen.addAll(catalog); // no ids: the whole catalog, plus any combinations
        for (String id : ids) chosen.add(find(byId, id));
        for (String combo : combine) {
            List<CourseOfAction> parts = new ArrayList<>();
            for (String id : combo.split("\\+", -1)) parts.add(find(byId, id.trim()));
            if (parts.size() < 2) throw new BadInputException(t.get("err.combine", combo));
            chosen.add(Combination.of(parts));
        }
        if (chosen.isEmpty()) throw new BadInputException(t.get("err.empty_catalog", source.description()));
        if (chosen.size() == 1) {
            // a single course is assessed against the status quo, never ranked alone
            if (chosen.get(0).isStatusQuo()) {
                throw new BadInputException(t.get("err.only_status_quo", chosen.get(0).id()));
            }
            CourseOfAction sq = byId.containsKey("status_quo") && byId.get("status_quo").isStatusQuo() ? byId.get("status_quo")
                    : catalog.stream().filter(CourseOfAction::isStatusQuo).findFirst().orElseThrow(() -> new BadInputException(
                            t.get("err.no_status_quo", source.description())));
            chosen.add(0, sq);
            addedStatusQuo = sq.id();
        }
        List<String> seen = new ArrayList<>();
        for (CourseOfAction c : chosen) {
            if (seen.contains(c.id())) throw new BadInputException(t.get("err.twice", c.id()));
            seen.add(c.id());
        }
        return chosen;
    }

    private CourseOfAction find(Map<String, CourseOfAction> byId, String id) {
        CourseOfAction c = byId.get(id);
        if (c == null) throw new BadInputException(t.get("err.unknown_course", id, String.join(", ", byId.keySet())));
        return c;
    }

    private static void print(PrintWriter w, ComparisonAssessment a, String catalog, String weightsSource, Messages t) {
        Comparison c = a.comparison();
        w.println(t.get("compare.scope", t.get("report.scope")));
        w.println(t.get("compare.courses", catalog, CoreTexts.start(c.start(), t)));
        w.println(t.get(c.sweepsDependentShare() ? "compare.values_shares" : "compare.values"));
        w.printf(Locale.ROOT, "%-28s %5s  %-34s %-30s %-34s %s%n", t.get("compare.col.course"), t.get("compare.col.years"), t.get("compare.col.members"),
                t.get("compare.col.casualties_week"), t.get("compare.col.cumulative"), t.get("compare.col.sentence_years"));
        for (int y : c.horizonsYears()) {
            w.printf(Locale.ROOT, "%-28s %5d  %-34s %-30s %-34s %s%n", CoreTexts.baselineLabel(c, t), y, fmt(c.statusQuo().value(Metric.MEMBERS, 52 * y)),
                    fmt(c.statusQuo().value(Metric.WEEKLY_CASUALTIES, 52 * y)), fmt(c.statusQuo().value(Metric.CUMULATIVE_CASUALTIES, 52 * y)),
                    fmt(c.statusQuo().value(Metric.SENTENCE_YEARS, 52 * y)));
        }
        for (CoaResult r : c.results()) {
            if (r.coa().isStatusQuo()) continue; // no levers: its numbers are the baseline row's
            for (int y : c.horizonsYears()) {
                w.printf(Locale.ROOT, "%-28s %5d  %-34s %-30s %-34s %s%n", r.id(), y, band(r.band(y, Metric.MEMBERS)), band(r.band(y, Metric.WEEKLY_CASUALTIES)),
                        band(r.band(y, Metric.CUMULATIVE_CASUALTIES)), band(r.band(y, Metric.SENTENCE_YEARS)));
            }
        }
        w.println(t.get("compare.sentence_note"));
        if (!c.baselineEquivalents().isEmpty()) {
            w.println(t.get("compare.baseline_note", String.join(", ", c.baselineEquivalents())));
        }
        printCohort(w, c, t);
        w.println();
        w.println(t.get("compare.matrix", a.matrix().horizonYears(), weightsSource));
        w.printf(Locale.ROOT, "  %-28s %8s %8s  %8s %8s  %s%n", t.get("compare.col.criterion"), t.get("compare.col.given"), t.get("compare.col.used"),
                t.get("compare.col.best"), t.get("compare.col.worst"), t.get("compare.col.unit"));
        double[] used = a.matrix().weights().normalised();
        for (Criterion cr : Criterion.values()) {
            w.printf(Locale.ROOT, "  %-28s %8.4f %8.4f  %8s %8s  %s%n", cr.id(), a.matrix().weights().get(cr), used[cr.ordinal()],
                    end(cr.scale().best()), end(cr.scale().worst()), t.getOr("compare.unit." + cr.group().name().toLowerCase(Locale.ROOT), cr.scale().unit()));
        }
        var single = a.matrix().assessedAgainstStatusQuo();
        if (single.isPresent()) {
            DecisionMatrix.Row r = single.get();
            DecisionMatrix.Row sq = a.matrix().statusQuoRow().orElseThrow();
            w.println(t.get("compare.single.assessment", r.id(), r.score(), sq.id(), sq.score(),
                    t.get(r.score() > sq.score() ? "compare.single.better" : r.score() < sq.score() ? "compare.single.worse" : "compare.single.equal")));
            w.println(t.get("compare.single.robust", r.id(), 100 * a.robustness().shareAboveStatusQuo().get(r.id()), a.robustness().samples(),
                    versus(a.lowLevers(), r.id(), t), versus(a.highLevers(), r.id(), t)));
        } else {
            boolean sq = a.matrix().statusQuoRow().isPresent();
            w.printf(Locale.ROOT, "%4s  %-28s %6s  %12s  %9s  %9s%s%n", t.get("compare.col.rank"), t.get("compare.col.course"), t.get("compare.col.score"),
                    t.get("compare.col.share_first"), t.get("compare.col.rank_low"), t.get("compare.col.rank_high"), sq ? "  " + t.get("compare.col.above_sq") : "");
            for (DecisionMatrix.Row r : a.matrix().ranked()) {
                Double above = a.robustness().shareAboveStatusQuo().get(r.id());
                w.printf(Locale.ROOT, "%4d  %-28s %6.3f  %11.1f%%  %9d  %9d%s%n", r.rank(), r.id(), r.score(), 100 * a.robustness().shareFirst().get(r.id()),
                        a.lowLevers().row(r.id()).rank(), a.highLevers().row(r.id()).rank(),
                        !sq ? "" : above == null ? "  (" + t.get("compare.status_quo") + ")" : String.format(Locale.ROOT, "  %16.1f%%", 100 * above));
            }
        }
        org.cartellab.app.report.StatusQuoNote.of(a.matrix(), t).ifPresent(n -> w.println("  " + n));
        for (org.cartellab.text.Phrase n : a.matrix().notePhrases()) w.println(t.get("compare.note", t.phrase(n)));
        if (!a.weakEffects().isEmpty()) {
            w.println();
            w.println(t.get("report.weak.h2") + ":");
            for (WeakEffect e : a.weakEffects()) w.println("  - " + t.phrase(e.phrase()));
        }
        boolean header = false;
        for (CoaResult r : c.results()) {
            for (OutsideModelOutcome o : r.coa().outsideModel()) {
                if (!header) {
                    w.println();
                    w.println(t.get("compare.outside"));
                    header = true;
                }
                w.printf(Locale.ROOT, "  - %s: %s %s %s; %s%n", r.id(), o.metric(), t.get("compare.range", fmt(o.range().low()), fmt(o.range().high()),
                        fmt(o.range().central())), o.unit(), o.evidence().sources().isEmpty() ? t.get("report.assumption") : String.join("; ", o.evidence().sources()));
            }
        }
    }

    /** The ranking with judgment-only risk ratings left out, beside the full ranking. */
    private static void printWithoutJudgments(PrintWriter w, JudgmentRiskSensitivity s, Messages t) {
        int sourced = s.rows().stream().mapToInt(JudgmentRiskSensitivity.Row::sourcedRatings).sum();
        int judged = s.rows().stream().mapToInt(JudgmentRiskSensitivity.Row::judgmentRatings).sum();
        w.println();
        w.println(t.get("compare.nojudg.lead", sourced, sourced + judged, judged));
        w.println(t.get("compare.nojudg.lead2"));
        w.printf(Locale.ROOT, "%4s  %-30s %6s  %9s  %7s  %s%n", t.get("compare.col.rank"), t.get("compare.col.course"), t.get("compare.col.score"),
                t.get("compare.nojudg.col.rank_all"), t.get("compare.nojudg.col.moved"), t.get("compare.nojudg.col.risks"));
        for (JudgmentRiskSensitivity.Row r : s.bySourcedRank()) {
            int m = r.moved();
            w.printf(Locale.ROOT, "%4d  %-30s %6.3f  %9d  %7s  %d/%d%n", r.rankSourcedOnly(), r.id(), r.scoreSourcedOnly(), r.rankAll(),
                    m == 0 ? "=" : (m > 0 ? t.get("compare.nojudg.up", m) : t.get("compare.nojudg.down", -m)), r.sourcedRatings(), r.judgmentRatings());
        }
    }

    private static String end(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v); }

    private static String versus(DecisionMatrix m, String id, Messages t) {
        DecisionMatrix.Row r = m.row(id);
        DecisionMatrix.Row sq = m.statusQuoRow().orElseThrow();
        return t.get("compare.versus", r.score(), sq.score());
    }

    /** Sentence levers: the cohort engine's own table (its population is never added to the network's members). */
    private static void printCohort(PrintWriter w, Comparison c, Messages t) {
        List<CoaResult> rs = c.results().stream().filter(r -> !r.cohort().isEmpty()).toList();
        if (rs.isEmpty()) return;
        w.println();
        w.println(t.get("compare.cohort"));
        w.println(t.get("compare.cohort_values"));
        w.printf(Locale.ROOT, "%-28s %5s  %-40s %-40s %-36s %s%n", t.get("compare.col.course"), t.get("compare.col.years"), t.get("compare.col.prison_years"),
                t.get("compare.col.prevented"), t.get("compare.col.per_prison_year"), t.get("compare.col.active"));
        for (CoaResult r : rs) {
            for (int y : c.horizonsYears()) {
                var perPoint = r.cohort().get(y);
                w.printf(Locale.ROOT, "%-28s %5d  %-40s %-40s %-36s %s%n", r.id(), y, cohortBand(perPoint, CohortMetric.PRISON_YEARS),
                        cohortBand(perPoint, CohortMetric.ACTIVITY_PREVENTED_YEARS), cohortBand(perPoint, CohortMetric.PREVENTED_PER_PRISON_YEAR),
                        cohortBand(perPoint, CohortMetric.ACTIVE_AT_HORIZON));
            }
        }
    }

    private static String cohortBand(Map<Range.Point, CohortLeverEvaluator.Outcome> perPoint, CohortMetric m) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (var o : perPoint.values()) {
            lo = Math.min(lo, o.withLevers().get(m.id()));
            hi = Math.max(hi, o.withLevers().get(m.id()));
        }
        var central = perPoint.get(Range.Point.CENTRAL);
        double v = central.withLevers().get(m.id());
        double d = v - central.statusQuo().get(m.id());
        return fmt(v) + " [" + fmt(lo) + ".." + fmt(hi) + "] (" + (Math.abs(d) < 5e-4 ? "0" : (d > 0 ? "+" : "-") + fmt(Math.abs(d))) + ")";
    }

    private static String band(MetricBand b) {
        return fmt(b.central()) + " [" + fmt(b.low()) + ".." + fmt(b.high()) + "] (" + String.format(Locale.ROOT, "%+.1f%%", Math.abs(b.centralChangePct()) < 0.05 ? 0.0 : b.centralChangePct()) + ")";
    }

    private static String fmt(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
