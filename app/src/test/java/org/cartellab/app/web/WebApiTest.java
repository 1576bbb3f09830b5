package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cartellab.data.DataSet;
import org.cartellab.network.NetworkParameters;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint of the JSON API and every error path, against a real server on an ephemeral loopback port. */
class WebApiTest {
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = WebServer.withoutCatalog();
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() { server.stop(); }

    static void assertError(HttpResponse<String> r, int status, String containing) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode j = Http.json(r);
        assertThat(j.size()).isEqualTo(1);
        assertThat(j.get("error").asText()).contains(containing).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void health() {
        JsonNode j = Http.json(http.get("/api/health"));
        assertThat(j.get("status").asText()).isEqualTo("ok");
        assertThat(j.get("catalog").asBoolean()).isFalse();
        assertThat(j.get("comparison").asBoolean()).isFalse();
    }

    @Test
    void parametersGiveDefaultsBoundsAndSourcesForEveryNetworkParameter() {
        JsonNode j = Http.json(http.get("/api/parameters"));
        assertThat(j.get("parameters")).hasSize(NetworkParameters.NAMES.size());
        for (JsonNode p : j.get("parameters")) {
            String name = p.get("name").asText();
            assertThat(p.get("value").asDouble()).isEqualTo(NetworkParameters.REFERENCE.get(name));
            assertThat(p.get("low").asDouble()).isLessThanOrEqualTo(p.get("value").asDouble());
            assertThat(p.get("high").asDouble()).isGreaterThanOrEqualTo(p.get("value").asDouble());
            assertThat(p.get("source").asText()).contains("Science 381:1312");
            assertThat(p.get("unit").asText()).isNotBlank();
        }
        assertThat(j.get("levers")).isNotEmpty();
        for (JsonNode l : j.get("levers")) {
            assertThat(l.get("min").asDouble()).isLessThanOrEqualTo(l.get("neutral").asDouble());
            assertThat(l.get("max").asDouble()).isGreaterThanOrEqualTo(l.get("neutral").asDouble());
            assertThat(l.get("label").asText()).isNotBlank();
        }
        assertThat(j.at("/limits/max_weeks").asInt()).isEqualTo(2080);
    }

    @Test
    void simulateByQueryRunsScenarioBesideStatusQuo() {
        JsonNode j = Http.json(http.get("/api/simulate?weeks=1040&from=520&recruitment=0.5"));
        assertThat(j.get("weeks").asInt()).isEqualTo(1040);
        JsonNode s = j.get("scenario");
        JsonNode q = j.get("status_quo");
        assertThat(s.get("members")).hasSize(1041);
        assertThat(q.get("members")).hasSize(1041);
        // identical until the lever starts, then halving recruitment leaves fewer members
        assertThat(s.get("members").get(520).asDouble()).isEqualTo(q.get("members").get(520).asDouble());
        assertThat(s.get("members").get(1040).asDouble()).isLessThan(q.get("members").get(1040).asDouble() * 0.95);
        // week 0 starts from the paper's 115,000 members
        assertThat(q.get("members").get(0).asDouble()).isEqualTo(115_000.0);
        assertThat(j.get("yaml").asText()).contains("recruitment: 0.5").contains("week: 520");
    }

    @Test
    void statusQuoReproducesThePublishedGrowthTo2022() {
        JsonNode q = Http.json(http.get("/api/simulate?weeks=520")).get("status_quo");
        // DESIGN.md: 160,000-185,000 members by 2022
        assertThat(q.get("members").get(520).asDouble()).isBetween(160_000.0, 185_000.0);
    }

    @Test
    void simulateByPostAcceptsYamlAndJson() {
        String yaml = "model: network\nweeks: 600\ninterventions:\n  - week: 520\n    multiply: {incapacitation: 2}\n";
        JsonNode a = Http.json(http.post("/api/simulate", yaml, "application/yaml"));
        assertThat(a.at("/scenario/members")).hasSize(601);
        String json = "{\"model\": \"network\", \"weeks\": 600, \"interventions\": [{\"week\": 520, \"multiply\": {\"incapacitation\": 2}}]}";
        JsonNode b = Http.json(http.post("/api/simulate", json, "application/json"));
        assertThat(b.get("scenario")).isEqualTo(a.get("scenario"));
        assertThat(a.at("/scenario/incapacitations").get(600).asDouble()).isEqualTo(220.0);
        assertThat(a.at("/status_quo/incapacitations").get(600).asDouble()).isEqualTo(110.0);
    }

