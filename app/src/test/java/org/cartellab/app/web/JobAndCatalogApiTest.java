package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartellab.app.web.WebApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The job mechanism (ensemble bands, limits, a full queue) and the catalog/compare endpoints with a bound provider. */
class JobAndCatalogApiTest {
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        CatalogProvider catalog = Fixtures.catalog();
        // one job thread and no queue, so a second job while one runs is refused
        server = new WebServer(new WebSettings(64 * 1024, 2080, 200, 1, 0, 8), catalog, Fixtures.comparison(catalog));
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() { server.stop(); }

    static JsonNode await(String id) throws InterruptedException { return await(http, id); }

    static JsonNode await(Http http, String id) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode j = Http.json(http.get("/api/jobs/" + id));
            String state = j.get("state").asText();
            assertThat(j.get("done").asInt()).isBetween(0, j.get("total").asInt());
            if (state.equals("done") || state.equals("failed")) return j;
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not finish in 60 s");
    }

    @Test
    void ensembleJobGivesOrderedBandsForScenarioAndStatusQuo() throws InterruptedException {
        HttpResponse<String> r = http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":12,\"seed\":3,\"query\":{\"weeks\":600,\"from\":520,\"recruitment\":0.5}}", "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String id = Http.json(r).get("id").asText();
        assertThat(r.headers().firstValue("Location")).hasValue("/api/jobs/" + id);
        JsonNode done = await(id);
        assertThat(done.get("state").asText()).isEqualTo("done");
        assertThat(done.get("done").asInt()).isEqualTo(12);
        JsonNode res = done.get("result");
        assertThat(res.get("runs").asInt()).isEqualTo(12);
        for (String run : new String[] {"scenario", "status_quo"}) {
            for (String series : new String[] {"members", "deaths", "incapacitations"}) {
                JsonNode b = res.at("/" + run + "/" + series);
                assertThat(b.get("p50")).hasSize(601);
                for (int w = 0; w <= 600; w += 50) {
                    assertThat(b.get("p05").get(w).asDouble()).isLessThanOrEqualTo(b.get("p50").get(w).asDouble());
                    assertThat(b.get("p50").get(w).asDouble()).isLessThanOrEqualTo(b.get("p95").get(w).asDouble());
                }
            }
        }
        // the posterior spreads C0 over its bounds, so week 0 has a real spread
        assertThat(res.at("/status_quo/members/p95").get(0).asDouble()).isGreaterThan(res.at("/status_quo/members/p05").get(0).asDouble());
        assertThat(res.at("/scenario/members/p50").get(600).asDouble()).isLessThan(res.at("/status_quo/members/p50").get(600).asDouble());
        // same seed, same answer
        String again = Http.json(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":12,\"seed\":3,\"query\":{\"weeks\":600,\"from\":520,\"recruitment\":0.5}}", "application/json")).get("id").asText();
        assertThat(await(again).get("result")).isEqualTo(res);
    }

    @Test
    void jobInputErrors() throws InterruptedException {
        assertError(http.post("/api/jobs", "{\"kind\":\"mystery\"}", "application/json"), 400, "kind: expected 'ensemble'");
        assertError(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":201,\"query\":{}}", "application/json"), 400, "runs: expected a whole number from 2 to 200");
        assertError(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":1.5,\"query\":{}}", "application/json"), 400, "runs: expected a whole number");
        assertError(http.post("/api/jobs", "{\"kind\":\"ensemble\"}", "application/json"), 400, "exactly one of 'scenario'");
        assertError(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"query\":{\"weeks\":99999}}", "application/json"), 400, "'weeks'");
        assertError(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"scenario\":\"model: network\\nweeks: 10\\nseeed: 1\\n\"}", "application/json"), 400, "line 3, field 'seeed'");
        assertError(http.post("/api/jobs", "{\"kind\":", "application/json"), 400, "not valid JSON");
        assertError(http.post("/api/jobs", "[1,2]", "application/json"), 400, "expected a JSON object");
        assertError(http.get("/api/jobs/does-not-exist"), 404, "no job with id");
    }

    @Test
    void aScenarioObjectIsAccepted() throws InterruptedException {
        HttpResponse<String> r = http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":2,\"scenario\":{\"model\":\"network\",\"weeks\":20}}", "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(await(Http.json(r).get("id").asText()).at("/result/scenario/members/p50")).hasSize(21);
    }

    @Test
    void aFullQueueRefusesWith503() throws InterruptedException {
        String big = "{\"kind\":\"ensemble\",\"runs\":200,\"query\":{\"weeks\":2080}}";
        HttpResponse<String> first = http.post("/api/jobs", big, "application/json");
        if (first.statusCode() == 503) first = retry(big); // another test's job may still hold the only thread
        assertThat(first.statusCode()).isEqualTo(202);
        assertError(http.post("/api/jobs", big, "application/json"), 503, "try again");
        await(Http.json(first).get("id").asText());
    }

    private static HttpResponse<String> retry(String body) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Thread.sleep(100);
            HttpResponse<String> r = http.post("/api/jobs", body, "application/json");
            if (r.statusCode() != 503) return r;
        }
        throw new AssertionError("job thread never became free");
    }

    @Test
    void catalogAndCompareWithABoundProvider() {
        JsonNode all = Http.json(http.get("/api/catalog"));
        assertThat(all.get("courses")).hasSize(2);
        assertThat(all.at("/courses/1/levers/0/lever").asText()).isEqualTo("RECRUITMENT");
        assertThat(Http.json(http.get("/api/catalog/fixture_recruitment")).get("title").asText()).contains(Fixtures.MARK);
        assertError(http.get("/api/catalog/nope"), 404, "unknown course of action 'nope'");
        JsonNode table = Http.json(http.post("/api/compare", "{\"ids\":[\"fixture_status_quo\",\"fixture_recruitment\"],\"weeks\":1040}", "application/json"));
        assertThat(table.get("rows")).hasSize(2);
        double sq = table.at("/rows/0/values/members_end/central").asDouble();
        double lower = table.at("/rows/1/values/members_end/central").asDouble();
        assertThat(lower).isLessThan(sq);
        assertError(http.post("/api/compare", "{}", "application/json"), 400, "ids: expected a non-empty list");
        assertError(http.post("/api/compare", "{\"ids\":[1]}", "application/json"), 400, "expected text ids");
        assertError(http.post("/api/compare", "{\"ids\":[\"x\"],\"weeks\":0}", "application/json"), 400, "weeks");
        assertError(http.post("/api/compare", "{\"ids\":[\"x\"]}", "application/json"), 404, "unknown course of action 'x'");
    }
}
