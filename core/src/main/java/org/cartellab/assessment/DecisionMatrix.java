package org.cartellab.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.PolicyRun;
import org.cartellab.policy.Range;
import org.cartellab.policy.RiskRating;

/**
 * Rows: courses of action; columns: the {@link Criterion}s. Each criterion is normalised across the rows to [0, 1]
 * with 1 for the best (lowest) raw value and 0 for the worst ({@code (max - x) / (max - min)}; 1 for all when every
 * row has the same value). The score is the weighted mean of the normalised values; rank 1 is the highest score, ties
 * in the order the courses were given. An unrated risk counts as severe (4) and is noted.
 */
public record DecisionMatrix(int horizonYears, Range.Point point, CriterionWeights weights, List<Row> rows, List<String> notes) {
    public DecisionMatrix {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** One course of action's raw and normalised values, score and rank. */
    public record Row(String id, String title, Map<Criterion, Double> raw, Map<Criterion, Double> normalised, double score, int rank) {
        public Row {
            raw = Map.copyOf(raw);
            normalised = Map.copyOf(normalised);
        }
    }

    /** The matrix with modelled outcomes from the runs at {@code point} (CENTRAL normally; LOW or HIGH to test robustness). */
    public static DecisionMatrix build(Comparison comparison, CriterionWeights weights, int horizonYears, Range.Point point) {
        if (comparison.results().isEmpty()) throw new IllegalArgumentException("no courses of action to rank");
        int weeks = 52 * horizonYears;
        if (!comparison.horizonsYears().contains(horizonYears)) throw new IllegalArgumentException("horizon " + horizonYears + " years not in the comparison");
        List<String> notes = new ArrayList<>();
        List<Map<Criterion, Double>> raws = new ArrayList<>();
        for (CoaResult r : comparison.results()) {
            Map<Criterion, Double> raw = new EnumMap<>(Criterion.class);
            PolicyRun run = r.runs().get(point);
            raw.put(Criterion.MEMBERS_CHANGE, pct(run.value(Metric.MEMBERS, weeks), comparison.statusQuo().value(Metric.MEMBERS, weeks)));
            raw.put(Criterion.CASUALTIES_CHANGE, pct(run.value(Metric.CUMULATIVE_CASUALTIES, weeks), comparison.statusQuo().value(Metric.CUMULATIVE_CASUALTIES, weeks)));
            raw.put(Criterion.LEGAL_BURDEN, (double) LegalBurden.of(r.coa()));
            if (!r.notEvaluated().isEmpty()) {
                notes.add(r.id() + ": modelled columns omit " + r.notEvaluated().size() + " lever(s) not evaluated in this comparison ("
                        + String.join(", ", r.notEvaluated().stream().map(x -> x.effect().lever().id()).distinct().toList()) + "); they are not evidence of no effect");
            }
            for (Criterion c : Criterion.values()) {
                if (c.risk() == null) continue;
                RiskRating rating = r.coa().risks().get(c.risk());
                if (rating == null) notes.add(r.id() + ": " + c.risk().id() + " is not rated; counted as severe (" + RiskRating.MAX_LEVEL + ")");
                raw.put(c, (double) (rating == null ? RiskRating.MAX_LEVEL : rating.level()));
            }
            raws.add(raw);
        }
        double[][] norm = normalise(raws);
        double[] scores = scores(norm, weights.normalised());
        int[] ranks = ranks(scores);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < raws.size(); k++) {
            Map<Criterion, Double> n = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) n.put(c, norm[k][c.ordinal()]);
            CoaResult r = comparison.results().get(k);
            rows.add(new Row(r.id(), r.coa().title(), raws.get(k), n, scores[k], ranks[k]));
        }
        return new DecisionMatrix(horizonYears, point, weights, rows, notes);
    }

    private static double pct(double v, double statusQuo) {
        if (statusQuo == 0) throw new IllegalArgumentException("the status quo is 0 at the matrix horizon; percent changes are undefined");
        return 100 * (v - statusQuo) / statusQuo;
    }

    static double[][] normalise(List<Map<Criterion, Double>> raws) {
        int n = raws.size();
        int m = Criterion.values().length;
        double[][] out = new double[n][m];
        for (Criterion c : Criterion.values()) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Map<Criterion, Double> r : raws) {
                min = Math.min(min, r.get(c));
                max = Math.max(max, r.get(c));
            }
            for (int k = 0; k < n; k++) out[k][c.ordinal()] = max == min ? 1 : (max - raws.get(k).get(c)) / (max - min);
        }
        return out;
    }

    static double[] scores(double[][] norm, double[] w) {
        double[] s = new double[norm.length];
        for (int k = 0; k < norm.length; k++) for (int c = 0; c < w.length; c++) s[k] += w[c] * norm[k][c];
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

    /** Rows sorted by rank. */
    public List<Row> ranked() { return rows.stream().sorted(Comparator.comparingInt(Row::rank)).toList(); }
}
