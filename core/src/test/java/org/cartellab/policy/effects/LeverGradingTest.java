package org.cartellab.policy.effects;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.junit.jupiter.api.Test;

/** A course lever's two grades: direction from the lever's table, size from the course; both parts always present. */
class LeverGradingTest {
    @Test
    void strikesWithoutConsentIncapacitationHasASourcedDirectionAndAnAssumedSize() {
        CourseOfAction c = Catalog.bundled().find("strikes_without_consent").orElseThrow();
        LeverEffect inc = c.levers().stream().filter(e -> e.lever() == Lever.INCAPACITATION).findFirst().orElseThrow();
        LeverGrading g = LeverGrading.of(inc, LeverEvidenceTables.bundled());
        assertThat(g.direction()).isEqualTo(Grade.SOURCED);
        assertThat(g.directionSources()).containsExactly("dell2015", "osorio2015", "prieto-curiel2023");
        assertThat(g.size()).isEqualTo(Grade.JUDGMENT);
        assertThat(g.sizeRationale()).contains("assumed");
        assertThat(g.fields()).containsKeys("direction", "direction_sources", "size", "size_sources");
    }

    @Test
    void everyCatalogLeverIsGradedFromTheTableAndTheCourseAlike() {
        LeverEvidenceTables tables = LeverEvidenceTables.bundled();
        for (CourseOfAction c : Catalog.bundled().all()) {
            for (LeverEffect e : c.levers()) {
                LeverGrading g = LeverGrading.of(e, tables);
                String where = c.id() + "/" + e.lever().id();
                assertThat(g.direction()).as(where).isEqualTo(tables.find(e.lever()).orElseThrow().direction());
                assertThat(g.size() == Grade.JUDGMENT).as(where + ": an assumed range is a judgment, a sourced one is not").isEqualTo(e.evidence().assumption());
                if (g.direction() != Grade.JUDGMENT) assertThat(g.directionSources()).as(where).isNotEmpty();
            }
        }
    }
}
