package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cartellab.sensitivity.SobolIndex;
import org.cartellab.sensitivity.SobolResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SobolChartTest {
    @Test
    void isWellFormedSvgWithTwoBarsPerInputAndOutputScaledToTheIndex() throws Exception {
        SobolResult r = new SobolResult(List.of("a<b", "c"), List.of("y"), 64, 256, 10, 0.95, new double[] {2.0},
                List.of(new SobolIndex("y", "a<b", 0.5, 0.4, 0.6, 0.75, 0.7, 0.8),
                        new SobolIndex("y", "c", 0.25, 0.2, 0.3, 1.2, 1.1, 1.3)));
        String svg = SobolChart.svg(r, "Test & chart");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg).doesNotContain("<script");
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        List<String> widths = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            var e = (org.w3c.dom.Element) rects.item(i);
            if (e.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength() > 0) widths.add(e.getAttribute("width"));
        }
        // plot width 420: 0.5 -> 210, 0.75 -> 315, 0.25 -> 105, 1.2 drawn at the axis end (420) with the value in the tooltip
        assertThat(widths).containsExactly("210.0", "315.0", "105.0", "420.0");
        assertThat(svg).contains("total c = 1.200");
    }
}
