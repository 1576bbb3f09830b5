package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartellab.app.web.WebApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.Metric;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CohortLeverEvaluator;
import org.cartellab.policy.Combination;
import org.cartellab.policy.CourseOfAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Courses of action in the simulator: for every course of the bundled catalog (iterated, so courses added later are
 * covered) and for a combination, {@code /api/simulate.csv?coa=ID} from the 2022 start gives exactly {@code compare}'s
 * central members, weekly casualties, cumulative casualties and cumulative incapacitations at 1, 5 and 10 years; the
 * JSON agrees; bands for a course (leadership removal and cooperation changes included) come back; bad input is 4xx.
 */
class CourseInSimulatorTest {
    static final Catalog CATALOG = Catalog.bundled();
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = new WebServer(WebSettings.DEFAULTS, CatalogProvider.of(CATALOG.all()), new CatalogComparison(CATALOG));
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() { server.stop(); }

    /** compare's runs (network metrics; the cohort engine's sentence outcomes are reported apart and are not needed here). */
    static Comparison compare(List<CourseOfAction> courses) {
        return ComparisonRunner.reference(ComparisonOptions.defaults().withCohort(CohortLeverEvaluator.NONE)).compare(courses);
    }

    @Test
    void everyCatalogCourseEqualsCompareAtOneFiveAndTenYears() {
        List<CourseOfAction> all = CATALOG.all();
        List<CourseOfAction> courses = new ArrayList<>(all);
        CourseOfAction combo = Combination.of(List.of(all.get(1), all.get(all.size() - 1)));
        courses.add(combo);
        Comparison c = compare(courses);
        assertThat(c.results()).hasSize(all.size() + 1);
        for (CoaResult r : c.results()) {
            HttpResponse<String> csv = http.get("/api/simulate.csv?coa=" + URLEncoder.encode(r.id(), StandardCharsets.UTF_8));
            assertThat(csv.statusCode()).as(r.id() + ": " + csv.body()).isEqualTo(200);
            String[] lines = csv.body().split("\n");
            List<String> header = List.of(lines[0].split(","));
            assertThat(lines).hasSize(1 + 1041);
            for (int y : List.of(1, 5, 10)) {
                int week = 520 + 52 * y;
                String[] row = lines[1 + week].split(",", -1);
                assertThat(row[0]).isEqualTo(String.valueOf(week));
                String what = r.id() + " at " + y + " years";
                assertThat(value(row, header, "members")).as(what).isEqualTo(r.band(y, Metric.MEMBERS).central());
                assertThat(value(row, header, "deaths")).as(what).isEqualTo(r.band(y, Metric.WEEKLY_CASUALTIES).central());
                assertThat(value(row, header, "cum_deaths_from_start")).as(what).isEqualTo(r.band(y, Metric.CUMULATIVE_CASUALTIES).central());
                assertThat(value(row, header, "cum_incapacitations_from_start")).as(what).isEqualTo(r.band(y, Metric.CUMULATIVE_INCAPACITATIONS).central());
                assertThat(value(row, header, "sq_members")).as(what).isEqualTo(r.band(y, Metric.MEMBERS).statusQuo());
            }
        }
        // the page's JSON is the same run, rounded to 0.01
        CoaResult first = c.results().get(1);
        JsonNode j = Http.json(http.get("/api/simulate?coa=" + first.id()));
        assertThat(j.get("coa").asText()).isEqualTo(first.id());
        assertThat(j.get("from").asInt()).isEqualTo(520);
        assertThat(j.at("/scenario/members/780").asDouble()).isEqualTo(Math.round(first.band(5, Metric.MEMBERS).central() * 100) / 100.0);
        assertThat(j.get("yaml").isNull()).isTrue();
    }

    private static double value(String[] row, List<String> header, String column) {
        return Double.parseDouble(row[header.indexOf(column)]);
    }

    @Test
    void bandsForEveryKindOfLeverComeFromTheCoreRunner() throws InterruptedException {
        // strikes without consent: leadership removal, a cooperation change and an incapacitation multiplier
        HttpResponse<String> r = http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":4,\"seed\":2,\"query\":{\"coa\":\"strikes_without_consent\"}}", "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode done = JobAndCatalogApiTest.await(http, Http.json(r).get("id").asText());
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
        JsonNode res = done.get("result");
        assertThat(res.get("distribution").asText()).contains("posterior");
        assertThat(res.get("meaning").asText()).contains("posterior predictive").contains("not a forecast");
        assertThat(res.at("/scenario/deaths/p50")).hasSize(1041);
        assertThat(res.at("/scenario/deaths/p50/600").asDouble()).isGreaterThan(res.at("/status_quo/deaths/p50/600").asDouble());
        HttpResponse<String> hand = http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":3,\"query\":{\"weeks\":600,\"leadership_targets\":3,\"cooperation\":-0.4}}", "application/json");
        assertThat(hand.statusCode()).as(hand.body()).isEqualTo(202);
        assertThat(JobAndCatalogApiTest.await(http, Http.json(hand).get("id").asText()).get("state").asText()).isEqualTo("done");
    }

    @Test
    void courseQueriesAreCheckedWhereTheyEnter() {
        assertError(http.get("/api/simulate?coa=nope"), 404, "unknown course of action 'nope'");
        assertError(http.get("/api/simulate?coa=status_quo&recruitment=0.5"), 400, "a course of action sets the levers");
        assertError(http.get("/api/simulate?coa_values=1"), 400, "'coa_values': belongs to a course of action");
        assertError(http.get("/api/simulate?coa=us_demand_reduction&coa_values=1,1,1,1,1,1,1,1,1"), 400, "'coa_values'");
        assertError(http.get("/api/simulate?coa=us_demand_reduction&coa_values=abc"), 400, "'coa_values': expected a number");
        assertError(http.get("/api/simulate?coa=us_demand_reduction%2Bus_demand_reduction"), 400, "given twice");
        assertError(http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":3,\"query\":{\"coa\":\"nope\"}}", "application/json"), 404, "nope");
        // a value replaced by position changes the run; the others stay central
        JsonNode central = Http.json(http.get("/api/simulate?coa=us_demand_reduction"));
        JsonNode changed = Http.json(http.get("/api/simulate?coa=us_demand_reduction&coa_values=0.9"));
        assertThat(changed.at("/scenario/members/1040").asDouble()).isNotEqualTo(central.at("/scenario/members/1040").asDouble());
        assertThat(Http.json(http.get("/api/presets")).get("courses")).hasSize(CATALOG.all().size());
    }
}
