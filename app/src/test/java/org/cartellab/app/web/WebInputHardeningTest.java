package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 10, kinds 2, 3 and 5 on the web: no input reaches a 500; JSON bodies are read strictly. */
class WebInputHardeningTest {
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        CatalogProvider catalog = Fixtures.catalog();
        server = new WebServer(new WebSettings(64 * 1024, 2080, 200, 1, 0, 8), catalog, Fixtures.comparison(catalog));
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() { server.stop(); }

    private static void bad(HttpResponse<String> r, int status, String containing) {
        WebApiTest.assertError(r, status, containing);
    }

    @Test
    void theSimulatorAnswersForTheSliderValuesItOffers() {
        HttpResponse<String> r = http.get("/api/simulate?weeks=2080&from=0&recruitment=2&saturation=0");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void chainedHugeMultipliersAreA400NotA500() {
        String yaml = "model: network\nweeks: 600\ninterventions:\n  - week: 10\n    multiply: {incapacitation: 1e308}\n"
                + "  - week: 20\n    multiply: {incapacitation: 1e308}\n";
        bad(http.post("/api/simulate", yaml, "application/yaml"), 400, "too large");
        bad(http.post("/api/simulate.csv", yaml, "application/yaml"), 400, "too large");
    }

    @Test
    void compareRefusesDuplicatesRepeatedFieldsWrongTypesAndUnknownFields() {
        bad(http.post("/api/compare", "{\"ids\":[\"fixture_status_quo\",\"fixture_status_quo\"]}", "application/json"), 400, "twice");
        bad(http.post("/api/compare", "{\"ids\":[\"fixture_status_quo\"],\"weeks\":1040,\"weeks\":600}", "application/json"), 400, "weeks");
        bad(http.post("/api/compare", "{\"ids\":[\"fixture_status_quo\"],\"seed\":\"abc\"}", "application/json"), 400, "seed");
        bad(http.post("/api/compare", "{\"ids\":[\"fixture_status_quo\"],\"seed\":1.5}", "application/json"), 400, "seed");
        bad(http.post("/api/compare", "{\"ids\":[\"fixture_status_quo\"],\"wekes\":600}", "application/json"), 400, "wekes");
        bad(http.post("/api/compare", "{\"ids\":[\"fixture_status_quo\"]} {}", "application/json"), 400, "JSON");
    }

    @Test
    void jobsRefuseWrongTypesAndUnknownFields() {
        bad(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":2,\"seed\":\"abc\",\"query\":{}}", "application/json"), 400, "seed");
        bad(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":2,\"colour\":1,\"query\":{}}", "application/json"), 400, "colour");
        bad(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":2,\"query\":{\"weeks\":[1]}}", "application/json"), 400, "query.weeks");
    }

    @Test
    void queryParametersGoThroughTheOneStrictReadingOnEveryEndpoint() {
        for (String v : new String[] {"1d", "0x10", "0o7", "NaN", "Infinity", "1_000", "%201", "1,5", "abc"}) {
            bad(http.get("/api/simulate?recruitment=" + v), 400, "recruitment");
            bad(http.get("/api/simulate.csv?weeks=" + v), 400, "weeks");
            bad(http.get("/api/scenario.yaml?cooperation=" + v), 400, "cooperation");
        }
        bad(http.get("/api/simulate?weeks=600&weeks=600"), 400, "given 2 times");
        bad(http.get("/api/law?jurisdiction=us&jurisdiction=mx"), 400, "given 2 times");
        bad(http.get("/api/health?x=1"), 400, "takes no query parameters");
        bad(http.get("/api/parameters?weeks=1"), 400, "takes no query parameters");
        bad(http.post("/api/compare?weeks=600", "{\"ids\":[\"fixture_status_quo\"]}", "application/json"), 400, "takes no query parameters");
        bad(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":2,\"query\":{\"recruitment\":\"0.5\"}}", "application/json"), 400, "query.recruitment");
        bad(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":2,\"query\":{\"weeks\":\"1d\"}}", "application/json"), 400, "query.weeks");
        assertThat(http.get("/api/simulate?weeks=600&recruitment=0.5&saturation=1e0").statusCode()).isEqualTo(200);
    }
}
