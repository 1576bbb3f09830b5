package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cartellab.app.cli.FixtureCatalog;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.ComparisonEnsemble;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.Metric;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.ReferenceBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Browser-free check of report.html's ensemble section: parses as XML, tables and charts carry the ensemble's numbers. */
class EnsembleReportSectionTest {
    static ComparisonEnsembleResult ensemble;
    static Document doc;
    static String html;

    @BeforeAll
    static void render() throws Exception {
        ComparisonOptions options = ComparisonOptions.defaults().withHorizons(List.of(1, 5));
        Comparison c = ComparisonRunner.reference(options).compare(FixtureCatalog.all());
        ComparisonAssessment a = ComparisonAssessment.of(c, CriterionWeights.defaults(), 200, 7);
        ensemble = new ComparisonEnsemble(ComparisonRunner.reference(options), ReferenceBox.standard(), CriterionWeights.defaults(), 3)
                .run(FixtureCatalog.all(), 6, new EnsembleRunner(2, 4), ProgressListener.NONE);
        html = ComparisonReport.render(a, "TEST FIXTURES (not a catalog)", "defaults", id -> id, ensemble);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static Element find(Element e, String id) {
        if (id.equals(e.getAttribute("id"))) return e;
        for (org.w3c.dom.Node k = e.getFirstChild(); k != null; k = k.getNextSibling()) {
            if (k instanceof Element el) {
                Element hit = find(el, id);
                if (hit != null) return hit;
            }
        }
        return null;
    }

    @Test
    void withoutAnEnsembleTheReportHasNoEnsembleSection() {
        assertThat(html).contains("id=\"ensemble\"");
        ComparisonAssessment a = ComparisonAssessment.of(ComparisonRunner.reference(ComparisonOptions.defaults().withHorizons(List.of(1)))
                .compare(FixtureCatalog.all()), CriterionWeights.defaults(), 50, 7);
        assertThat(ComparisonReport.render(a, "x", "defaults")).doesNotContain("id=\"ensemble\"");
    }

    @Test
    void outcomeTableHasARowPerCourseAndHorizonWithItsProbability() {
        Element table = find(doc.getDocumentElement(), "ensemble-outcomes");
        assertThat(table).isNotNull();
        List<Element> rows = ComparisonReportTest.elements(table, ComparisonReportTest.XHTML, "tr");
        // header + status quo per horizon + each course with levers per horizon (a lever-less course is the baseline)
        long shown = ensemble.ids().stream().filter(id -> !ensemble.identicalToBaseline(id)).count();
        assertThat(rows).hasSize((int) (1 + 2 + 2 * shown));
        for (Element row : rows) {
            if (!row.hasAttribute("data-coa") || row.getAttribute("data-coa").equals("status_quo")) continue;
            int years = Integer.parseInt(row.getAttribute("data-years"));
            for (Element td : ComparisonReportTest.elements(row, ComparisonReportTest.XHTML, "td")) {
                if (!td.hasAttribute("data-metric")) continue;
                Metric m = ComparisonEnsemble.METRICS.stream().filter(x -> x.id().equals(td.getAttribute("data-metric"))).findFirst().orElseThrow();
                assertThat(Double.parseDouble(td.getAttribute("data-prob-lower")))
                        .isCloseTo(ensemble.outcome(row.getAttribute("data-coa"), years, m).probLower(), within(1e-4));
            }
        }
    }

    @Test
    void whiskerChartsShowOrderedQuantilesOfThePairedChangeForEveryCourse() {
        for (Metric m : List.of(Metric.MEMBERS, Metric.CUMULATIVE_CASUALTIES)) {
            Element svg = find(doc.getDocumentElement(), "ensemble-change-" + m.id());
            assertThat(svg).as("chart for %s", m.id()).isNotNull();
            assertThat(svg.getNamespaceURI()).isEqualTo(ComparisonReportTest.SVG);
            List<Element> groups = ComparisonReportTest.elements(svg, ComparisonReportTest.SVG, "g");
            assertThat(groups).hasSize(ensemble.ids().size());
            for (Element g : groups) {
                double p5 = Double.parseDouble(g.getAttribute("data-p5"));
                double med = Double.parseDouble(g.getAttribute("data-median"));
                double p95 = Double.parseDouble(g.getAttribute("data-p95"));
                assertThat(p5).isLessThanOrEqualTo(med);
                assertThat(med).isLessThanOrEqualTo(p95);
                assertThat(med).isCloseTo(ensemble.outcome(g.getAttribute("data-coa"), 5, m).changePct().median(), within(1e-4));
                assertThat(ComparisonReportTest.elements(g, ComparisonReportTest.SVG, "rect")).hasSize(1);
                assertThat(ComparisonReportTest.elements(g, ComparisonReportTest.SVG, "line")).hasSize(2);
            }
        }
    }

    @Test
    void rankBarsShareFirstPlaceAcrossMembers() {
        Element bars = find(doc.getDocumentElement(), "ensemble-rank-bars");
        assertThat(bars).isNotNull();
        double sum = 0;
        for (Element r : ComparisonReportTest.elements(bars, ComparisonReportTest.SVG, "rect")) sum += Double.parseDouble(r.getAttribute("data-share"));
        assertThat(sum).isCloseTo(1.0, within(1e-3));
    }
}
