package org.cartellab.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The count-based engine and a plain per-agent implementation give the same distributions of final size, mean age
 * and deaths (two-sample Kolmogorov–Smirnov, many seeds). A deliberately wrong agent model (uniform exits instead of
 * age^15) must be told apart, which shows the comparison has power. Thresholds: agreement fails below p = 0.001 per
 * statistic (a false alarm about once in a thousand runs of the three tests; the seeds are fixed, so it is
 * reproducible); the wrong model must give p < 1e-6 on mean age.
 */
class EngineAgreementTest {
    @Test
    void smallPopulationAgreesWithPerAgentModel() {
        CohortParameters p = EngineAgreementSupport.small(150, 300, 15);
        EngineAgreementSupport.PValues v = EngineAgreementSupport.compare(p, p, 300, 200);
        System.out.println("cohort engine vs per-agent (200 seeds, 300 weeks): " + v);
        assertThat(v.min()).isGreaterThan(1e-3);
    }

    @Test
    void comparisonDetectsUniformExits() {
        EngineAgreementSupport.PValues v = EngineAgreementSupport.compare(EngineAgreementSupport.small(150, 300, 15),
                EngineAgreementSupport.small(150, 300, 0), 300, 100);
        System.out.println("cohort engine (age^15 exits) vs per-agent with uniform exits: " + v);
        assertThat(v.meanAge()).isLessThan(1e-6);
    }

    @Test
    @Tag("slow")
    void largerPopulationAgreesWithPerAgentModel() {
        CohortParameters p = EngineAgreementSupport.small(400, 800, 15);
        EngineAgreementSupport.PValues v = EngineAgreementSupport.compare(p, p, 500, 1000);
        System.out.println("cohort engine vs per-agent (1000 seeds, 500 weeks): " + v);
        assertThat(v.min()).isGreaterThan(1e-3);
    }
}
