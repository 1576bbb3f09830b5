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
    void htmlSkipsScriptsStylesAndEnglishMarkedElements() {
        String html = "<html lang=\"es\"><head><style>.the{}</style><script>var the = 'of the';</script></head><body>"
                + "<h1>Comparación</h1><p>Fuente: <cite lang=\"en\">Out of the shadows of <i>the</i> war</cite>, 2024.</p>"
                + "<img src=x.png alt=\"Save the chart\"><button aria-label=\"Guardar la gráfica\">PNG</button></body></html>";
        assertThat(EnglishLeaks.inHtml(html, List.of())).containsExactly("Save the chart");
    }
}
