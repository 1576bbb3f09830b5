package org.cartellab.assessment;

import java.util.ArrayList;
import java.util.List;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.Range;

/**
 * How the ranking moves when judgment-only risk ratings are dropped: the decision matrix at the matrix horizon with
 * every rating, the same with only sourced ratings ({@link RiskInclusion#SOURCED_ONLY}), and per course how many of
 * its ratings are sourced. Modelled outcomes come from the all-central runs in both.
 */
public record JudgmentRiskSensitivity(DecisionMatrix all, DecisionMatrix sourcedOnly, List<Row> rows) {
    public JudgmentRiskSensitivity {
        rows = List.copyOf(rows);
    }

    /** One course: its rank with all ratings and with sourced ratings only, and its sourced and judged rating counts. */
    public record Row(String id, int rankAll, int rankSourcedOnly, double scoreAll, double scoreSourcedOnly, int sourcedRatings, int judgmentRatings) {
        /** Positive when the course moves up (to a better rank) once judgments are dropped. */
        public int moved() { return rankAll - rankSourcedOnly; }
    }

    public static JudgmentRiskSensitivity of(Comparison c, CriterionWeights weights) {
        int y = c.matrixHorizon();
        DecisionMatrix all = DecisionMatrix.build(c, weights, y, Range.Point.CENTRAL, RiskInclusion.ALL);
        DecisionMatrix sourced = DecisionMatrix.build(c, weights, y, Range.Point.CENTRAL, RiskInclusion.SOURCED_ONLY);
        List<Row> rows = new ArrayList<>();
        for (CoaResult r : c.results()) {
            DecisionMatrix.Row a = all.row(r.id());
            DecisionMatrix.Row s = sourced.row(r.id());
            int n = Catalog.sourcedRiskCount(r.coa());
            rows.add(new Row(r.id(), a.rank(), s.rank(), a.score(), s.score(), n, r.coa().risks().size() - n));
        }
        return new JudgmentRiskSensitivity(all, sourced, rows);
    }

    /** Rows in the order of the ranking with sourced ratings only. */
    public List<Row> bySourcedRank() {
        return rows.stream().sorted(java.util.Comparator.comparingInt(Row::rankSourcedOnly)).toList();
    }
}
