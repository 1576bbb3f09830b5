package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cartellab.policy.Catalog;
import org.junit.jupiter.api.Test;

/** The web comparison bound to the bundled catalog and the engine. */
class CatalogComparisonTest {
    final CatalogComparison provider = new CatalogComparison(Catalog.bundled());

    @Test
    void comparesRealCoursesFromThe2022StateWithBands() {
        ComparisonTable t = provider.compare(new ComparisonRequest(List.of("status_quo", "recruitment_prevention"), 780, 1));
        assertThat(t.rows()).extracting(ComparisonTable.Row::id).containsExactly("status_quo", "recruitment_prevention");
        var sq = t.rows().get(0).values().get("members");
        var prevention = t.rows().get(1).values().get("members");
        assertThat(sq.low()).isEqualTo(sq.high());
        assertThat(prevention.central()).isLessThan(sq.central());
        assertThat(prevention.low()).isLessThanOrEqualTo(prevention.central());
        assertThat(t.metrics()).extracting(ComparisonTable.Metric::id).contains("members", "weekly_casualties");
        assertThat(t.note()).contains("not a probability interval");
    }

    @Test
    void unknownIdsAndHorizonsBeforeOneYearAreBadRequests() {
        assertThatThrownBy(() -> provider.compare(new ComparisonRequest(List.of("drone_everything"), 780, 1)))
                .isInstanceOf(ApiException.class).hasMessageContaining("unknown course of action 'drone_everything'");
        assertThatThrownBy(() -> provider.compare(new ComparisonRequest(List.of("status_quo"), 530, 1)))
                .isInstanceOf(ApiException.class).hasMessageContaining("at least 572");
    }
}