    @Test
    void scenarioErrorsNameLineAndField() {
        assertError(http.post("/api/simulate", "model: network\nweeks: 100\nparameters:\n  recruitmnt: 1\n", "application/yaml"),
                400, "line 4, field 'parameters.recruitmnt'");
        assertError(http.post("/api/simulate", "model: network\nweeks: 3000\n", "application/yaml"), 400, "at most 2080");
        assertError(http.post("/api/simulate", "model: cohort\nweeks: 100\n", "application/yaml"), 400, "network model only");
        assertError(http.post("/api/simulate", "", "application/yaml"), 400, "empty");
        assertError(http.post("/api/simulate", "model: [network", "application/yaml"), 400, "not valid YAML");
    }

    @Test
    void queryErrorsNameTheParameter() {
        assertError(http.get("/api/simulate?recruitment=abc"), 400, "'recruitment': expected a number");
        assertError(http.get("/api/simulate?recruitment=9"), 400, "from 0.0 to 2.0");
        assertError(http.get("/api/simulate?weeks=5000"), 400, "'weeks'");
        assertError(http.get("/api/simulate?weeks=100&from=200"), 400, "'from'");
        assertError(http.get("/api/simulate?bogus=1"), 400, "'bogus': unknown");
        assertError(http.get("/api/simulate?weeks=10&weeks=20"), 400, "given 2 times");
        assertError(http.get("/api/simulate.csv?conflict=-1"), 400, "'conflict'");
        assertError(http.get("/api/scenario.yaml?saturation=x"), 400, "'saturation'");
    }

    @Test
    void extinctionIsNotTroubleAndACollapseIsReported() {
        // explosive growth with no saturation drives weak organisations to extinction (issue 10): that used to be
        // reported as a negative population (422); now they leave the model and the run completes
        HttpResponse<String> grown = http.get("/api/simulate?weeks=2080&conflict=3&saturation=0&recruitment=2");
        assertThat(grown.statusCode()).isEqualTo(200);
        JsonNode collapsed = Http.json(http.get("/api/simulate?weeks=2080&from=520&recruitment=0")).get("scenario");
        assertThat(collapsed.get("collapse_week").asDouble()).isBetween(520.0, 2080.0);
        assertThat(collapsed.get("members").get(2080).asDouble()).isZero();
    }

    @Test
    void bodiesOverTheLimitAreRefused() {
        String big = "# " + "x".repeat(70 * 1024) + "\nmodel: network\n";
        assertError(http.post("/api/simulate", big, "application/yaml"), 413, "larger than 65536 bytes");
        assertError(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}", "application/json"), 413, "larger than");
    }

    @Test
    void notUtf8IsRefused() {
        var r = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/simulate"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 109, (byte) 111, (byte) 0xff, (byte) 0xfe})).build());
        assertError(r, 400, "not UTF-8");
    }

    @Test
    void csvHasOneRowPerWeekWithBothRuns() {
        HttpResponse<String> r = http.get("/api/simulate.csv?weeks=104&from=52&conflict=2");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = r.body().split("\n");
        assertThat(lines[0]).isEqualTo(SeriesCsv.HEADER);
        assertThat(lines).hasSize(1 + 105);
        assertThat(lines[1]).startsWith("0,2012-01-01,");
        assertThat(Double.parseDouble(lines[1].split(",")[2])).isCloseTo(115_000.0, org.assertj.core.api.Assertions.within(1e-6));
        String[] last = lines[105].split(",");
        assertThat(last[0]).isEqualTo("104");
        // deaths with conflict doubled exceed the status quo's
        assertThat(Double.parseDouble(last[3])).isGreaterThan(Double.parseDouble(last[8]));
        HttpResponse<String> p = http.post("/api/simulate.csv", "model: network\nweeks: 10\n", "application/yaml");
        assertThat(p.body().split("\n")).hasSize(12);
    }

