package org.cartellab.app.web;

import org.cartellab.law.Jurisdiction;
import java.util.List;
import java.util.Map;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.NetworkParameters;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.LegalBasis;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.Range;
import org.cartellab.policy.RiskDimension;
import org.cartellab.policy.RiskRating;
import org.cartellab.simulation.HandSetLevers;
import org.cartellab.simulation.Simulation;
import org.cartellab.simulation.SimulatorInput;

/**
 * Test-only stand-ins for the catalog and comparison the lead binds at merge, labelled as fixtures everywhere they
 * show; they exercise the API and the page, and are never part of the product.
 */
final class Fixtures {
    private Fixtures() {}

    static final String MARK = "TEST FIXTURE";

    /** A server (not started) over the bundled catalog and its comparison, with the default settings. */
    static WebServer bundledServer() { return bundledServer(org.cartellab.policy.Catalog.bundled()); }

    /** A server (not started) over {@code catalog} and its comparison, with the default settings. */
    static WebServer bundledServer(org.cartellab.policy.Catalog catalog) {
        return new WebServer(WebSettings.DEFAULTS, CatalogProvider.of(catalog.all()), new CatalogComparison(catalog));
    }

    static CatalogProvider catalog() {
        Evidence assumed = new Evidence(List.of(), true, MARK + ": an invented range to exercise the page");
        CourseOfAction statusQuo = new CourseOfAction("fixture_status_quo", MARK + " status quo", MARK + ": no levers.",
                List.of(), List.of(), List.of(), Map.of(), List.of());
        CourseOfAction halve = new CourseOfAction("fixture_recruitment", MARK + " lower recruitment", MARK + ": one lever.",
                List.of("004"),
                List.of(new LeverEffect(Lever.RECRUITMENT, new Range(0.6, 0.8, 0.95), 0, 52, false, Map.of(), assumed)),
                List.of(new LegalBasis(LegalBasis.Role.CONSTRAINT, Jurisdiction.INTERNATIONAL, "UN Charter art. 2(4)",
                        MARK + ": a note", "fixture")),
                Map.of(RiskDimension.DIPLOMATIC_BACKLASH, new RiskRating(RiskDimension.DIPLOMATIC_BACKLASH, 2, MARK, assumed)),
                List.of());
        return CatalogProvider.of(List.of(statusQuo, halve));
    }

    /** Runs the network at each fixture's central recruitment multiplier from 2022; members at the horizon, low = central = high. */
    static ComparisonProvider comparison(CatalogProvider catalog) {
        Simulation sim = Simulation.bundled();
        return new ComparisonProvider() {
            @Override
            public boolean available() { return true; }

            @Override
            public ComparisonTable compare(ComparisonRequest request) {
                List<ComparisonTable.Row> rows = request.ids().stream().map(id -> {
                    CourseOfAction c = catalog.find(id).orElseThrow(() -> new ApiException(404, org.cartellab.app.i18n.UnknownCourse.message(id, catalog.all().stream().map(CourseOfAction::id).toList())));
                    double factor = c.levers().isEmpty() ? 1 : c.levers().get(0).effect().central();
                    HandSetLevers hand = new HandSetLevers(Map.of(Lever.RECRUITMENT, factor), 0, 2, 0, 0, 1);
                    SimulatorInput in = new SimulatorInput(NetworkParameters.REFERENCE, request.weeks(), Math.min(520, request.weeks()), hand.settings(), 0.5);
                    double[] m = sim.run(in).scenario().weekly().column(WeeklyColumn.MEMBERS);
                    return new ComparisonTable.Row(c.id(), c.title(), Map.of("members_end", Range.point(m[m.length - 1])));
                }).toList();
                return new ComparisonTable(List.of(new ComparisonTable.Metric("members_end", "Members at the horizon", "members", true)),
                        rows, MARK + ": central recruitment multiplier only");
            }
        };
    }
}
