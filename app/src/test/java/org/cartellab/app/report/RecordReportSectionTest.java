package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cartellab.app.cli.FixtureCatalog;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.record.ClaimStatus;
import org.cartellab.record.PublicRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The public-record sections of report.html: well-formed, complete, dated, with unverified entries flagged. */
class RecordReportSectionTest {
    static final PublicRecord R = PublicRecord.bundled();

    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    static int rows(Document d, String tableId) {
        for (int i = 0; i < d.getElementsByTagName("table").getLength(); i++) {
            Element t = (Element) d.getElementsByTagName("table").item(i);
            if (tableId.equals(t.getAttribute("id"))) return ((Element) t.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").getLength();
        }
        throw new AssertionError("no table #" + tableId);
    }

    @Test
    void everyEventAndClaimIsARowAndPositionsAndPrecedentsFollowTheCourses() throws Exception {
        StringBuilder b = new StringBuilder("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>");
        RecordReportSection.append(b, R, Set.of("vessel_strikes", "capture_operations"));
        String html = b.append("</body></html>").toString();
        Document d = parse(html);
        assertThat(rows(d, "timeline-table")).isEqualTo(R.timeline().events().size());
        assertThat(rows(d, "claims-table")).isEqualTo(R.claims().claims().size());
        long positions = R.positions().positions().stream().filter(p -> Set.of("vessel_strikes", "capture_operations").contains(p.course())).count();
        assertThat(rows(d, "positions-table")).isEqualTo((int) positions).isGreaterThanOrEqualTo(4);
        assertThat(html).contains("Timeline since January 2025 (as of 2026-11-29)").contains("Claim register (as of 2026-11-29)")
                .contains("UNVERIFIED").contains("(pending)").contains("United Nations General Assembly").contains("[primary]");
        int flaggedFalse = R.claims().countByStatus().get(ClaimStatus.FALSE);
        assertThat(html.split("class=\"claim-false\"", -1).length - 1).isEqualTo(flaggedFalse);
    }

    @Test
    void theComparisonReportCarriesTheSectionsAndLinksSeedsToTheirClaims() throws Exception {
        ComparisonAssessment a = ComparisonAssessment.of(ComparisonRunner.reference(ComparisonOptions.defaults()).compare(FixtureCatalog.all()),
                CriterionWeights.defaults(), 200, 7);
        String html = ComparisonReport.render(a, "TEST FIXTURES (not a catalog)", "defaults");
        Document d = parse(html.substring(html.indexOf("<html")));
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(html).contains("id=\"timeline\"").contains("id=\"claims\"").contains("id=\"positions\"").contains("id=\"precedents\"");
        int flagged = R.claims().flagged("003").size();
        assertThat(html).contains("seed 003: " + flagged + " flagged claim");
    }
}
