package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.app.cli.Main;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same courses give the same ranking answer on the terminal's files (matrix.json from {@code compare --out}) and on
 * the web ({@code POST /api/assess}): weight samples and seed from the core's one declaration, the same shares, the same
 * shared ranks and ties; and the web admits the whole catalog at once. A surface that drifts (its own sample count, its
 * own seed, its own rank rule) fails here.
 */
class SameAnswerEverywhereTest {
    static WebServer server;
    static Http http;
    static Catalog catalog;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        catalog = Catalog.bundled();
        server = Fixtures.bundledServer(catalog);
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() { server.stop(); }

    /** Courses with (near-)identical scores at the top of the bundled ranking, where over-precision showed. */
    static final List<String> IDS = List.of("precursor_diplomacy", "port_scanning", "recruitment_prevention", "us_demand_reduction");

    @Test
    void terminalFilesAndWebGiveTheSameSharesRanksAndTies() throws Exception {
        Path out = tmp.resolve("cli");
        List<String> args = new ArrayList<>(List.of("compare", "status_quo")); // the web adds the status quo first
        args.addAll(IDS);
        args.addAll(List.of("--years", "5", "--out", out.toString()));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        assertThat(cl.execute(args.toArray(String[]::new))).as(e.toString()).isZero();
        JsonNode cli = new ObjectMapper().readTree(Files.readString(out.resolve("matrix.json")));

        StringBuilder body = new StringBuilder("{\"ids\": [");
        for (int k = 0; k < IDS.size(); k++) body.append(k == 0 ? "" : ", ").append('"').append(IDS.get(k)).append('"');
        body.append("], \"weeks\": 780}");
        HttpResponse<String> r = http.post("/api/assess", body.toString(), "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode web = Http.json(r);

        assertThat(web.get("robustness").get("samples").asInt()).isEqualTo(ComparisonAssessment.DEFAULT_SAMPLES);
        assertThat(web.get("robustness").get("seed").asLong()).isEqualTo(ComparisonAssessment.DEFAULT_SEED);
        assertThat(web.get("rank_resolution").asDouble()).isEqualTo(cli.get("rank_resolution").asDouble()).isGreaterThan(0);
        Map<String, JsonNode> webRows = new HashMap<>();
        for (JsonNode row : web.get("rows")) webRows.put(row.get("id").asText(), row);
        assertThat(cli.get("rows").size()).isEqualTo(webRows.size()).isEqualTo(IDS.size() + 1);
        boolean anyTie = false;
        for (JsonNode c : cli.get("rows")) {
            String id = c.get("coa").asText();
            JsonNode w = webRows.get(id);
            assertThat(w).as(id).isNotNull();
            assertThat(w.get("rank").asInt()).as(id + " rank").isEqualTo(c.get("rank").asInt());
            assertThat(w.get("tied_with")).as(id + " ties").isEqualTo(c.get("tied_with"));
            assertThat(w.get("score").asDouble()).as(id + " score").isEqualTo(c.get("score").asDouble());
            assertThat(w.get("share_ranked_first").asDouble()).as(id + " share first").isEqualTo(c.get("share_ranked_first").asDouble());
            if (!c.get("share_above_status_quo").isNull()) {
                assertThat(w.get("share_above_status_quo").asDouble()).as(id + " above status quo").isEqualTo(c.get("share_above_status_quo").asDouble());
            }
            anyTie |= c.get("tied_with").size() > 0;
        }
        assertThat(anyTie).as("the near-equal top of the ranking is reported as a tie").isTrue();
        // identical model outputs and ratings => never two different ranks for precursor_diplomacy and the status quo
        assertThat(webRows.get("precursor_diplomacy").get("rank").asInt()).isEqualTo(webRows.get("status_quo").get("rank").asInt());
    }

    @Test
    void theWebAdmitsTheWholeCatalogAtOnceAndStillBoundsARequest() {
        List<String> all = catalog.all().stream().map(CourseOfAction::id).toList();
        int max = CatalogProvider.of(catalog.all()).maxCourses();
        assertThat(max).isGreaterThanOrEqualTo(all.size()).isLessThanOrEqualTo(ComparisonAssessment.MAX_COURSES_BOUND);
        ObjectMapper m = new ObjectMapper();
        var body = m.createObjectNode();
        var ids = body.putArray("ids");
        all.forEach(ids::add);
        assertThat(ComparisonRequest.parse(body, 2080, max).ids()).containsExactlyElementsOf(all);
        var tooMany = m.createObjectNode();
        var many = tooMany.putArray("ids");
        for (int k = 0; k <= max; k++) many.add("c" + k);
        HttpResponse<String> r = http.post("/api/assess", tooMany.toString(), "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("at most " + max);
        assertThat(ComparisonAssessment.maxCourses(1_000)).isEqualTo(ComparisonAssessment.MAX_COURSES_BOUND);
    }
}
