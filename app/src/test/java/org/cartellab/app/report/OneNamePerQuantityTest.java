package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cartellab.app.i18n.Messages;
import org.cartellab.comparison.Metric;
import org.cartellab.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * Each comparison quantity has one name: the core's {@link Metric#label()} is a glossary term (whose entry lists the
 * metric's column, alone or as its cumulative or weekly form), the report's and briefing's name ({@link Glossary#name}), and the web page's label for it, in English;
 * and the terminal's Spanish label is the web page's Spanish label. A surface with its own wording fails here.
 */
class OneNamePerQuantityTest {
    static String js() throws Exception {
        try (InputStream in = OneNamePerQuantityTest.class.getClassLoader().getResourceAsStream("org/cartellab/app/web/public/js/i18n.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyMetricIsCalledByItsGlossaryTermOnEverySurface() throws Exception {
        String js = js();
        int es = js.indexOf("'metric.members'", js.indexOf("'metric.members'") + 1);
        assertThat(es).as("the page has English and Spanish metric labels").isPositive();
        for (Metric m : Metric.values()) {
            var entry = Glossary.ENTRIES.stream().filter(e -> (", " + e.columns() + ",").contains(", " + m.id() + ",")).findFirst();
            assertThat(entry).as(m.id() + ": its column is defined in the glossary").isPresent();
            assertThat(m.label().toLowerCase(Locale.ROOT)).as(m.id() + ": the name is built on the glossary term")
                    .isIn(entry.get().term(), "cumulative " + entry.get().term(), entry.get().term() + " per week");
            assertThat(Glossary.name(m)).isEqualTo(m.label());
            String key = "'metric." + m.id() + "': \"";
            assertThat(js.substring(0, es)).as(m.id() + " English page label").contains(key + m.label() + "\"");
            String spanish = Messages.of(Language.ES).get("metric." + m.id());
            assertThat(js.substring(es)).as(m.id() + " Spanish page label").contains(key + spanish + "\"");
        }
    }

    @Test
    void theSimulatorCallsSentenceYearsByTheGlossaryTerm() throws Exception {
        String js = js();
        String term = Metric.SENTENCE_YEARS.label();
        assertThat(js).contains("'sim.summary.prison': '" + term + " from").contains("'sim.chart.prison_years': '" + term + " per week");
        assertThat(js.toLowerCase(Locale.ROOT)).doesNotContain("prison sentence-years").doesNotContain("prison-years");
    }
}
