package org.cartellab.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared detector of English in Spanish output finds English and leaves Spanish, ids, ledger titles and lang="en" alone. */
class EnglishLeaksTest {
    @Test
    void findsEnglishSentencesLabelsAndRanges() {
        assertThat(EnglishLeaks.in("Cursos de acción: bundled catalog (22 courses of action).")).hasSize(1);
        assertThat(EnglishLeaks.in("Muertes al año 60,000 to 80,400 (central 73,000)")).hasSize(1);
        assertThat(EnglishLeaks.in("Guardar como PNG\nDownload CSV")).containsExactly("Download CSV");
        assertThat(EnglishLeaks.in("The model misses the 2023 fall in homicides")).hasSize(1);
    }

    @Test
    void leavesSpanishIdsLedgerTitlesAndAllowedNamesAlone() {
        assertThat(EnglishLeaks.in("Statu quo: el curso strikes_without_consent cambia las bajas acumuladas un 20 % a 10 años; "
                + "véase report.html y la afirmación c-002-100k-lives-since-2006.")).isEmpty();
        assertThat(EnglishLeaks.in("Fuente: Reducing cartel recruitment is the only way to lower violence in Mexico.")).isEmpty();
        assertThat(EnglishLeaks.in("Resumen de The Economist", List.of("The Economist"))).isEmpty();
    }

    @Test
    void allowsTheKnowledgeBasesAndTheRecordsSourceNamesButNotCitationsOrSummaries() {
        var kb = org.cartellab.law.KnowledgeBase.bundled();
        var provision = kb.get("un-charter-2-4");
        String lawTitle = provision.sources().get(0).title();
        assertThat(EnglishLeaks.in("primaria: " + lawTitle)).as(lawTitle).isEmpty();
        var event = org.cartellab.record.PublicRecord.bundled().timeline().events().get(0);
        var source = event.sources().get(0);
        assertThat(EnglishLeaks.in("fuente: " + source.publisher() + ": " + source.title())).isEmpty();
        // the provision's own English requirement and the event's English summary are not source names
        assertThat(EnglishLeaks.in(provision.requires())).isNotEmpty();
        assertThat(EnglishLeaks.in(event.summary())).isNotEmpty();
        // a caller's longer name is removed whole even when a source's name (an outlet) lies inside it
        assertThat(EnglishLeaks.in("Según " + source.publisher() + " and the rest of the world", List.of(source.publisher() + " and the rest of the world")))
                .isEmpty();
    }

    @Test
    void htmlSkipsScriptsStylesAndEnglishMarkedElements() {
        String html = "<html lang=\"es\"><head><style>.the{}</style><script>var the = 'of the';</script></head><body>"
                + "<h1>Comparación</h1><p>Fuente: <cite lang=\"en\">Out of the shadows of <i>the</i> war</cite>, 2024.</p>"
                + "<img src=x.png alt=\"Save the chart\"><button aria-label=\"Guardar la gráfica\">PNG</button></body></html>";
        assertThat(EnglishLeaks.inHtml(html, List.of())).containsExactly("Save the chart");
    }
}
