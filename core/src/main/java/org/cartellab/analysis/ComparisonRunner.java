package org.cartellab.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.Tolerances;
import org.cartellab.policy.CompiledPolicy;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.PolicyCompiler;
import org.cartellab.policy.Range;

/**
 * Runs courses of action from one calibrated start. The single-run unit, {@link #runOnce}, takes explicit lever values
 * and an explicit start (members and parameters), so an ensemble can call it with sampled values; {@link #compare}
 * runs every course at the all-low, all-central and all-high points of its lever ranges and reports, per horizon and
 * metric, the min / central / max over those three runs as a band (a sweep of the catalog's ranges, not a probability
 * interval). Deterministic: the engine is deterministic and nothing here draws random numbers.
 */
public final class ComparisonRunner {
    private final ComparisonStart start;
    private final ComparisonOptions options;
    private final SentenceStatistics sentences;
    private final PolicyCompiler compiler;
    private final NetworkSimulator simulator = new NetworkSimulator();

    public ComparisonRunner(ComparisonStart start, ComparisonOptions options, SentenceStatistics sentences) {
        this.start = start;
        this.options = options;
        this.sentences = sentences;
        this.compiler = new PolicyCompiler(options.cooperationDependentIncapacitation());
    }

    /** From the reference 2022 state with default options. */
    public static ComparisonRunner reference(ComparisonOptions options) {
        return new ComparisonRunner(ComparisonStart.in2022(org.cartellab.network.NetworkParameters.REFERENCE), options, SentenceStatistics.bundled());
    }

    public ComparisonStart start() { return start; }

    public ComparisonOptions options() { return options; }

    public SentenceStatistics sentences() { return sentences; }

    /** One network run of {@code weeks} weeks from {@code from} with these lever values. */
    public PolicyRun runOnce(ComparisonStart from, List<LeverSetting> levers, int weeks) {
        int end = from.startWeek() + weeks;
        CompiledPolicy policy = compiler.compile(from.parameters(), from.startWeek(), end, levers);
        NetworkRun run = new NetworkRun(from.network(), policy.path(), from.startWeek(), end, from.members(), policy.events(),
                Tolerances.DEFAULT, false);
        NetworkResult result = simulator.run(run);
        return new PolicyRun(result, policy, from.startWeek(), sentences.meanYears());
    }

    /** Compares the courses of action (in the order given) against the status quo. Ids must be distinct. */
    public Comparison compare(List<CourseOfAction> coas) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (CourseOfAction c : coas) if (!ids.add(c.id())) throw new IllegalArgumentException("course of action '" + c.id() + "' given twice");
        int weeks = options.maxWeeks();
        PolicyRun statusQuo = runOnce(start, List.of(), weeks);
        List<CoaResult> results = new ArrayList<>();
        LinkedHashSet<String> assumptions = new LinkedHashSet<>(baseAssumptions());
        for (CourseOfAction coa : coas) {
            CoaResult r = compareOne(coa, statusQuo, weeks);
            results.add(r);
            for (String a : r.assumptions()) assumptions.add(coa.id() + ": " + a);
        }
        return new Comparison(start, options.horizonsYears(), statusQuo, results, List.copyOf(assumptions));
    }

    private CoaResult compareOne(CourseOfAction coa, PolicyRun statusQuo, int weeks) {
        Map<Range.Point, PolicyRun> runs = new EnumMap<>(Range.Point.class);
        LinkedHashSet<String> assumptions = new LinkedHashSet<>();
        for (Range.Point p : Range.Point.values()) {
            List<LeverSetting> settings = coa.levers().stream().map(e -> LeverSetting.at(e, p)).toList();
            try {
                PolicyRun run = runOnce(start, settings, weeks);
                runs.put(p, run);
                assumptions.addAll(run.policy().assumptions());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("course of action '" + coa.id() + "': " + e.getMessage(), e);
            }
        }
        Map<Integer, Map<Metric, MetricBand>> bands = new LinkedHashMap<>();
        for (int y : options.horizonsYears()) {
            Map<Metric, MetricBand> perMetric = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (PolicyRun run : runs.values()) {
                    double v = run.value(m, 52 * y);
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                perMetric.put(m, new MetricBand(lo, runs.get(Range.Point.CENTRAL).value(m, 52 * y), hi, statusQuo.value(m, 52 * y)));
            }
            bands.put(y, perMetric);
        }
        List<LeverSetting> notEvaluated = runs.get(Range.Point.CENTRAL).policy().notEvaluated();
        Map<Integer, Map<Range.Point, Map<String, Double>>> cohort = new LinkedHashMap<>();
        if (!notEvaluated.isEmpty() && options.cohort().evaluates(Lever.SENTENCE_MULTIPLIER)) {
            for (int y : options.horizonsYears()) {
                Map<Range.Point, Map<String, Double>> perPoint = new EnumMap<>(Range.Point.class);
                for (Range.Point p : Range.Point.values()) {
                    List<LeverSetting> settings = coa.levers().stream().map(e -> LeverSetting.at(e, p)).toList();
                    perPoint.put(p, options.cohort().evaluate(settings, 52 * y, options.seed()).withLevers());
                }
                cohort.put(y, perPoint);
            }
            notEvaluated = List.of();
        }
        return new CoaResult(coa, runs, bands, notEvaluated, cohort, List.copyOf(assumptions));
    }

    /** The assumptions every comparison rests on, in words for reports. */
    public List<String> baseAssumptions() {
        List<String> a = new ArrayList<>();
        a.add("Start: " + start.description() + ", " + Math.round(start.totalMembers()) + " members in " + start.network().size()
                + " organisations; parameters held at their fitted values except where a lever changes them.");
        a.add("The 2020 rivalry and alliance network is assumed to hold for the whole horizon, except where leadership removal splits organisations.");
        a.add("Bands are the min and max over three runs with every lever at the low, central or high end of its range; not a probability interval.");
        a.add("Two multipliers on the same parameter multiply; two cooperation changes compound multiplicatively; leadership removals apply in order.");
        a.add("Cooperation index c(t) scales levers marked scaledByCooperation as 1 + c(t)(m - 1); recovery toward today's cooperation is linear over recovery_weeks.");
        a.add(String.format("Share of baseline incapacitation that depends on Mexico's cooperation: %.2f (0 = Mexico's own arrests continue whatever the US does).",
                options.cooperationDependentIncapacitation()));
        a.add("Leadership removal: an organisation splits into equal factions that keep the parent's rivalry weights and share its alliance "
                + "weights (nothing changes for third parties at the split); sibling factions are rivals; succession conflict, where given, raises "
                + "conflict among the factions only unless a course says otherwise; factions never re-merge.");
        a.add(String.format("Sentence-years are an estimate outside the engine: cumulative incapacitations x %.2f years, the ENPOL 2021 mean sentence weighted by "
                + "1/sentence (%d respondents); assumes every incapacitation leads to a sentence of that mean length (an upper bound).",
                sentences.meanYears(), sentences.respondents()));
        a.add("Casualties are cartel members killed in conflict between organisations as the network model defines them, not all homicides.");
        if (!options.cohort().evaluates(Lever.SENTENCE_MULTIPLIER)) {
            a.add("Sentence-length levers need the cohort engine and are not evaluated in this comparison.");
        }
        return a;
    }
}
