package org.cartellab.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.PolicyRun;
import org.cartellab.policy.Range;
import org.cartellab.policy.RiskRating;

/**
 * Rows: courses of action; columns: the {@link Criterion}s. Each criterion is normalised on its own fixed
 * {@link CriterionScale} ({@link Criterion#scale()}: outcomes as change against the status quo, -50 % = 1 .. +50 % = 0;
 * risks 0 = 1 .. 4 = 0; legal burden 0 = 1 .. 16 = 0), never over the rows present, so a row's normalised values and
 * score do not depend on which other courses are compared, and adding or removing a course never reorders the others.
 * Values outside a scale are not clamped (they normalise outside [0, 1]) and are noted. The score is the weighted mean
 * of the normalised values; rank 1 is the highest score, ties in the order the courses were given. An unrated risk counts
 * as severe (4) and is noted. A single course is never ranked alone: the matrix needs two or more rows (the CLI adds the
 * status quo), else {@link IllegalArgumentException}.
 */
public record DecisionMatrix(int horizonYears, Range.Point point, CriterionWeights weights, List<Row> rows, List<Phrase> notePhrases) {
    public DecisionMatrix {
        rows = List.copyOf(rows);
        notePhrases = List.copyOf(notePhrases);
    }

    /** The notes in English (the sentences of {@link #notePhrases()}). */
    public List<String> notes() { return notePhrases.stream().map(Phrase::english).toList(); }

    /** One course of action's raw and normalised values, score and rank; {@code statusQuo} for a course without levers. */
    public record Row(String id, String title, Map<Criterion, Double> raw, Map<Criterion, Double> normalised, double score, int rank,
                      boolean statusQuo) {
        public Row {
            raw = Map.copyOf(raw);
            normalised = Map.copyOf(normalised);
        }
    }

    /** The matrix with modelled outcomes from the runs at {@code point} (CENTRAL normally; LOW or HIGH to test robustness). */
    public static DecisionMatrix build(Comparison comparison, CriterionWeights weights, int horizonYears, Range.Point point) {
        return build(comparison, weights, horizonYears, point, RiskInclusion.ALL);
    }

