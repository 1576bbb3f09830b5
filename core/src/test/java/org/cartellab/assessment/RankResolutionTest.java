package org.cartellab.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ties within the rank resolution: shared ranks from the top down, no chaining, and the resolution from the weights. */
class RankResolutionTest {
    @Test
    void theDefaultResolutionIsOneRiskLevelOnOneRiskAtItsWeight() {
        double[] w = CriterionWeights.defaults().normalised();
        double riskWeight = w[Criterion.ESCALATION.ordinal()];
        assertThat(RankResolution.of(CriterionWeights.defaults())).isEqualTo(riskWeight / 4);
        assertThat(RankResolution.of(CriterionWeights.defaults())).isBetween(0.005, 0.006);
    }

    @Test
    void scoresWithinTheResolutionOfTheGroupsTopShareItsRankWithoutChaining() {
        double res = 0.0056;
        // 0.818, 0.817, 0.816 tie; 0.812 is 0.006 below the top: a new group (even though within res of 0.816)
        RankResolution.Result r = RankResolution.rank(new double[] {0.817, 0.818, 0.812, 0.816, 0.70}, res);
        assertThat(r.ranks()).containsExactly(1, 1, 4, 1, 5);
        assertThat(r.tiedWith().get(1)).containsExactly(0, 3);
        assertThat(r.tiedWith().get(2)).isEmpty();
        assertThat(r.tiedWith().get(4)).isEmpty();
    }

    @Test
    void aZeroResolutionKeepsStrictRanks() {
        RankResolution.Result r = RankResolution.rank(new double[] {0.5, 0.5, 0.9}, 0);
        assertThat(r.ranks()).containsExactly(2, 3, 1);
        assertThat(r.tiedWith()).allMatch(List::isEmpty);
    }
}
