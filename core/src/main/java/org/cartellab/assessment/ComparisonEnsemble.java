package org.cartellab.assessment;

import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.ComparisonStart;
import org.cartellab.comparison.LeverLaw;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.MetricBand;
import org.cartellab.comparison.PolicyRun;
import org.cartellab.data.BundledData;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.model.ModelClock;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.Range;
import org.cartellab.policy.RiskRating;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.ParameterDistribution;
import org.cartellab.uncertainty.RunStreams;
import org.cartellab.uncertainty.Spread;

/**
 * A course-of-action comparison as a proper ensemble. Member {@code i} uses its own random stream
 * ({@link RunStreams#forRun}(seed, i)), so results do not depend on the thread count. It draws the network parameters
 * from a {@link ParameterDistribution}, reruns the reference start (2012 to week 520) with them to get its own 2022
 * state, draws every lever's value within its range ({@link LeverLaw}), and runs the status quo and every course from
 * that state with those values: all courses of one member share parameters, start and lever draws (common random
 * numbers), so their differences are read member by member. Each member also ranks the courses with the decision
 * matrix's rule on its own modelled changes and the fixed legal-burden and risk columns.
 */
public final class ComparisonEnsemble {
    /** The largest ensemble the CLI accepts (memory and time stay modest). */
    public static final int MAX_MEMBERS = 20_000;
    /** Parameter draws tried per member before giving up when the cartels collapse before 2022 with the drawn values. */
    static final int MAX_DRAWS = 100;
    /** The metrics the ensemble reports (sentence-years are incapacitations times a constant, so they are left out). */
    public static final List<Metric> METRICS = List.of(Metric.MEMBERS, Metric.WEEKLY_CASUALTIES, Metric.CUMULATIVE_CASUALTIES,
            Metric.CUMULATIVE_INCAPACITATIONS);

    private final ComparisonRunner runner;
    private final ParameterDistribution distribution;
    private final CriterionWeights weights;
    private final long seed;
    private final ConflictNetwork network = ConflictNetwork.of(BundledData.network());

    /** @param runner supplies the single-run unit, the horizons and the cooperation-dependent share (its start is not used) */
    public ComparisonEnsemble(ComparisonRunner runner, ParameterDistribution distribution, CriterionWeights weights, long seed) {
        this.runner = runner;
        this.distribution = distribution;
        this.weights = weights;
        this.seed = seed;
    }

    /** What one member computed: values[arm][horizon][metric] (arm 0 = status quo), each course's rank, parameter redraws. */
    record Member(long index, double[][][] values, int[] ranks, int redraws, NetworkParameters parameters) {}

    /** Runs {@code n} members on {@code pool} and summarises them. Courses' ids must be distinct. */
    public ComparisonEnsembleResult run(List<CourseOfAction> coas, int n, EnsembleRunner pool, ProgressListener progress) {
        if (n < 1 || n > MAX_MEMBERS) throw new IllegalArgumentException("ensemble size must be 1.." + MAX_MEMBERS + ", got " + n);
        if (coas.isEmpty()) throw new IllegalArgumentException("no courses of action to compare");
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (CourseOfAction c : coas) if (!seen.add(c.id())) throw new IllegalArgumentException("course of action '" + c.id() + "' given twice");
        List<LeverEffect> effects = new ArrayList<>(new LinkedHashSet<>(coas.stream().flatMap(c -> c.levers().stream()).toList()));
        double[][] fixed = fixedCriteria(coas);
        Member[] members = new Member[n];
        long[] indices = new long[n];
        for (int i = 0; i < n; i++) indices[i] = i;
        pool.compute(i -> member(i, coas, effects, fixed), indices, chunk -> chunk.forEach(m -> members[(int) m.index()] = m), progress);
        return summarise(coas, members);
    }

