package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartellab.app.web.WebApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cartellab.app.i18n.EnglishLeaks;
import org.cartellab.i18n.Language;
import org.cartellab.i18n.Localizer;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data endpoints in the page language ({@code ?lang=es}) on the bundled catalog, knowledge base and ledger: the
 * texts are the core Localizer's Spanish, the shared detector finds no English in them, ids and numbers do not change,
 * {@code lang} is read strictly, and error bodies come in the request's language. The fields that stay English by
 * design (the assessor's reasoning lines, weak-effect messages, matrix notes, lever evidence tables) are named where
 * they are skipped.
 */
class LocalizedApiTest {
    static WebServer server;
    static Http http;
    static Catalog catalog;

    @BeforeAll
    static void start() {
        catalog = Catalog.bundled();
        server = Fixtures.bundledServer(catalog);
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() { server.stop(); }

    /** Every text value under {@code node}, skipping the named fields (English by design) and values that are ids. */
    static List<String> texts(JsonNode node, List<String> skip) {
        List<String> out = new ArrayList<>();
        collect(node, skip, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> skip, List<String> out) {
        if (node.isTextual()) out.add(node.asText());
        else if (node.isArray()) node.forEach(n -> collect(n, skip, out));
        else if (node.isObject()) node.fields().forEachRemaining(e -> { if (!skip.contains(e.getKey())) collect(e.getValue(), skip, out); });
    }

    /**
     * Proper names of US statutes the Spanish knowledge base keeps in English, as Spanish legal writing does (a
     * statute's name is its title): allowed.
     */
    static final List<String> STATUTE_NAMES = List.of("Death on the High Seas Act", "Alien Tort Statute", "Suits in Admiralty Act");

    static List<String> leaks(List<String> texts) {
        return EnglishLeaks.in(String.join("\n", texts), STATUTE_NAMES);
    }

    @Test
    void catalogCoursesComeInSpanishThroughTheCoreLocalizer() {
        JsonNode es = Http.json(http.get("/api/catalog?lang=es"));
        JsonNode en = Http.json(http.get("/api/catalog"));
        Localizer loc = Localizer.of(Language.ES);
        assertThat(es.get("courses").size()).isEqualTo(catalog.all().size());
        for (int i = 0; i < catalog.all().size(); i++) {
            CourseOfAction c = catalog.all().get(i);
            JsonNode e = es.get("courses").get(i);
            assertThat(e.get("id").asText()).isEqualTo(c.id());
            assertThat(e.get("title").asText()).isEqualTo(loc.course(c).title()).isNotEqualTo(c.title());
            assertThat(e.get("summary").asText()).isEqualTo(loc.course(c).summary());
            // numbers do not change with the language
            assertThat(e.get("levers").toString().replaceAll("\"rationale\":\"[^\"]*\"", ""))
                    .isEqualTo(en.get("courses").get(i).get("levers").toString().replaceAll("\"rationale\":\"[^\"]*\"", ""));
        }
        // titles, summaries, lever rationales, legal notes, risk rationales and facts, outside-model texts, counters:
        // no English left (the pathways' reasoning lines are the assessor's own English, skipped by name)
        // reasoning / reasons: the assessor's lines, English in the API (reasons are phrase patterns with keys and arguments)
        List<String> all = texts(es, List.of("id", "reasoning", "reasons", "sources", "seeds", "lever", "dimension", "jurisdiction", "role",
                "provision", "source", "basis", "needs", "prohibitions", "notices", "exposure", "open_questions", "unavailable", "displaced",
                "part", "conditions", "claims", "block", "settings", "assessment", "kind", "places", "branch", "force"));
        assertThat(leaks(all)).as("English in /api/catalog?lang=es").isEmpty();
        assertThat(leaks(texts(en, List.of()))).as("the detector finds the English version").isNotEmpty();
    }

    @Test
    void oneCourseAndThePresetsTooAndEnglishStaysTheDefault() {
        CourseOfAction c = catalog.find("strikes_without_consent").orElseThrow();
        JsonNode es = Http.json(http.get("/api/catalog/strikes_without_consent?lang=es"));
        assertThat(es.get("title").asText()).isEqualTo(Localizer.of(Language.ES).course(c).title());
        assertThat(Http.json(http.get("/api/catalog/strikes_without_consent")).get("title").asText()).isEqualTo(c.title());
        assertThat(Http.json(http.get("/api/catalog/strikes_without_consent?lang=en")).get("title").asText()).isEqualTo(c.title());
        JsonNode presets = Http.json(http.get("/api/presets?lang=es"));
        assertThat(presets.get("courses").get(0).get("title").asText()).isEqualTo(Localizer.of(Language.ES).course(catalog.all().get(0)).title());
        assertThat(leaks(List.of(presets.get("combine").asText()))).isEmpty();
    }

    @Test
    void pathwayAssessmentsCitationsStatusesAndCountersInSpanish() {
        JsonNode p = Http.json(http.get("/api/catalog/strikes_without_consent/pathway?lang=es"));
        JsonNode us = p.at("/parts/0/pathway/US");
        assertThat(us.get("assessment").asText()).isIn("claro", "controvertido", "ilícito a primera vista");
        assertThat(p.get("scale").asText()).startsWith("Evaluación por jurisdicción");
        assertThat(p.get("assessment_by_jurisdiction").get("US").asText()).isEqualTo(us.get("assessment").asText());
        // the same structure and scores as in English
        JsonNode en = Http.json(http.get("/api/catalog/strikes_without_consent/pathway"));
        assertThat(p.at("/parts/0/pathway/US/score")).isEqualTo(en.at("/parts/0/pathway/US/score"));
        assertThat(p.get("legal_criterion")).isEqualTo(en.get("legal_criterion"));
        List<String> all = texts(p, List.of("id", "reasoning", "kind", "conditions", "claims", "part", "duties_displaced", "unverified", "possibly_stale",
                "only_with_consent", "only_without_consent", "jurisdiction"));
        assertThat(leaks(all)).as("English in the Spanish pathway").isEmpty();
        assertThat(leaks(texts(en, List.of("id", "reasoning", "kind", "conditions", "claims")))).isNotEmpty();
    }

    @Test
    void knowledgeBaseEntriesInSpanish() {
        JsonNode es = Http.json(http.get("/api/law?lang=es&jurisdiction=US"));
        JsonNode en = Http.json(http.get("/api/law?jurisdiction=US"));
        assertThat(es.get("count")).isEqualTo(en.get("count"));
        assertThat(es.get("scale").asText()).startsWith("Evaluación");
        List<String> all = new ArrayList<>();
        for (JsonNode e : es.get("entries")) {
            all.add(e.get("citation").asText());
            all.add(e.get("requires").asText());
            all.add(e.at("/status/text").asText());
            if (e.has("counter")) all.add(e.get("counter").asText());
            if (e.has("decides")) all.add(e.get("decides").asText());
        }
        assertThat(es.at("/entries/0/status/text").asText()).doesNotContain("in force");
        assertThat(leaks(all)).as("English in /api/law?lang=es").isEmpty();
    }

    @Test
    void bibliographySupportsAndReliabilityInSpanishTitlesAsPublished() {
        JsonNode es = Http.json(http.get("/api/sources?lang=es"));
        JsonNode en = Http.json(http.get("/api/sources"));
        List<String> all = new ArrayList<>();
        for (int i = 0; i < es.get("sources").size(); i++) {
            JsonNode s = es.get("sources").get(i);
            assertThat(s.get("title")).isEqualTo(en.get("sources").get(i).get("title"));
            all.add(s.get("supports").asText());
            if (s.hasNonNull("reliability")) all.add(s.at("/reliability/reason").asText());
        }
        assertThat(leaks(all)).as("English in /api/sources?lang=es").isEmpty();
    }

    @Test
    void assessmentAndCompareTitlesAndMetricLabelsInSpanish() {
        String body = "{\"ids\":[\"strikes_without_consent\",\"financial_sanctions+intelligence_sharing\"],\"weeks\":780}";
        JsonNode a = Http.json(http.post("/api/assess?lang=es", body, "application/json"));
        JsonNode ae = Http.json(http.post("/api/assess", body, "application/json"));
        List<String> all = new ArrayList<>();
        for (JsonNode r : a.get("rows")) all.add(r.get("title").asText());
        for (JsonNode m : a.get("metrics")) all.add(m.get("label").asText());
        assertThat(leaks(all)).as("English in /api/assess?lang=es titles and labels").isEmpty();
        assertThat(a.at("/rows/2/title").asText()).contains(" + ");
        assertThat(a.at("/rows/1/rank")).isEqualTo(ae.at("/rows/1/rank"));
        assertThat(a.get("message_language").asText()).isEqualTo("en");
        JsonNode c = Http.json(http.post("/api/compare?lang=es", "{\"ids\":[\"strikes_without_consent\"],\"weeks\":780}", "application/json"));
        List<String> ct = new ArrayList<>();
        ct.add(c.get("note").asText());
        for (JsonNode r : c.get("rows")) ct.add(r.get("title").asText());
        for (JsonNode m : c.get("metrics")) ct.add(m.get("label").asText());
        assertThat(leaks(ct)).as("English in /api/compare?lang=es").isEmpty();
    }

    @Test
    void langIsReadStrictlyOnEveryDataEndpoint() {
        for (String path : List.of("/api/catalog", "/api/catalog/status_quo", "/api/catalog/status_quo/pathway", "/api/law", "/api/sources",
                "/api/evidence/levers", "/api/presets", "/api/parameters", "/api/about", "/api/health")) {
            assertError(http.get(path + "?lang=fr"), 400, "expected one of en, es, found 'fr'");
            assertError(http.get(path + "?lang=fr"), 400, "se esperaba uno de en, es");
            assertError(http.get(path + "?lang=ES"), 400, "found 'ES'");
            assertError(http.get(path + "?lang=es&lang=en"), 400, "given 2 times");
            var ok = http.get(path + "?lang=es");
            assertThat(ok.statusCode()).as(path + ": " + ok.body()).isEqualTo(200);
        }
        assertError(http.post("/api/assess?lang=xx", "{\"ids\":[\"status_quo\"]}", "application/json"), 400, "'lang'");
    }

    @Test
    void everyKeyedErrorOfTheWebPackageHasItsMessageInBothLanguages() throws java.io.IOException {
        java.util.regex.Pattern used = java.util.regex.Pattern.compile("ApiException\\.of\\(\\d+, \"([a-z_]+)\"\\s*[,)]");
        java.util.Set<String> keys = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/org/cartellab/app/web"))) {
            for (java.nio.file.Path f : files.toList()) {
                java.util.regex.Matcher m = used.matcher(java.nio.file.Files.readString(f));
                while (m.find()) keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(30);
        keys.addAll(List.of("law_jurisdiction", "law_kind", "law_status")); // LawApi names these by the refused parameter
        for (String k : keys) {
            for (Language l : Language.values()) {
                assertThat(org.cartellab.app.i18n.Messages.of(l).keys()).as("web.err.%s in %s", k, l).contains("web.err." + k);
            }
        }
    }

    @Test
    void errorBodiesComeInTheRequestsLanguage() {
        assertError(http.get("/api/catalog/nope?lang=es"), 404, "curso de acción desconocido 'nope'; ids conocidos: status_quo");
        assertError(http.get("/api/catalog/nope"), 404, "unknown course of action 'nope'; known ids: status_quo");
        assertError(http.get("/api/nothing-here?lang=es"), 404, "no existe el recurso");
        assertError(http.get("/api/catalog?lang=es&x=1"), 400, "este servicio no acepta más parámetros de consulta que lang");
        assertError(http.get("/api/law?lang=es&jurisdiction=XX"), 400, "se esperaba US, MX o INTERNATIONAL; se recibió 'XX'");
        assertError(http.get("/api/law?lang=es&course=nope"), 400, "curso de acción desconocido 'nope'");
        assertError(http.post("/api/assess?lang=es", "{\"ids\":[\"nope\"]}", "application/json"), 400, "curso de acción desconocido 'nope'");
        assertError(http.post("/api/assess?lang=es", "{\"ids\":[\"status_quo\"],\"extra\":1}", "application/json"), 400, "campo desconocido 'extra'");
        assertError(http.post("/api/assess?lang=es", "{\"ids\":[\"strikes_without_consent\"],\"weeks\":10}", "application/json"), 400,
                "la comparación empieza en la semana 520 (2021-12-19)");
        assertError(http.post("/api/assess?lang=es", "{", "application/json"), 400, "no es JSON válido");
        assertError(http.get("/api/jobs/none?lang=es"), 404, "no hay ningún trabajo");
        // every Spanish error above is free of English
        for (String path : List.of("/api/catalog/nope?lang=es", "/api/nothing-here?lang=es", "/api/law?lang=es&kind=x")) {
            assertThat(EnglishLeaks.in(Http.json(http.get(path)).get("error").asText())).as(path).isEmpty();
        }
    }
}
