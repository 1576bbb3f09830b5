package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import org.cartellab.app.cli.Main;
import org.cartellab.policy.Catalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.cartellab.app.i18n.EnglishLeaks;
import java.util.ArrayList;
import java.util.List;

/**
 * GET /api/briefing on the bundled catalog, without a browser: the same JSON as {@code cartel-lab brief --format json}
 * (one computation), a combination read as the simulator reads it, a comparison from a repeated {@code coa}, Spanish
 * catalog texts with the same numbers, and one clear 400 for each kind of bad query.
 */
class BriefingApiTest {
    static WebServer server;
    static WebServer bare;
    static Http http;
    static Http bareHttp;

    @BeforeAll
    static void start() {
        server = Fixtures.bundledServer();
        http = new Http(server.start("127.0.0.1", 0));
        bare = WebServer.withoutCatalog();
        bareHttp = new Http(bare.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.stop();
        bare.stop();
    }

    static JsonNode cli(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(out, err).execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return Http.JSON.readTree(out.toString());
    }

    @Test
    void aCourseGivesExactlyWhatBriefPrints() throws Exception {
        HttpResponse<String> r = http.get("/api/briefing?coa=strikes_without_consent");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.headers().firstValue("Content-Language")).hasValue("en");
        JsonNode web = Http.JSON.readTree(r.body());
        JsonNode brief = cli("brief", "strikes_without_consent", "--format", "json");
        assertThat(web).as("the web's briefing is brief's, field for field").isEqualTo(brief);
        assertThat(web.get("kind").asText()).isEqualTo("course");
        JsonNode change = web.get("courses").get(0).get("changes").get(0);
        assertThat(change.get("change_pct").isNumber()).isTrue();
        assertThat(change.get("band_low_pct").asDouble()).isLessThanOrEqualTo(change.get("band_high_pct").asDouble());
        assertThat(web.get("courses").get(0).get("legal").size()).isGreaterThanOrEqualTo(3);
        assertThat(web.get("known_misses").size()).isPositive();
        assertThat(web.get("as_of").get("start_date").asText()).isEqualTo("2021-12-19");
        // the second request is served from the cache and is the same
        assertThat(Http.JSON.readTree(http.get("/api/briefing?coa=strikes_without_consent").body())).isEqualTo(web);
    }

    @Test
    void aCombinationIsReadAsTheSimulatorReadsItAndAComparisonFromRepeatedCoa() throws Exception {
        // an unencoded '+' arrives as a space, as with /api/simulate?coa=A+B
        JsonNode plus = Http.JSON.readTree(http.get("/api/briefing?coa=intelligence_sharing+financial_sanctions").body());
        JsonNode encoded = Http.JSON.readTree(http.get("/api/briefing?coa=intelligence_sharing%2Bfinancial_sanctions").body());
        assertThat(plus.get("kind").asText()).isEqualTo("combination");
        assertThat(plus.get("courses").get(0).get("parts")).hasSize(2);
        assertThat(encoded).isEqualTo(plus);
        HttpResponse<String> r = http.get("/api/briefing?coa=financial_sanctions&coa=strikes_without_consent&lang=en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode many = Http.JSON.readTree(r.body());
        assertThat(many.get("kind").asText()).isEqualTo("comparison");
        assertThat(many.get("courses")).hasSize(2);
        assertThat(many.get("courses").get(0).get("standing").get("of").asInt()).isEqualTo(3); // the status quo is added
        assertThat(many).isEqualTo(cli("brief", "financial_sanctions", "strikes_without_consent", "--format", "json"));
    }

    @Test
    void spanishGivesTheCatalogTextsInSpanishAndTheSameNumbers() throws Exception {
        JsonNode en = Http.JSON.readTree(http.get("/api/briefing?coa=strikes_without_consent&lang=en").body());
        HttpResponse<String> r = http.get("/api/briefing?coa=strikes_without_consent&lang=es");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode es = Http.JSON.readTree(r.body());
        assertThat(es.get("courses").get(0).get("title").asText()).isNotEqualTo(en.get("courses").get(0).get("title").asText());
        for (int i = 0; i < en.get("courses").get(0).get("changes").size(); i++) {
            JsonNode a = en.get("courses").get(0).get("changes").get(i);
            JsonNode b = es.get("courses").get(0).get("changes").get(i);
            for (String f : new String[] {"metric", "change_pct", "band_low_pct", "band_high_pct", "runs_agreeing", "runs"}) {
                assertThat(b.get(f)).as(f).isEqualTo(a.get(f));
            }
        }
        assertThat(r.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(es).as("the Spanish web briefing is brief --lang es's, field for field")
                .isEqualTo(cli("brief", "strikes_without_consent", "--format", "json", "--lang", "es"));
        List<String> texts = new ArrayList<>();
        collectTexts(es, texts);
        assertThat(EnglishLeaks.in(String.join("\n", texts))).as("English in the Spanish briefing's texts").isEmpty();
    }

    /** Every text value of a JSON tree that is prose; one-word values are codes ("members", "judgment"), English by contract. */
    private static void collectTexts(JsonNode n, List<String> out) {
        if (n.isTextual() && n.asText().strip().contains(" ")) out.add(n.asText());
        n.forEach(c -> collectTexts(c, out));
    }

    @Test
    void badQueriesAreOneClear400AndNoCatalogIs503() {
        String[][] cases = {
                {"", "'coa': required"},
                {"?coa=no_such_course", "unknown course of action 'no_such_course'; known ids: "},
                {"?coa=status_quo", "status quo"},
                {"?coa=financial_sanctions&coa=financial_sanctions", "given twice"},
                {"?coa=financial_sanctions%2Bfinancial_sanctions", "given twice"},
                {"?coa=financial_sanctions%2B", "joined by '+'"},
                {"?coa=", "'coa': empty value"},
                {"?coa=financial_sanctions&lang=fr", "'lang': expected one of en, es"},
                {"?coa=financial_sanctions&lang=en&lang=es", "'lang': given 2 times"},
                {"?coa=financial_sanctions&seed=2", "'seed': unknown"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = http.get("/api/briefing" + c[0]);
            assertThat(r.statusCode()).as(c[0] + ": " + r.body()).isEqualTo(400);
            assertThat(Http.json(r).get("error").asText()).as(c[0]).contains(c[1]);
        }
        HttpResponse<String> r = bareHttp.get("/api/briefing?coa=financial_sanctions");
        assertThat(r.statusCode()).isEqualTo(503);
    }
}
