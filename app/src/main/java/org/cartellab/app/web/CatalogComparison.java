package org.cartellab.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.app.i18n.Messages;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.MetricBand;
import org.cartellab.model.ModelClock;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Range;

/**
 * The web comparison on the real catalog and engine: the requested courses of action from the 2022 state of the
 * reference run, each metric as a band over its low / central / high lever values at the requested horizon.
 */
public final class CatalogComparison implements ComparisonProvider {
    /** The 2022 start (week 520, 2021-12-19) is the comparison's start; a request's weeks count from the network model's origin. */
    static final int START_WEEK = ModelClock.START_2022;

    private final Catalog catalog;

    public CatalogComparison(Catalog catalog) { this.catalog = catalog; }

    @Override
    public boolean available() { return true; }

    @Override
    public ComparisonTable compare(ComparisonRequest request) {
        if (request.weeks() < START_WEEK + 52) {
            throw ApiException.of(400, "weeks_start", START_WEEK, ModelClock.NETWORK.dateOf(START_WEEK), START_WEEK + 52, request.weeks());
        }
        List<CourseOfAction> chosen = new ArrayList<>();
        for (String id : request.ids()) {
            chosen.add(catalog.find(id).orElseThrow(() -> ApiException.unknownCourse(400, "ids", id, catalog.ids())));
        }
        int years = (request.weeks() - START_WEEK) / 52;
        ComparisonRunner runner = ComparisonRunner.reference(ComparisonOptions.defaults().withHorizons(List.of(years)).withSeed(request.seed()));
        Comparison comparison = runner.compare(chosen);

        List<ComparisonTable.Metric> metrics = new ArrayList<>();
        for (Metric m : Metric.values()) {
            metrics.add(new ComparisonTable.Metric(m.id(), m.label(), m.unit(), m != Metric.CUMULATIVE_INCAPACITATIONS && m != Metric.SENTENCE_YEARS));
        }
        List<ComparisonTable.Row> rows = new ArrayList<>();
        for (CoaResult r : comparison.results()) {
            Map<String, Range> values = new LinkedHashMap<>();
            for (Metric m : Metric.values()) {
                MetricBand b = r.band(years, m);
                double lo = Math.min(b.low(), Math.min(b.central(), b.high()));
                double hi = Math.max(b.low(), Math.max(b.central(), b.high()));
                values.put(m.id(), new Range(lo, b.central(), hi));
            }
            rows.add(new ComparisonTable.Row(r.id(), r.coa().title(), values));
        }
        return new ComparisonTable(metrics, rows, Messages.english().get("web.compare.note", years));
    }
}