    /** One member: its parameters, 2022 start, lever values, and every arm's metrics and ranks. Thread-safe. */
    Member member(long i, List<CourseOfAction> coas, List<LeverEffect> effects, double[][] fixed) {
        UniformRandomProvider rng = RunStreams.forRun(seed, i);
        ComparisonStart start = null;
        NetworkParameters drawnParameters = null;
        int redraws = -1;
        while (start == null) {
            if (++redraws >= MAX_DRAWS) {
                throw new IllegalStateException("member " + i + ": the cartels collapsed before 2022 for " + MAX_DRAWS + " parameter draws in a row from " + distribution.description());
            }
            drawnParameters = distribution.sample(rng);
            start = startFor(drawnParameters);
        }
        Map<LeverEffect, Double> drawn = new LinkedHashMap<>();
        for (LeverEffect e : effects) drawn.put(e, LeverLaw.triangular(e.effect(), rng.nextDouble()));
        // The share of arrests that depends on Mexico's cooperation is an assumption with a range: drawn like a lever.
        double share = LeverLaw.triangular(runner.options().cooperationDependentIncapacitation().range(), rng.nextDouble());
        List<Integer> horizons = runner.options().horizonsYears();
        int weeks = runner.options().maxWeeks();
        double[][][] values = new double[coas.size() + 1][][];
        values[0] = metrics(runner.runOnce(start, List.of(), weeks, share), horizons);
        for (int k = 0; k < coas.size(); k++) {
            CourseOfAction coa = coas.get(k);
            List<LeverSetting> settings = coa.levers().stream().map(e -> new LeverSetting(e, drawn.get(e))).toList();
            try {
                values[k + 1] = metrics(runner.runOnce(start, settings, weeks, share), horizons);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("course of action '" + coa.id() + "', ensemble member " + i + ": " + e.getMessage(), e);
            }
        }
        return new Member(i, values, ranks(values, fixed, horizons.indexOf(matrixHorizon(horizons))), redraws, drawnParameters);
    }

