package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.policy.Catalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbench routes on the bundled catalog: bibliography, lever evidence, about, the compare assessment and its errors. */
class WorkbenchApiTest {
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

    @Test
    void theBibliographyHasEveryLedgerSourceWithItsAnchorAndLink() {
        JsonNode sources = Http.json(http.get("/api/sources")).get("sources");
        assertThat(sources.size()).isEqualTo(EvidenceCatalog.bundled().size());
        JsonNode calderon = null;
        for (JsonNode s : sources) if (s.get("id").asText().equals("calderon2015")) calderon = s;
        assertThat(calderon).isNotNull();
        assertThat(calderon.get("anchor").asText()).isEqualTo("src-calderon2015");
        assertThat(calderon.get("year").asInt()).isEqualTo(2015);
        assertThat(calderon.get("url").asText()).startsWith("https://doi.org/10.");
        boolean seedWithGrade = false;
        for (JsonNode s : sources) if (s.get("seed").asBoolean() && s.get("reliability").has("grade")) seedWithGrade = true;
        assertThat(seedWithGrade).as("seed articles carry their reliability grade").isTrue();
    }

    @Test
    void leverEvidenceAndAboutComeFromCore() {
        JsonNode levers = Http.json(http.get("/api/evidence/levers")).get("levers");
        assertThat(levers.get("recruitment").get("studies").size()).isGreaterThan(0);
        assertThat(levers.get("recruitment").get("size").asText()).isIn("sourced", "analogue", "judgment");
        JsonNode about = Http.json(http.get("/api/about"));
        assertThat(about.get("law_reviewed").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(about.get("data").size()).isGreaterThan(3);
    }

    @Test
    void theAssessmentAddsTheStatusQuoRanksEveryCourseAndGivesChangesAgainstIt() {
        HttpResponse<String> r = http.post("/api/assess", "{\"ids\": [\"financial_sanctions\", \"strikes_without_consent\"], \"weeks\": 780}", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode a = Http.json(r);
        assertThat(a.get("years").asInt()).isEqualTo(5);
        assertThat(a.get("rows").size()).isEqualTo(3);
        assertThat(a.get("rows").get(0).get("id").asText()).isEqualTo("status_quo");
        Set<Integer> ranks = new HashSet<>();
        for (JsonNode row : a.get("rows")) {
            ranks.add(row.get("rank").asInt());
            JsonNode m = row.get("values").get("members");
            double expected = 100 * (m.get("central").asDouble() - m.get("status_quo").asDouble()) / m.get("status_quo").asDouble();
            assertThat(m.get("change_pct").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(m.get("low").asDouble()).isLessThanOrEqualTo(m.get("central").asDouble());
            assertThat(m.get("high").asDouble()).isGreaterThanOrEqualTo(m.get("central").asDouble());
            assertThat(row.get("share_ranked_first").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(ranks).containsExactlyInAnyOrder(1, 2, 3);
        JsonNode sq = a.get("rows").get(0).get("values").get("members");
        assertThat(sq.get("change_pct").asDouble()).isZero();
    }

    @Test
    void badRequestsNameTheField() {
        HttpResponse<String> unknown = http.post("/api/assess", "{\"ids\": [\"no_such_course\"], \"weeks\": 1040}", "application/json");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknown).get("error").asText()).contains("ids: unknown course of action 'no_such_course'");
        HttpResponse<String> early = http.post("/api/assess", "{\"ids\": [\"financial_sanctions\"], \"weeks\": 530}", "application/json");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(Http.json(early).get("error").asText()).startsWith("weeks:");
        HttpResponse<String> members = http.post("/api/assess/ensemble", "{\"ids\": [\"financial_sanctions\"], \"weeks\": 1040, \"members\": 100000}", "application/json");
        assertThat(members.statusCode()).isEqualTo(400);
        assertThat(Http.json(members).get("error").asText()).contains("members");
        HttpResponse<String> job = http.post("/api/assess/ensemble", "{\"ids\": [\"financial_sanctions\"], \"weeks\": 780, \"members\": 4}", "application/json");
        assertThat(job.statusCode()).as(job.body()).isEqualTo(202);
        assertThat(Http.json(job).get("total").asInt()).isEqualTo(4);
        assertThat(bareHttp.post("/api/assess", "{\"ids\": [\"a\"], \"weeks\": 1040}", "application/json").statusCode()).isEqualTo(503);
    }
}