    @Test
    void yamlDownloadParsesBackToTheSameScenario() {
        HttpResponse<String> r = http.get("/api/scenario.yaml?weeks=900&from=600&recruitment=0.55&incapacitation=1.5&name=My%20%22test%22%20%C3%B1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("scenario.yaml");
        Scenario s = ScenarioParser.parse("download", r.body());
        assertThat(s.name()).isEqualTo("My \"test\" ñ");
        assertThat(s.weeks()).isEqualTo(900);
        assertThat(s.interventions()).hasSize(1);
        assertThat(s.interventions().get(0).week()).isEqualTo(600);
        assertThat(s.interventions().get(0).values()).isEqualTo(Map.of("recruitment", 0.55, "incapacitation", 1.5));
        HttpResponse<String> p = http.post("/api/scenario.yaml", "{\"model\":\"network\",\"weeks\":50,\"parameters\":{\"conflict\":1.6e-8}}", "application/json");
        Scenario back = ScenarioParser.parse("download", p.body());
        assertThat(back.parameters()).isEqualTo(Map.of("conflict", 1.6e-8));
    }

    @Test
    void validationShowsThePublishedCalibrationAgainstInegiAfter2021() {
        JsonNode j = Http.json(http.get("/api/validation"));
        assertThat(j.at("/published/years")).hasSize(3);
        assertThat(j.at("/published/years/0/year").asInt()).isEqualTo(2022);
        assertThat(j.at("/published/years/2/homicides").asDouble()).isEqualTo(33_550);
        assertThat(j.at("/published/metrics/bias").asDouble()).isPositive(); // the model over-predicts
        assertThat(j.get("band_noise").asText()).contains("residual noise");
    }

    @Test
    void dataListsEveryBundledSetWithCitationAndTheNetworkCaveats() {
        JsonNode j = Http.json(http.get("/api/data"));
        assertThat(j.get("datasets")).hasSize(DataSet.values().length);
        for (JsonNode d : j.get("datasets")) assertThat(d.get("citation").asText()).isNotBlank();
        assertThat(j.at("/network/organisations").asInt()).isEqualTo(150);
        assertThat(j.at("/network/person_labelled_replaced").asInt()).isEqualTo(35);
        assertThat(j.at("/network/non_cartel_organisations").toString()).contains("UPOEG").contains("ERPI");
    }

    @Test
    void catalogAndCompareAnswer503WithoutACatalog() {
        assertError(http.get("/api/catalog"), 503, "catalog not available in this build");
        assertError(http.get("/api/catalog/anything"), 503, "catalog not available in this build");
        assertError(http.post("/api/compare", "{\"ids\":[\"a\"]}", "application/json"), 503, "comparison not available in this build");
    }

    @Test
    void unknownRoutesAndMethodsAreJsonErrors() {
        assertError(http.get("/api/nothing-here"), 404, "no such resource");
        assertError(http.post("/api/health", "{}", "application/json"), 405, "not allowed");
    }

    @Test
    void pagesAndVendoredLibraryAreServed() {
        for (String page : new String[] {"/", "/compare.html", "/sources.html"}) {
            HttpResponse<String> r = http.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).contains("<html lang=").contains("<main id=\"main\"").doesNotContain("http://").doesNotContain("https://");
        }
        assertThat(http.get("/").body()).contains("src=\"vendor/echarts/echarts.min.js\"");
        assertThat(http.get("/vendor/echarts/echarts.min.js").body()).contains("Apache");
        assertThat(http.get("/").headers().firstValue("Content-Security-Policy")).hasValue(WebServer.CSP);
        assertThat(http.get("/api/health").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void openApiListsEveryRoute() {
        JsonNode doc = Http.json(http.get("/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (Route r : server.routes()) {
            assertThat(doc.at("/paths").has(r.path())).as("path %s in openapi.json", r.path()).isTrue();
            assertThat(doc.at("/paths").get(r.path()).has(r.method())).as("%s %s in openapi.json", r.method(), r.path()).isTrue();
        }
        // and nothing documented that the server does not answer
        int documented = 0;
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
            String p = it.next();
            for (Iterator<String> m = doc.get("paths").get(p).fieldNames(); m.hasNext(); ) {
                String method = m.next();
                documented++;
                assertThat(server.routes()).as("%s %s", method, p).contains(new Route(method, p));
            }
        }
        assertThat(documented).isEqualTo(server.routes().size());
    }

    @Test
    void policyLeverErrorsNameTheParameter() {
        assertError(http.get("/api/simulate?leadership_targets=11"), 400, "'leadership_targets': expected a whole number from 0 to 10");
        assertError(http.get("/api/simulate?leadership_targets=1.5"), 400, "'leadership_targets': expected a whole number");
        assertError(http.get("/api/simulate?leadership_targets=-1"), 400, "'leadership_targets'");
        assertError(http.get("/api/simulate?leadership_targets=2&factions=1"), 400, "'factions': expected a whole number from 2 to 5");
        assertError(http.get("/api/simulate?factions=6"), 400, "'factions'");
        assertError(http.get("/api/simulate?cooperation=-1.5"), 400, "'cooperation': expected a number from -1.0 to 0.5");
        assertError(http.get("/api/simulate?cooperation=0.6"), 400, "'cooperation'");
        assertError(http.get("/api/simulate?cooperation=NaN"), 400, "'cooperation'");
        assertError(http.get("/api/simulate?cooperation=lots"), 400, "'cooperation': expected a number");
        assertError(http.get("/api/simulate?recovery_weeks=-4"), 400, "'recovery_weeks'");
        assertError(http.get("/api/simulate?recovery_weeks=2000"), 400, "'recovery_weeks': expected a whole number from 0 to 1040");
        assertError(http.get("/api/simulate?sentence=0.1"), 400, "'sentence': expected a number from 0.25 to 3.0");
        assertError(http.get("/api/simulate.csv?sentence=9"), 400, "'sentence'");
        assertError(http.get("/api/simulate?cooperation=-0.5&cooperation=-0.2"), 400, "given 2 times");
        // the v1 scenario file cannot express them: no silently different download
        assertError(http.get("/api/scenario.yaml?leadership_targets=2"), 400, "cannot express");
        assertError(http.get("/api/scenario.yaml?cooperation=-0.5"), 400, "cannot express");
    }

    @Test
    void leadershipRemovalRaisesCasualtiesAndSentenceScalesOnlyPrisonYears() {
        JsonNode j = Http.json(http.get("/api/simulate?weeks=700&from=520&leadership_targets=3&factions=3&sentence=2"));
        JsonNode s = j.get("scenario");
        JsonNode q = j.get("status_quo");
        assertThat(s.at("/deaths/521").asDouble()).isGreaterThan(q.at("/deaths/521").asDouble() * 1.05);
        assertThat(s.at("/deaths/519").asDouble()).isEqualTo(q.at("/deaths/519").asDouble());
        assertThat(j.get("yaml").isNull()).isTrue();
        assertThat(j.get("yaml_note").asText()).contains("cannot express");
        double mean = j.at("/prison_years/mean_sentence_years").asDouble();
        assertThat(mean).isBetween(1.0, 40.0);
        assertThat(j.at("/prison_years/note").asText()).contains("outside the network model");
        // alpha applies from the levers' start; incapacitations (eta) are the same in both runs, so prison-years differ by alpha = 2
        assertThat(s.at("/prison_years/100").asDouble()).isEqualTo(q.at("/prison_years/100").asDouble());
        assertThat(s.at("/incapacitations/600").asDouble()).isCloseTo(q.at("/incapacitations/600").asDouble(), org.assertj.core.api.Assertions.within(0.01));
        assertThat(s.at("/prison_years/600").asDouble()).isCloseTo(2 * q.at("/prison_years/600").asDouble(), org.assertj.core.api.Assertions.within(0.05));
        assertThat(q.at("/prison_years/100").asDouble()).isCloseTo(q.at("/incapacitations/100").asDouble() * mean, org.assertj.core.api.Assertions.within(0.05));
        // sentence alone changes no network number and keeps the scenario file
        JsonNode a = Http.json(http.get("/api/simulate?weeks=700&sentence=3"));
        assertThat(a.at("/scenario/members")).isEqualTo(a.at("/status_quo/members"));
        assertThat(a.get("yaml").isTextual()).isTrue();
        // the lever metadata the page builds its form from, by rank only
        JsonNode levers = Http.json(http.get("/api/parameters")).get("levers");
        List<String> ids = new ArrayList<>();
        levers.forEach(l -> ids.add(l.get("id").asText()));
        assertThat(ids).contains("leadership_targets", "factions", "cooperation", "recovery_weeks", "sentence");
        levers.forEach(l -> {
            if (l.get("id").asText().equals("leadership_targets")) assertThat(l.get("help").asText()).contains("never by name or person").contains("not an operation");
            if (l.get("id").asText().equals("sentence")) assertThat(l.get("help").asText()).contains("does not feed back");
        });
        // the CSV carries the prison-years estimate for both runs
        String[] lines = http.get("/api/simulate.csv?weeks=60&from=10&cooperation=-0.5&recovery_weeks=0").body().split("\n");
        assertThat(lines[0]).contains(",prison_years,sq_prison_years,").endsWith(",sq_cum_incapacitations_from_start");
        String[] last = lines[61].split(",");
        assertThat(Double.parseDouble(last[5])).isLessThan(Double.parseDouble(last[10])); // fewer incapacitations with less cooperation
    }
}
