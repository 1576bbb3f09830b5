package org.cartellab.comparison;

import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.Tolerances;
import org.cartellab.policy.CohortLeverEvaluator;
import org.cartellab.policy.CompiledPolicy;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.PolicyCompiler;
import org.cartellab.policy.Range;

/**
 * Runs courses of action from one calibrated start. The single-run unit, {@link #runOnce}, takes explicit lever values
 * and an explicit start (members and parameters), so an ensemble can call it with sampled values; {@link #compare}
 * runs every course at the all-low, all-central and all-high points of its lever ranges (for courses that change
 * cooperation, each also at the low and high cooperation-dependent share) and reports, per horizon and metric, the
 * min / central / max over those runs as a band (a sweep of the ranges, not a probability interval). Sentence levers
 * go to the bound cohort evaluator. Deterministic: the network engine is deterministic and the cohort engine seeded.
 */
public final class ComparisonRunner {
    private final ComparisonStart start;
    private final ComparisonOptions options;
    private final SentenceStatistics sentences;

    public ComparisonRunner(ComparisonStart start, ComparisonOptions options, SentenceStatistics sentences) {
        this.start = start;
        this.options = options;
        this.sentences = sentences;
    }

    /** From the reference 2022 state with default options. */
    public static ComparisonRunner reference(ComparisonOptions options) {
        return new ComparisonRunner(ComparisonStart.in2022(NetworkParameters.REFERENCE), options, SentenceStatistics.bundled());
    }

    public ComparisonStart start() { return start; }

    public ComparisonOptions options() { return options; }

    public SentenceStatistics sentences() { return sentences; }

    /** One network run of {@code weeks} weeks from {@code from} with these lever values, at the central dependent share. */
    public PolicyRun runOnce(ComparisonStart from, List<LeverSetting> levers, int weeks) {
        return runOnce(from, levers, weeks, options.cooperationDependentIncapacitation().range().central());
    }

    /**
     * One network run with an explicit share of baseline incapacitation that depends on Mexico's cooperation (an
     * ensemble samples it like a lever value).
     */
    public PolicyRun runOnce(ComparisonStart from, List<LeverSetting> levers, int weeks, double dependentShare) {
        return run(from, levers, weeks, dependentShare, sentences.meanYears());
    }

    /**
     * The single-run unit every view shares (the comparison, its ensembles and the web simulator): the levers compiled by
     * {@link PolicyCompiler} from {@code from}'s week, run on the network engine for {@code weeks} weeks from its state.
     *
     * @param dependentShare    share of baseline incapacitation that depends on Mexico's cooperation, in [0, 1]
     * @param meanSentenceYears mean sentence of a new incapacitation, years (for the sentence-years metric)
     * @throws IllegalArgumentException when a lever cannot be compiled
     * @throws org.cartellab.model.NumericalTroubleException when the engine fails
     */
    public static PolicyRun run(ComparisonStart from, List<LeverSetting> levers, int weeks, double dependentShare, double meanSentenceYears) {
        int end = from.startWeek() + weeks;
        CompiledPolicy policy = new PolicyCompiler(dependentShare).compile(from.parameters(), from.startWeek(), end, levers);
        NetworkRun run = new NetworkRun(from.network(), policy.path(), from.startWeek(), end, from.members(), policy.events(),
                Tolerances.DEFAULT, false);
        NetworkResult result = new NetworkSimulator().run(run);
        return new PolicyRun(result, policy, from.startWeek(), meanSentenceYears);
    }

