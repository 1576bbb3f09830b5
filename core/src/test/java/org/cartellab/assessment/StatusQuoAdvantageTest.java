package org.cartellab.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cartellab.policy.Range;
import org.junit.jupiter.api.Test;

/** The "status quo ranks high by construction" figures come from the matrix and appear only when they apply. */
class StatusQuoAdvantageTest {
    /** A row with the modelled criteria at {@code modelled}, legal at {@code legal} and every risk at {@code risk} (normalised). */
    private static DecisionMatrix.Row row(String id, boolean sq, int rank, double modelled, double legal, double risk) {
        Map<Criterion, Double> n = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) n.put(c, c.group() == Criterion.Group.MODELLED ? modelled : c.group() == Criterion.Group.LEGAL ? legal : risk);
        double[] w = CriterionWeights.defaults().normalised();
        double score = 0;
        for (Criterion c : Criterion.values()) score += w[c.ordinal()] * n.get(c);
        return new DecisionMatrix.Row(id, id, n, n, score, rank, sq);
    }

    private static DecisionMatrix matrix(DecisionMatrix.Row... rows) {
        return new DecisionMatrix(5, Range.Point.CENTRAL, CriterionWeights.defaults(), List.of(rows), List.of());
    }

    @Test
    void aFirstRankedStatusQuoAtItsBestOnLawAndRisksGetsTheNoteWithItsFigures() {
        var m = matrix(row("status_quo", true, 1, 0.5, 1, 0.95), row("a", false, 2, 0.55, 0.5, 0.6), row("b", false, 3, 0.6, 0, 0.5));
        StatusQuoAdvantage s = StatusQuoAdvantage.of(m).orElseThrow();
        double[] w = CriterionWeights.defaults().normalised();
        double legalW = w[Criterion.LEGAL_BURDEN.ordinal()];
        double riskW = 0;
        for (Criterion c : Criterion.values()) if (c.group() == Criterion.Group.RISK) riskW += w[c.ordinal()];
        assertThat(s.rank()).isEqualTo(1);
        assertThat(s.courses()).isEqualTo(3);
        assertThat(s.riskScore()).isCloseTo(0.95, within(1e-12));
        assertThat(s.fromLegalAndRisk()).isCloseTo(legalW + 0.95 * riskW, within(1e-12));
        assertThat(s.legalAndRiskWeight()).isCloseTo(legalW + riskW, within(1e-12));
        assertThat(s.score()).isCloseTo(m.row("status_quo").score(), within(1e-12));
    }

    @Test
    void noNoteWhenTheStatusQuoIsAbsentRanksLowOrIsNotAtItsBest() {
        assertThat(StatusQuoAdvantage.of(matrix(row("a", false, 1, 0.6, 1, 1), row("b", false, 2, 0.5, 1, 1)))).as("no status quo").isEmpty();
        assertThat(StatusQuoAdvantage.of(matrix(row("a", false, 1, 0.9, 1, 1), row("b", false, 2, 0.8, 1, 1), row("c", false, 3, 0.7, 1, 1),
                row("status_quo", true, 4, 0.5, 1, 1)))).as("ranked 4th").isEmpty();
        assertThat(StatusQuoAdvantage.of(matrix(row("status_quo", true, 1, 0.5, 0.5, 1), row("a", false, 2, 0.5, 0, 1)))).as("legal not at best").isEmpty();
        assertThat(StatusQuoAdvantage.of(matrix(row("status_quo", true, 1, 0.5, 1, 0.8), row("a", false, 2, 0.5, 0, 0.5)))).as("risks not near zero").isEmpty();
    }
}
