package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cartellab.app.cli.FixtureCatalog;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Browser-free check of report.html: it must parse as XML and contain the charts, matrix, bars, scope and assumptions. */
class ComparisonReportTest {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";
    static String html;
    static Document doc;
    static ComparisonAssessment assessment;

    @BeforeAll
    static void render() throws Exception {
        Comparison c = ComparisonRunner.reference(ComparisonOptions.defaults()).compare(FixtureCatalog.all());
        assessment = ComparisonAssessment.of(c, CriterionWeights.defaults(), 1000, 7);
        html = ComparisonReport.render(assessment, "TEST FIXTURES (not a catalog)", "defaults", id -> "Citation for " + id);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static Element byId(String id) {
        Element e = find(doc.getDocumentElement(), id);
        assertThat(e).as("element #%s", id).isNotNull();
        return e;
    }

    private static Element find(Element e, String id) {
        if (id.equals(e.getAttribute("id"))) return e;
        NodeList kids = e.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element k) {
                Element hit = find(k, id);
                if (hit != null) return hit;
            }
        }
        return null;
    }

    static List<Element> elements(Element root, String ns, String name) {
        NodeList l = root.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }

    @Test
    void isSelfContained() {
        // one file: inline styles and script only; links out (sources) are anchors, never loaded resources
        assertThat(html).doesNotContain("<script src").doesNotContain("<link").doesNotContain("src=\"http").doesNotContain("<img");
        assertThat(html).contains("<meta name=\"viewport\"").contains("@media print");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
    }

    @Test
    void hasMembersAndCasualtyChartsPerCourseWithBandCentralAndStatusQuoSeries() {
        List<Element> svgs = elements(doc.getDocumentElement(), SVG, "svg");
        for (String coa : List.of("fx-demand", "fx-vetted", "fx-unilateral", "fx-sentences")) {
            for (String metric : List.of("members", "weekly_casualties")) {
                Element chart = svgs.stream().filter(s -> coa.equals(s.getAttribute("data-coa")) && metric.equals(s.getAttribute("data-metric")))
                        .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " chart for " + coa));
                List<String> series = new ArrayList<>();
                for (Element p : elements(chart, SVG, "polygon")) series.add(p.getAttribute("data-series"));
                for (Element p : elements(chart, SVG, "polyline")) series.add(p.getAttribute("data-series"));
                assertThat(series).containsExactlyInAnyOrder(coa + " band", "status quo", coa);
                Element central = elements(chart, SVG, "polyline").stream().filter(p -> coa.equals(p.getAttribute("data-series"))).findFirst().orElseThrow();
                assertThat(central.getAttribute("points").trim().split("\\s+").length).isGreaterThanOrEqualTo(520 / 3); // ten years, at least every third week
            }
        }
    }

    @Test
    void saysWhatTheModelGotWrongWithOneRowPerYearAfter2021() {
        assertThat(byId("validation").getTextContent()).isEqualTo("What the model got wrong");
        List<Element> rows = elements(byId("validation-table"), XHTML, "tr");
        assertThat(rows).hasSize(1 + 3); // header + 2022, 2023, 2024
        assertThat(rows.get(1).getTextContent()).startsWith("2022");
        assertThat(html).contains("ASSUMPTION").contains("cartel-lab backtest");
    }

    @Test
    void hasTheDecisionMatrixWithOneRowPerCourse() {
        Element table = byId("decision-matrix");
        Element tbody = elements(table, XHTML, "tbody").get(0);
        List<Element> rows = elements(tbody, XHTML, "tr");
        assertThat(rows).extracting(r -> r.getAttribute("data-coa")).containsExactlyInAnyOrder("fx-demand", "fx-vetted", "fx-unilateral", "fx-sentences");
        assertThat(elements(rows.get(0), XHTML, "td").get(0).getTextContent()).isEqualTo("1");
        assertThat(table.getTextContent()).contains("Legal assessment (pathways: clear 0, contested 1, prima facie unlawful 2").contains("Risk: succession violence");
    }

    @Test
    void hasRobustnessBarsSummingToOne() {
        Element bars = byId("robustness-bars");
        List<Element> rects = elements(bars, SVG, "rect");
        assertThat(rects).hasSize(4);
        double sum = rects.stream().mapToDouble(r -> Double.parseDouble(r.getAttribute("data-share"))).sum();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void hasScopeAssumptionsWeakEffectsAndPerCourseLawAndRisks() {
        assertThat(byId("scope").getTextContent()).contains("not legal advice").contains("not operational").contains("public data");
        List<Element> items = elements(byId("assumptions"), XHTML, "li");
        assertThat(items.size()).isGreaterThan(8);
        assertThat(byId("assumptions").getTextContent()).contains("not a probability interval").contains("ENPOL").contains("cooperation");
        assertThat(byId("weak-effects").getTextContent()).contains("no lever acts on the network engine").doesNotContain("not evaluated in this comparison");
        // sentence levers: the cohort engine's own table, labelled by engine, one row per horizon
        Element cohort = byId("cohort-outcomes");
        assertThat(elements(elements(cohort, XHTML, "tbody").get(0), XHTML, "tr")).hasSize(3);
        assertThat(cohort.getTextContent()).contains("fx-sentences").contains("Prison-years").contains("Released and active");
        assertThat(byId("cohort-legend").getTextContent()).contains("the change is the change in active members");
        assertThat(byId("cohort").getTextContent()).contains("cohort engine");
        assertThat(html).contains("never added to the network engine");
        assertThat(byId("outcomes").getTextContent()).contains("baseline (no new measures)");
        Element coa = byId("coa-fx-unilateral");
        assertThat(coa.getTextContent()).contains("fixture international constraint").contains("constraint").contains("cartel retaliation").contains("severe")
                .contains("[assumption]");
        assertThat(byId("coa-fx-demand").getTextContent()).contains("outside the model").contains("us_overdose_deaths").contains("fixture-source");
        assertThat(byId("coa-fx-demand").getTextContent()).contains("fixture <summary> & text"); // escaped and round-tripped
        assertThat(byId("sources").getTextContent()).contains("fixture-source: Citation for fixture-source");
    }
}