    /** The 2022 state for parameters {@code p}, or null if the cartels collapse before it. */
    private ComparisonStart startFor(NetworkParameters p) {
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(network, p, ModelClock.START_2022));
        if (r.collapsed()) return null;
        return new ComparisonStart(network, r.finalMembers(), ModelClock.START_2022, p, org.cartellab.text.Phrases.START_DRAWN.english());
    }

    private static double[][] metrics(PolicyRun run, List<Integer> horizons) {
        double[][] v = new double[horizons.size()][METRICS.size()];
        for (int h = 0; h < horizons.size(); h++) {
            for (int m = 0; m < METRICS.size(); m++) v[h][m] = run.value(METRICS.get(m), 52 * horizons.get(h));
        }
        return v;
    }

    /** Legal criterion (from the pathways) and risk ratings per course, as the decision matrix counts them (an unrated risk counts as severe). */
    private static double[][] fixedCriteria(List<CourseOfAction> coas) {
        double[][] f = new double[coas.size()][Criterion.values().length];
        for (int k = 0; k < coas.size(); k++) {
            CourseOfAction c = coas.get(k);
            f[k][Criterion.LEGAL_BURDEN.ordinal()] = LegalCriterion.of(c);
            for (Criterion cr : Criterion.values()) {
                if (cr.risk() == null) continue;
                RiskRating r = c.risks().get(cr.risk());
                f[k][cr.ordinal()] = r == null ? RiskRating.MAX_LEVEL : r.level();
            }
        }
        return f;
    }

    /** The decision matrix's rule with this member's percent changes in members and cumulative casualties. */
    private int[] ranks(double[][][] values, double[][] fixed, int h) {
        int mi = METRICS.indexOf(Metric.MEMBERS);
        int ci = METRICS.indexOf(Metric.CUMULATIVE_CASUALTIES);
        List<Map<Criterion, Double>> raws = new ArrayList<>();
        for (int k = 0; k < fixed.length; k++) {
            Map<Criterion, Double> raw = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) raw.put(c, fixed[k][c.ordinal()]);
            raw.put(Criterion.MEMBERS_CHANGE, pct(values[k + 1][h][mi], values[0][h][mi]));
            raw.put(Criterion.CASUALTIES_CHANGE, pct(values[k + 1][h][ci], values[0][h][ci]));
            raws.add(raw);
        }
        return DecisionMatrix.ranks(DecisionMatrix.scores(DecisionMatrix.normalise(raws), weights.normalised()));
    }

    private static double pct(double v, double statusQuo) { return statusQuo == 0 ? 0 : 100 * (v - statusQuo) / statusQuo; }

    /** The decision matrix's horizon: 5 years if compared, else the longest. */
    static int matrixHorizon(List<Integer> horizons) { return horizons.contains(5) ? 5 : horizons.get(horizons.size() - 1); }

    private ComparisonEnsembleResult summarise(List<CourseOfAction> coas, Member[] members) {
        int n = members.length;
        List<Integer> horizons = runner.options().horizonsYears();
        Map<Integer, Map<Metric, Spread>> sq = new LinkedHashMap<>();
        Map<String, Map<Integer, Map<Metric, ComparisonEnsembleResult.Outcome>>> outcomes = new LinkedHashMap<>();
        for (int h = 0; h < horizons.size(); h++) {
            Map<Metric, Spread> s = new EnumMap<>(Metric.class);
            for (int m = 0; m < METRICS.size(); m++) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) v[i] = members[i].values()[0][h][m];
                s.put(METRICS.get(m), Spread.of(v));
            }
            sq.put(horizons.get(h), s);
        }
        for (int k = 0; k < coas.size(); k++) {
            Map<Integer, Map<Metric, ComparisonEnsembleResult.Outcome>> perH = new LinkedHashMap<>();
            for (int h = 0; h < horizons.size(); h++) {
                Map<Metric, ComparisonEnsembleResult.Outcome> perM = new EnumMap<>(Metric.class);
                for (int m = 0; m < METRICS.size(); m++) {
                    double[] level = new double[n];
                    double[] change = new double[n];
                    double[] pct = new double[n];
                    int lower = 0;
                    for (int i = 0; i < n; i++) {
                        double base = members[i].values()[0][h][m];
                        double v = members[i].values()[k + 1][h][m];
                        level[i] = v;
                        change[i] = v - base;
                        pct[i] = base == 0 ? 0 : 100 * (v - base) / base;
                        if (change[i] < -MetricBand.NOISE * Math.abs(base)) lower++;
                    }
                    perM.put(METRICS.get(m), new ComparisonEnsembleResult.Outcome(Spread.of(level), Spread.of(change), Spread.of(pct), (double) lower / n));
                }
                perH.put(horizons.get(h), perM);
            }
            outcomes.put(coas.get(k).id(), perH);
        }
        Map<String, ComparisonEnsembleResult.RankDistribution> ranks = new LinkedHashMap<>();
        int redraws = 0;
        for (Member m : members) redraws += m.redraws();
        for (int k = 0; k < coas.size(); k++) {
            double[] r = new double[n];
            double[] share = new double[coas.size()];
            for (int i = 0; i < n; i++) {
                r[i] = members[i].ranks()[k];
                share[members[i].ranks()[k] - 1] += 1.0 / n;
            }
            ranks.put(coas.get(k).id(), new ComparisonEnsembleResult.RankDistribution(Spread.of(r).median(), share[0], share));
        }
        Set<NetworkParameters> distinct = new HashSet<>();
        for (Member m : members) distinct.add(m.parameters());
        return new ComparisonEnsembleResult(n, distinct.size(), seed, distribution.description(), horizons, matrixHorizon(horizons),
                coas.stream().map(CourseOfAction::id).toList(), sq, outcomes, ranks, redraws, assumptions(redraws),
                coas.stream().filter(CourseOfAction::isStatusQuo).map(CourseOfAction::id).toList());
    }

    private List<Phrase> assumptions(int redraws) {
        List<Phrase> a = new ArrayList<>();
        a.add(Phrase.of(Phrases.ENS_PARAMETERS, distribution.description(), ModelClock.START_2022));
        a.add(Phrase.of(Phrases.ENS_LEVERS));
        Range share = runner.options().cooperationDependentIncapacitation().range();
        a.add(Phrase.of(Phrases.ENS_SHARE, share.low(), share.high(), share.central()));
        a.add(Phrase.of(Phrases.ENS_PAIRED));
        a.add(Phrase.of(Phrases.ENS_RANKS));
        if (redraws > 0) a.add(Phrase.of(Phrases.ENS_REDRAWS, redraws));
        return a;
    }
}