    /** Compares the courses of action (in the order given) against the status quo. Ids must be distinct. */
    public Comparison compare(List<CourseOfAction> coas) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (CourseOfAction c : coas) if (!ids.add(c.id())) throw new IllegalArgumentException("course of action '" + c.id() + "' given twice");
        int weeks = options.maxWeeks();
        PolicyRun statusQuo = runOnce(start, List.of(), weeks);
        List<CoaResult> results = new ArrayList<>();
        LinkedHashSet<Phrase> assumptions = new LinkedHashSet<>(baseAssumptions());
        for (CourseOfAction coa : coas) {
            CoaResult r = compareOne(coa, statusQuo, weeks);
            results.add(r);
            for (Phrase a : r.assumptionPhrases()) assumptions.add(Phrase.of(Phrases.COURSE_NOTE, coa.id(), a));
        }
        return new Comparison(start, options.horizonsYears(), statusQuo, results, List.copyOf(assumptions), options.cooperationDependentIncapacitation());
    }

    private CoaResult compareOne(CourseOfAction coa, PolicyRun statusQuo, int weeks) {
        Map<Range.Point, PolicyRun> runs = new EnumMap<>(Range.Point.class);
        List<PolicyRun> sweep = new ArrayList<>();
        LinkedHashSet<Phrase> assumptions = new LinkedHashSet<>();
        Range shares = options.cooperationDependentIncapacitation().range();
        // the dependent share acts only through c(t): sweep it only for courses that change cooperation
        boolean sweepShare = shares.low() != shares.high() && coa.levers().stream().anyMatch(e -> e.lever() == Lever.COOPERATION);
        for (Range.Point p : Range.Point.values()) {
            List<LeverSetting> settings = coa.levers().stream().map(e -> LeverSetting.at(e, p)).toList();
            try {
                PolicyRun run = runOnce(start, settings, weeks, shares.central());
                runs.put(p, run);
                sweep.add(run);
                assumptions.addAll(run.policy().assumptionPhrases());
                if (sweepShare) {
                    sweep.add(runOnce(start, settings, weeks, shares.low()));
                    sweep.add(runOnce(start, settings, weeks, shares.high()));
                }
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
                for (PolicyRun run : sweep) {
                    double v = run.value(m, 52 * y);
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                perMetric.put(m, new MetricBand(lo, runs.get(Range.Point.CENTRAL).value(m, 52 * y), hi, statusQuo.value(m, 52 * y)));
            }
            bands.put(y, perMetric);
        }
        List<LeverSetting> notEvaluated = runs.get(Range.Point.CENTRAL).policy().notEvaluated();
        Map<Integer, Map<Range.Point, CohortLeverEvaluator.Outcome>> cohort = new LinkedHashMap<>();
        if (!notEvaluated.isEmpty() && options.cohort().evaluates(Lever.SENTENCE_MULTIPLIER)) {
            for (int y : options.horizonsYears()) {
                Map<Range.Point, CohortLeverEvaluator.Outcome> perPoint = new EnumMap<>(Range.Point.class);
                for (Range.Point p : Range.Point.values()) {
                    List<LeverSetting> settings = coa.levers().stream().map(e -> LeverSetting.at(e, p)).toList();
                    perPoint.put(p, options.cohort().evaluate(settings, 52 * y, options.seed()));
                }
                cohort.put(y, perPoint);
            }
            notEvaluated = List.of();
        }
        return new CoaResult(coa, runs, sweep, bands, notEvaluated, cohort, List.copyOf(assumptions));
    }

    /** The assumptions every comparison rests on, in words for reports. */
    public List<Phrase> baseAssumptions() {
        List<Phrase> a = new ArrayList<>();
        a.add(Phrase.of(Phrases.ASSUME_START, start.phrase(), Math.round(start.totalMembers()), start.network().size()));
        a.add(Phrase.of(Phrases.ASSUME_NETWORK_HOLDS));
        DependentShare share = options.cooperationDependentIncapacitation();
        a.add(Phrase.of(share.swept() ? Phrases.ASSUME_BANDS_SHARES : Phrases.ASSUME_BANDS));
        a.add(Phrase.of(Phrases.ASSUME_COMPOSE));
        a.add(Phrase.of(Phrases.ASSUME_COOPERATION_INDEX));
        a.add(Phrase.of(Phrases.ASSUME_SHARE,
                share.swept() ? Phrase.of(Phrases.ASSUME_SHARE_SWEPT, share.range().central(), share.range().low(), share.range().high())
                        : Phrase.of(Phrases.ASSUME_SHARE_FIXED, share.range().central()),
                share.evidence().sources().isEmpty() ? "" : Phrase.of(Phrases.ASSUME_SHARE_SOURCES, String.join(", ", share.evidence().sources())),
                Phrase.of(share.evidence().assumption() ? Phrases.ASSUMPTION : Phrases.SOURCED),
                new Phrase.Text(DependentShare.RATIONALE_KEY, share.evidence().rationale()), share.origin()));
        a.add(Phrase.of(Phrases.ASSUME_LEADERSHIP));
        a.add(Phrase.of(Phrases.ASSUME_SENTENCE_YEARS, sentences.meanYears(), sentences.respondents()));
        a.add(Phrase.of(Phrases.ASSUME_CASUALTIES));
        if (!options.cohort().evaluates(Lever.SENTENCE_MULTIPLIER)) {
            a.add(Phrase.of(Phrases.ASSUME_SENTENCES_NOT_EVALUATED));
        } else {
            a.add(Phrase.of(Phrases.ASSUME_SENTENCES_COHORT, options.seed(), java.time.LocalDate.of(2022, 1, 1)));
        }
        return a;
    }
}