    /**
     * As {@link #build(Comparison, CriterionWeights, int, Range.Point)}, with {@code inclusion} choosing which risk
     * ratings enter. A rating left out is absent (raw and normalised value NaN): it does not shift the other rows'
     * normalisation and the row's score is the weighted mean over its present criteria.
     */
    public static DecisionMatrix build(Comparison comparison, CriterionWeights weights, int horizonYears, Range.Point point, RiskInclusion inclusion) {
        if (comparison.results().isEmpty()) throw new IllegalArgumentException("no courses of action to rank");
        if (comparison.results().size() == 1) {
            throw new IllegalArgumentException("a single course of action is assessed against the status quo, never ranked alone: compare '"
                    + comparison.results().get(0).id() + "' together with the status quo");
        }
        int weeks = 52 * horizonYears;
        if (!comparison.horizonsYears().contains(horizonYears)) throw new IllegalArgumentException("horizon " + horizonYears + " years not in the comparison");
        List<Phrase> notes = new ArrayList<>();
        List<Map<Criterion, Double>> raws = new ArrayList<>();
        for (CoaResult r : comparison.results()) {
            Map<Criterion, Double> raw = new EnumMap<>(Criterion.class);
            PolicyRun run = r.runs().get(point);
            raw.put(Criterion.MEMBERS_CHANGE, pct(run.value(Metric.MEMBERS, weeks), comparison.statusQuo().value(Metric.MEMBERS, weeks)));
            raw.put(Criterion.CASUALTIES_CHANGE, pct(run.value(Metric.CUMULATIVE_CASUALTIES, weeks), comparison.statusQuo().value(Metric.CUMULATIVE_CASUALTIES, weeks)));
            raw.put(Criterion.LEGAL_BURDEN, LegalCriterion.of(r.coa()));
            if (LegalCriterion.note(r.coa()) != null) notes.add(LegalCriterion.note(r.coa()));
            if (!r.notEvaluated().isEmpty()) {
                notes.add(Phrase.of(Phrases.MATRIX_OMITS, r.id(), r.notEvaluated().size(),
                        String.join(", ", r.notEvaluated().stream().map(x -> x.effect().lever().id()).distinct().toList())));
            }
            for (Criterion c : Criterion.values()) {
                if (c.risk() == null) continue;
                RiskRating rating = r.coa().risks().get(c.risk());
                if (rating == null) notes.add(Phrase.of(Phrases.MATRIX_NOT_RATED, r.id(), c.risk().id(), RiskRating.MAX_LEVEL));
                raw.put(c, rating == null ? RiskRating.MAX_LEVEL : inclusion.enters(rating) ? rating.level() : Double.NaN);
            }
            raws.add(raw);
        }
        for (int k = 0; k < raws.size(); k++) {
            for (Criterion c : Criterion.values()) {
                double x = raws.get(k).get(c);
                if (c.scale().outside(x)) {
                    notes.add(Phrase.of(Phrases.MATRIX_OUTSIDE,
                            comparison.results().get(k).id(), c.id(), x, fmt(c.scale().best()), fmt(c.scale().worst()), c.scale().unit(), c.scale().normalise(x)));
                }
            }
        }
        double[][] norm = normalise(raws);
        double[] scores = scores(norm, weights.normalised());
        int[] ranks = ranks(scores);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < raws.size(); k++) {
            Map<Criterion, Double> n = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) n.put(c, norm[k][c.ordinal()]);
            CoaResult r = comparison.results().get(k);
            rows.add(new Row(r.id(), r.coa().title(), raws.get(k), n, scores[k], ranks[k], r.coa().isStatusQuo()));
        }
        return new DecisionMatrix(horizonYears, point, weights, rows, notes);
    }

    private static double pct(double v, double statusQuo) {
        if (statusQuo == 0) throw new IllegalArgumentException("the status quo is 0 at the matrix horizon; percent changes are undefined");
        return 100 * (v - statusQuo) / statusQuo;
    }

    /** Each row's raw values on the criteria's fixed scales, [row][criterion ordinal]; a row's values depend on that row only. */
    static double[][] normalise(List<Map<Criterion, Double>> raws) {
        double[][] out = new double[raws.size()][];
        for (int k = 0; k < raws.size(); k++) out[k] = normalise(raws.get(k));
        return out;
    }

    /** One row's raw values on the criteria's fixed scales, in {@link Criterion} order. */
    public static double[] normalise(Map<Criterion, Double> raw) {
        double[] out = new double[Criterion.values().length];
        for (Criterion c : Criterion.values()) out[c.ordinal()] = c.scale().normalise(raw.get(c));
        return out;
    }

    private static String fmt(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }

    /** Weighted mean of each row's present (non-NaN) normalised values; with nothing absent, the weighted sum. */
    static double[] scores(double[][] norm, double[] w) {
        double[] s = new double[norm.length];
        for (int k = 0; k < norm.length; k++) {
            double sum = 0;
            double weight = 0;
            boolean absent = false;
            for (int c = 0; c < w.length; c++) {
                if (Double.isNaN(norm[k][c])) {
                    absent = true;
                    continue;
                }
                sum += w[c] * norm[k][c];
                weight += w[c];
            }
            s[k] = !absent ? sum : weight > 0 ? sum / weight : 0;
        }
        return s;
    }

    static int[] ranks(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        int[] rank = new int[scores.length];
        for (int k = 0; k < order.length; k++) rank[order[k]] = k + 1;
        return rank;
    }

    /** Normalised values as a matrix [row][criterion ordinal]. */
    public double[][] normalisedMatrix() {
        double[][] m = new double[rows.size()][Criterion.values().length];
        for (int k = 0; k < rows.size(); k++) for (Criterion c : Criterion.values()) m[k][c.ordinal()] = rows.get(k).normalised().get(c);
        return m;
    }

    public Row row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException("no row " + id));
    }

    /** The first status-quo row (a course without levers), if one is compared. */
    public Optional<Row> statusQuoRow() {
        return rows.stream().filter(Row::statusQuo).findFirst();
    }

    /**
     * The one course assessed against the status quo when exactly two rows are compared and one is the status quo (the
     * single-course case: it is reported against the status quo, not as "rank 1").
     */
    public Optional<Row> assessedAgainstStatusQuo() {
        if (rows.size() != 2 || rows.stream().filter(Row::statusQuo).count() != 1) return Optional.empty();
        return rows.stream().filter(r -> !r.statusQuo()).findFirst();
    }

    /** Rows sorted by rank. */
    public List<Row> ranked() { return rows.stream().sorted(Comparator.comparingInt(Row::rank)).toList(); }
}
