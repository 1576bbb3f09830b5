package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cartellab.app.i18n.EnglishLeaks;
import org.cartellab.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, items 7 and 8: {@code --lang es} on the verbs beyond the catalog views (run, cohort, compare with its
 * ensemble and judgment-free ranking, ensemble, runs), given before the verb or after it or through
 * {@value LangOption#ENV}; the CLI's own error messages, picocli's parse errors included, in Spanish; English unchanged.
 * Each verb's Spanish output is read by {@link EnglishLeaks}; what is allowed is named where it is allowed.
 */
class SpanishVerbsTest {
    /** The bundled scenario's name is data (a scenario file's own name, kept as written, like a source's title). */
    private static final String SCENARIO = Scenario.networkBaseline().name();

    @TempDir
    Path tmp;

    @AfterEach
    void environmentBack() { LangOption.environment = System::getenv; }

    private static CliRunner es(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = "es";
        System.arraycopy(args, 0, all, 2, args.length);
        CliRunner r = CliRunner.run(all);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    @Test
    void runPrintsSpanishWithDatesInWords() {
        CliRunner r = es("run", "--weeks", "52", "--out", tmp.resolve("run").toString());
        assertThat(r.out()).contains("semana 52", "integrantes", "bajas / semana", "acumulado del 1 de enero de 2012 al 30 de diciembre de 2012",
                "modelo de red", "colapso: ninguno", "se escribió").doesNotContain("casualties", "wrote");
        assertThat(EnglishLeaks.in(r.out(), List.of(SCENARIO))).isEmpty();
        // the files keep their public contract whatever the language
        assertThat(tmp.resolve("run/weekly.csv")).exists();
    }

    @Test
    void compareTerminalIsSpanishIncludingStartCatalogAndRanges() {
        CliRunner two = es("compare", "strikes_without_consent", "recruitment_prevention", "--weight-samples", "50", "--without-judgment-risks");
        assertThat(two.out()).contains("Cursos de acción: catálogo incluido (", "estado de 2022 de la corrida de referencia",
                "del 1 de enero de 2012 a la semana 520 (19 de diciembre de 2021)", "línea base (sin medidas nuevas)", "Clasificación sin las calificaciones",
                "% frente al statu quo").doesNotContain("bundled catalog", "state of the reference run", "vs status quo");
        assertThat(EnglishLeaks.in(two.out())).isEmpty();
        CliRunner one = es("compare", "strikes_without_consent", "--weight-samples", "50");
        assertThat(one.out()).contains("Evaluación frente al statu quo", " a ", "(central ").doesNotContain("Assessment against");
        assertThat(EnglishLeaks.in(one.out())).isEmpty();
    }

    @Test
    void compareEnsembleIsSpanish() {
        CliRunner r = es("compare", "strikes_without_consent", "recruitment_prevention", "--weight-samples", "20", "--ensemble", "3", "--threads", "1");
        assertThat(r.out()).contains("Ensamble: 3 corridas sobre", "posterior de la calibración", "Lugar en los miembros del ensamble")
                .doesNotContain("Rank across ensemble members");
        assertThat(EnglishLeaks.in(r.out())).isEmpty();
    }

    @Test
    void ensembleAndRunsAreSpanish() {
        Path store = tmp.resolve("store");
        CliRunner e = es("ensemble", "--runs", "3", "--store", store.toString(), "--out", tmp.resolve("ens").toString());
        assertThat(e.out()).contains("3 corridas, semilla", "guardado como la corrida").doesNotContain("stored as run");
        assertThat(EnglishLeaks.in(e.out(), List.of(SCENARIO))).isEmpty();
        CliRunner list = es("runs", "list", "--store", store.toString());
        assertThat(list.out()).contains("estado", "completa");
        assertThat(EnglishLeaks.in(list.out(), List.of(SCENARIO))).isEmpty();
        CliRunner check = es("runs", "check", "--store", store.toString());
        assertThat(check.out()).contains("1 corridas");
        assertThat(EnglishLeaks.in(check.out())).isEmpty();
    }

    @Test
    void progressLinesAreSpanish() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            es("ensemble", "--runs", "3", "--store", tmp.resolve("store").toString());
        } finally {
            System.setErr(saved);
        }
        String progress = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(progress).contains("ensamble: corrida ", "ensamble: 3/3 corridas (100%)").doesNotContain("runs/s");
        assertThat(EnglishLeaks.in(progress)).isEmpty();
    }

    @Test
    void sourceRolesAreSpanishInTheRecordAndTheLaw() {
        assertThat(es("timeline", "--course", "strikes_without_consent").out()).contains("[primaria]").doesNotContain("[primary]");
        assertThat(es("law", "--jurisdiction", "US").out()).contains("primaria: ", "confirmada en: ").doesNotContain("confirmed: ");
    }

    @Test
    void cohortIsSpanish() throws Exception {
        Path s = tmp.resolve("c.yaml");
        Files.writeString(s, "name: corto\nmodel: cohort\nweeks: 3000\nseed: 4\n");
        CliRunner r = es("cohort", "--scenario", s.toString(), "--alpha-steps", "2", "--sensitivity-runs", "2", "--seeds", "2");
        assertThat(r.out()).contains("Cohorte de nacimiento 1990", "semillas 4..5", "Curva alfa", "1 de enero de 1965").doesNotContain("Birth cohort");
        assertThat(EnglishLeaks.in(r.out())).isEmpty();
    }

    @Test
    void dataAndSensitivityAreSpanish() {
        CliRunner d = es("data", "--top", "5", "--provenance");
        assertThat(d.out()).contains("Conjuntos de datos incluidos", "Presencia de cárteles en 2020", "filas", "Las 5 primeras por lugar", "cambios: ninguno")
                .doesNotContain("Bundled data sets", "rows ");
        // a data set's citation keeps the language of its source, like the ledger's titles
        // (the detector blanks DOIs before it removes what is allowed, so a citation is allowed piece by piece around them)
        List<String> citations = Arrays.stream(org.cartellab.data.DataSet.values())
                .flatMap(x -> Arrays.stream(x.citation().split("doi:\\S+"))).map(String::strip).toList();
        assertThat(EnglishLeaks.in(d.out(), citations)).isEmpty();
        CliRunner s = es("sensitivity", "--samples", "16", "--bootstrap", "0", "--out", tmp.resolve("s").toString());
        assertThat(s.out()).contains("primer orden [IC 95%]", "se escribieron");
        assertThat(EnglishLeaks.in(s.out())).isEmpty();
    }

    @Test
    void calibrateRefusesInSpanish() {
        CliRunner r = CliRunner.run("--lang", "es", "calibrate", "--starts", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--starts debe estar entre 1 y 1000; se recibió 0");
    }

    /** A one-start fit (about 5 s): the whole report in Spanish. */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void calibrateReportIsSpanish() {
        CliRunner r = es("calibrate", "--starts", "1");
        assertThat(r.out()).contains("Calibración del modelo de red", "ajustado: solo las bajas semanales", "identificabilidad", "spline cúbico natural");
        assertThat(EnglishLeaks.in(r.out())).isEmpty();
    }

    @Test
    void langIsAcceptedBeforeTheVerbAfterItAndFromTheEnvironment() {
        String global = CliRunner.run("--lang", "es", "coa", "list").out();
        String perVerb = CliRunner.run("coa", "list", "--lang", "es").out();
        String nested = CliRunner.run("coa", "--lang", "es", "list").out();
        assertThat(global).contains("TÍTULO").isEqualTo(perVerb).isEqualTo(nested);
        // the verb's own --lang wins over the one before it
        assertThat(CliRunner.run("--lang", "es", "coa", "list", "--lang", "en").out()).contains("TITLE").doesNotContain("TÍTULO");
        LangOption.environment = name -> name.equals(LangOption.ENV) ? "es" : null;
        assertThat(CliRunner.run("coa", "list").out()).isEqualTo(perVerb);
        assertThat(CliRunner.run("coa", "list", "--lang", "en").out()).contains("TITLE");
        LangOption.environment = name -> name.equals(LangOption.ENV) ? "fr" : null;
        CliRunner bad = CliRunner.run("coa", "list");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(LangOption.ENV + " fr", "en, es");
        // every verb and sub-verb takes the option (one option, given to all)
        for (var cl : HelpTextAuditTest.all(Main.commandLine(new java.io.StringWriter(), new java.io.StringWriter()))) {
            assertThat(cl.getCommandSpec().findOption("--lang")).as(cl.getCommandSpec().qualifiedName()).isNotNull();
        }
    }

    @Test
    void errorsAndParseErrorsAreSpanish() {
        CliRunner unknown = CliRunner.run("--lang", "es", "run", "--nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("opción desconocida: '--nope'", "Pruebe 'cartel-lab run --help'.");
        CliRunner type = CliRunner.run("run", "--weeks", "abc", "--lang", "es");
        assertThat(type.exit()).isEqualTo(2);
        assertThat(type.err()).contains("valor no válido para '--weeks'", "'abc' no es un número entero");
        CliRunner missing = CliRunner.run("--lang", "es", "sensitivity");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("falta la opción obligatoria: '--out=DIR'");
        CliRunner noValue = CliRunner.run("--lang", "es", "run", "--weeks");
        assertThat(noValue.exit()).isEqualTo(2);
        assertThat(noValue.err()).contains("la opción '--weeks' necesita un valor");
        CliRunner file = CliRunner.run("--lang", "es", "run", tmp.resolve("nope.yaml").toString());
        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.err()).contains("no se encontró el archivo");
        CliRunner set = CliRunner.run("--lang", "es", "run", "--set", "recruitmnet=0.002");
        assertThat(set.exit()).isEqualTo(2);
        assertThat(set.err()).contains("--set recruitmnet: parámetro desconocido para el modelo de red; se esperaba uno de recruitment");
        CliRunner range = CliRunner.run("--lang", "es", "run", "--weeks", "0");
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err()).contains("--weeks 0: se esperaba un número entero de 1 a");
        for (CliRunner r : List.of(unknown, type, missing, noValue, file, set, range)) {
            // option names are identifiers, typed as they are in any language
            assertThat(EnglishLeaks.in(r.err(), List.of("--help", "--weeks", "nope.yaml"))).as(r.err()).isEmpty();
        }
        // English is picocli's own text, unchanged
        assertThat(CliRunner.run("run", "--nope").err()).contains("Unknown option: '--nope'", "Try 'cartel-lab run --help'.");
    }

    @Test
    void englishStaysAsItWas() {
        CliRunner r = CliRunner.run("compare", "strikes_without_consent", "recruitment_prevention", "--weight-samples", "20");
        assertThat(r.out()).contains("Courses of action: bundled catalog (", "2022 state of the reference run (Prieto-Curiel et al., Science 2023) from 2012-01-01 to week 520 (2021-12-19)",
                "baseline (no new measures)", "% vs status quo");
        CliRunner run = CliRunner.run("run", "--weeks", "52");
        assertThat(run.out()).contains("week 52", "cumulative 2012-01-01 to 2012-12-30: casualties", "collapse: none", "[network model; embedded default");
        assertThat(Arrays.asList(run.out().split("\n"))).anyMatch(l -> l.startsWith("casualties / week"));
    }
}
