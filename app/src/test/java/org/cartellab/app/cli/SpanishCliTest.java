package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cartellab.policy.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang es} on the verbs that print user-facing text: Spanish labels, data texts and errors; English unchanged. */
class SpanishCliTest {
    @TempDir
    Path tmp;

    @Test
    void coaListAndShowInSpanish() {
        CliRunner list = CliRunner.run("coa", "list", "--lang", "es");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("TÍTULO", "Statu quo", "no es asesoría jurídica").doesNotContain("TITLE");
        CliRunner show = CliRunner.run("coa", "show", "strikes_without_consent", "--lang", "es");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("Ataques unilaterales", "Restricciones jurídicas", "Palancas", "Registro público (al 29 de noviembre de 2026)",
                "Estatuto de Roma").doesNotContain("Legal constraints", "What it is");
        CliRunner english = CliRunner.run("coa", "show", "strikes_without_consent");
        assertThat(english.out()).contains("Legal constraints", Catalog.bundled().find("strikes_without_consent").orElseThrow().title());
    }

    @Test
    void timelineAndClaimsInSpanish() {
        CliRunner t = CliRunner.run("timeline", "--lang", "es", "--course", "strikes_without_consent");
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(t.out()).contains("Cronología:", "Actores:", "de 2025").doesNotContain("Timeline:", "Actors:");
        CliRunner p = CliRunner.run("timeline", "--lang", "es", "--precedents");
        assertThat(p.out()).contains("Biblioteca de precedentes", "Qué pasó:", "Iniciativa Mérida");
        CliRunner c = CliRunner.run("claims", "--lang", "es", "--status", "false");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("Registro de afirmaciones", "FALSA", "Lo correcto:").doesNotContain("Claim register");
    }

    @Test
    void lawInSpanishReusesTheMexicanCitations() {
        CliRunner l = CliRunner.run("law", "--lang", "es", "--jurisdiction", "MX");
        assertThat(l.exit()).as(l.err()).isZero();
        assertThat(l.out()).contains("Base de conocimiento jurídico", "Derecho al 29 de noviembre de 2026", "Constitución Política de los Estados Unidos Mexicanos",
                "Argumento en contra:", "prisión preventiva oficiosa").doesNotContain("Counter-argument:");
        CliRunner us = CliRunner.run("law", "--lang", "es", "--jurisdiction", "US");
        assertThat(us.out()).contains("Resolución sobre Poderes de Guerra", "Orden Ejecutiva 12333");
    }

    @Test
    void errorsInSpanishAndAnUnknownLanguageIsBadInput() {
        CliRunner bad = CliRunner.run("coa", "show", "nope", "--lang", "es");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("curso de acción desconocido 'nope'");
        CliRunner kind = CliRunner.run("timeline", "--lang", "es", "--kind", "nope");
        assertThat(kind.exit()).isEqualTo(2);
        assertThat(kind.err()).contains("se esperaba uno de");
        CliRunner fr = CliRunner.run("claims", "--lang", "fr");
        assertThat(fr.exit()).isEqualTo(2);
        assertThat(fr.err()).contains("--lang fr", "en, es");
    }

    @Test
    void compareWritesASpanishReport() throws Exception {
        Path out = tmp.resolve("es");
        CliRunner r = CliRunner.run("compare", "strikes_without_consent", "recruitment_prevention", "--lang", "es", "--weight-samples", "200",
                "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Alcance:", "Matriz de decisión a", "curso de acción");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("lang=\"es\"", "Comparación de cursos de acción", "Matriz de decisión", "Cursos de acción: palancas, derecho y riesgos",
                "Ataques unilaterales contra el liderazgo", "Prevención del reclutamiento", "Registro de afirmaciones", "Cronología desde enero de 2025",
                "Vía jurídica", "ilícito a primera vista", "Actuar sin el consentimiento de México forma parte de la definición de este curso")
                .doesNotContain("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"", "Comparison of courses of action", "Decision matrix</h2>");
        // CSV column names are the public contract: unchanged by the language
        assertThat(Files.readString(out.resolve("matrix.csv"))).startsWith("coa,title,rank,score");
    }
}
