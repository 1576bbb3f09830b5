package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cartellab.app.cli.FixtureCatalog;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.briefing.BriefingBuilder;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.effects.LeverEvidenceTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The report as a reader meets it: bottom line first, contents, every link resolves, sources linked, no collection dumps, charts of the effect. */
class ReportReadabilityTest {
    static String html;
    static Document doc;

    @BeforeAll
    static void render() throws Exception {
        Comparison c = ComparisonRunner.reference(ComparisonOptions.defaults()).compare(FixtureCatalog.all());
        ComparisonAssessment a = ComparisonAssessment.of(c, CriterionWeights.defaults(), 500, 7);
        var briefing = BriefingBuilder.of(a, null, LeverEvidenceTables.bundled(), KnowledgeBase.bundled(), KnownMisses.current());
        var cite = new CiteThis("cartel-lab 9.9-test", CiteThis.commandLine("./cartel-lab", List.of("compare", "--out", "my report")), List.of("comparison.csv", "matrix.csv"));
        html = ComparisonReport.render(a, "TEST FIXTURES (not a catalog)", "defaults", null,
                new ComparisonReport.Context(briefing, cite, Bibliography.bundled(id -> "Citation for " + id), List.of("comparison.csv", "matrix.csv")));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> all(String name) {
        List<Element> out = new java.util.ArrayList<>();
        var l = doc.getElementsByTagNameNS("*", name);
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }

    @Test
    void theBottomLineComesFirstAndTheContentsListEverySection() {
        assertThat(html.indexOf("id=\"briefing\"")).isPositive().isLessThan(html.indexOf("id=\"summary\""));
        assertThat(html.indexOf("id=\"toc\"")).isLessThan(html.indexOf("id=\"briefing\""));
        assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>").contains("@media print");
        Element briefing = all("section").stream().filter(e -> "briefing".equals(e.getAttribute("id"))).findFirst().orElseThrow();
        assertThat(briefing.getTextContent()).contains("What it would change").contains("Top risks").contains("Known misses of the model").contains("As of: law");
    }

    @Test
    void everyInternalLinkResolvesAndEverySourceKeyIsALink() {
        Set<String> ids = new HashSet<>();
        for (Element e : all("*")) if (e.hasAttribute("id")) ids.add(e.getAttribute("id"));
        int sourceLinks = 0;
        for (Element a : all("a")) {
            String href = a.getAttribute("href");
            if (href.startsWith("#")) assertThat(ids).as("link " + href).contains(href.substring(1));
            if ("src".equals(a.getAttribute("class"))) {
                sourceLinks++;
                assertThat(href).isEqualTo("#" + Bibliography.anchor(a.getTextContent()));
            }
        }
        assertThat(sourceLinks).isGreaterThan(5);
        // the unilateral fixture cites fixture-source and its lever evidence; both resolve to bibliography entries
        assertThat(ids).contains(Bibliography.anchor("fixture-source"));
    }

    @Test
    void noCollectionDumpsInTheText() {
        String text = doc.getDocumentElement().getTextContent();
        for (Element s : all("script")) text = text.replace(s.getTextContent(), "");
        for (Element s : all("style")) text = text.replace(s.getTextContent(), "");
        assertThat(text).doesNotContainPattern("\\[\\d+, \\d+").doesNotContainPattern("\\{[a-z_]+=").doesNotContain("=1.0").doesNotContain("needs Mexico's consent");
    }

    @Test
    void chartsShowTheChangeWithAxisTitlesTheLeverStartAndSaveLinks() {
        List<Element> charts = all("svg").stream().filter(s -> s.getAttribute("id").startsWith("chart-")).toList();
        assertThat(charts).hasSize(8); // four fixture courses x (members, casualties)
        for (Element svg : charts) {
            String t = svg.getTextContent();
            assertThat(t).contains("change vs status quo (%)").contains("years after the 2022 start (model week 520, the week of 2021-12-19)");
            double lo = Double.parseDouble(svg.getAttribute("data-y-min"));
            double hi = Double.parseDouble(svg.getAttribute("data-y-max"));
            assertThat(lo).isLessThanOrEqualTo(0);
            assertThat(hi).isGreaterThanOrEqualTo(0);
            assertThat(hi - lo).as("the axis spans the effect, not the level").isLessThan(200);
            if (!svg.getAttribute("data-coa").equals("fx-sentences")) {
                assertThat(all("line").stream().anyMatch(l -> l.getParentNode() == svg && "lever-start".equals(l.getAttribute("class")))).isTrue();
            }
            Element fig = (Element) svg.getParentNode();
            assertThat(fig.getAttribute("class")).isEqualTo("chart-box");
            String figure = serialise(fig);
            assertThat(figure).contains("class=\"save-svg\"").contains("href=\"data:image/svg+xml;charset=utf-8,%3Csvg").contains("class=\"save-png\"");
        }
    }

    @Test
    void citeThisTablesAndGlossary() {
        Element cite = all("section").stream().filter(e -> "cite".equals(e.getAttribute("id"))).findFirst().orElseThrow();
        assertThat(cite.getTextContent()).contains("cartel-lab 9.9-test").contains("./cartel-lab compare --out 'my report'").contains("comparison.csv");
        assertThat(html).contains("data-table=\"decision-matrix\"").contains("href=\"matrix.csv\"");
        assertThat(html).contains("id=\"glossary-table\"");
        assertThat(all("details").size()).as("long tables and course sections are folded").isGreaterThanOrEqualTo(4);
    }

    @Test
    void consentIsPhrasedFromThePathway() {
        var without = Catalog.bundled().find("strikes_without_consent").orElseThrow();
        var with = Catalog.bundled().find("strikes_with_consent").orElseThrow();
        assertThat(ComparisonReport.consentSentence(without)).contains("assumes Mexico does not consent").doesNotContain("needs");
        assertThat(ComparisonReport.consentSentence(with)).contains("assumes Mexico consents");
        assertThat(ComparisonReport.settings(java.util.Map.of("rival_weight", 1.0, "targets", List.of(1, 2)))).isEqualTo("rival weight 1.0; targets 1, 2");
    }

    @Test
    void lawAndSourceLinksResolveInARealCoursesReport() throws Exception {
        var cat = Catalog.bundled();
        Comparison c = ComparisonRunner.reference(ComparisonOptions.defaults())
                .compare(List.of(cat.find("status_quo").orElseThrow(), cat.find("strikes_without_consent").orElseThrow()));
        ComparisonAssessment a = ComparisonAssessment.of(c, CriterionWeights.defaults(), 200, 7);
        var briefing = BriefingBuilder.of(a, null, LeverEvidenceTables.bundled(), KnowledgeBase.bundled(), KnownMisses.current());
        String page = ComparisonReport.render(a, "bundled", "defaults", null,
                new ComparisonReport.Context(briefing, null, Bibliography.bundled(id -> id), List.of()));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        Set<String> ids = new HashSet<>();
        var every = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < every.getLength(); i++) {
            Element e = (Element) every.item(i);
            if (e.hasAttribute("id")) ids.add(e.getAttribute("id"));
        }
        var links = d.getElementsByTagNameNS("*", "a");
        int law = 0;
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            if (href.startsWith("#")) assertThat(ids).as(href).contains(href.substring(1));
            if (href.startsWith("#law-")) law++;
        }
        assertThat(law).as("knowledge-base ids in the briefing and the legal tables are links").isGreaterThan(3);
        assertThat(ids).contains(Bibliography.lawAnchor("un-charter-2-4"), "bibliography-law");
    }

    static String serialise(Element e) {
        try {
            var t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            var w = new java.io.StringWriter();
            t.transform(new javax.xml.transform.dom.DOMSource(e), new javax.xml.transform.stream.StreamResult(w));
            return w.toString();
        } catch (javax.xml.transform.TransformerException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
