package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cartellab.comparison.Metric;
import org.junit.jupiter.api.Test;

/** docs/glossary.md is the glossary the code uses, and every comparison metric has one glossary name. */
class GlossaryDocTest {
    @Test
    void theDocumentIsTheCodesGlossary() throws Exception {
        Path doc = Path.of("..", "docs", "glossary.md");
        assertThat(Files.readString(doc)).isEqualTo(Glossary.markdown());
    }

    @Test
    void everyMetricHasANameAndItsColumnIsInTheGlossary() {
        for (Metric m : Metric.values()) {
            assertThat(Glossary.name(m)).isNotBlank();
            assertThat(Glossary.ENTRIES.stream().anyMatch(e -> (", " + e.columns() + ",").contains(", " + m.id() + ","))).as(m.id()).isTrue();
        }
    }
}
