package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartellab.app.web.WebApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.policy.CatalogLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The legal endpoints on the bundled catalog and knowledge base. */
class LawApiTest {
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = new WebServer(WebSettings.DEFAULTS, CatalogProvider.of(CatalogLoader.bundled().all()), ComparisonProvider.unavailable());
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() { server.stop(); }

    @Test
    void lawListsTheKnowledgeBaseWithItsAsOfDateAndFilters() {
        JsonNode all = Http.json(http.get("/api/law"));
        assertThat(all.get("as_of").asText()).isEqualTo("2026-11-29");
        assertThat(all.get("count").asInt()).isEqualTo(KnowledgeBase.bundled().size());
        JsonNode dead = Http.json(http.get("/api/law?status=struck_down"));
        assertThat(dead.get("entries")).extracting(e -> e.get("id").asText()).containsExactly("ieepa-tariffs");
        JsonNode course = Http.json(http.get("/api/law?course=covert_disruption&jurisdiction=INTERNATIONAL"));
        assertThat(course.get("entries")).extracting(e -> e.get("id").asText()).contains("customary-non-intervention");
    }

    @Test
    void pathwayShowsEveryJurisdictionAndTheConsentComparison() {
        JsonNode p = Http.json(http.get("/api/catalog/covert_disruption/pathway"));
        assertThat(p.get("as_of").asText()).isEqualTo("2026-11-29");
        JsonNode part = p.get("parts").get(0);
        assertThat(part.get("pathway").get("INTERNATIONAL").get("assessment").asText()).isEqualTo("prima facie unlawful");
        assertThat(part.get("other_consent_pathway").get("INTERNATIONAL").get("assessment").asText()).isEqualTo("clear");
        assertThat(part.get("consent_comparison")).hasSize(3);
        JsonNode fixed = Http.json(http.get("/api/catalog/strikes_with_consent/pathway")).get("parts").get(0);
        assertThat(fixed.get("pathway").get("INTERNATIONAL").get("assessment").asText()).isEqualTo("contested");
        assertThat(fixed.has("other_consent_pathway")).as("no variant contradicts the course").isFalse();
    }

    @Test
    void badInputIs4xx() {
        assertError(http.get("/api/law?kind=rumour"), 400, "kind: expected");
        assertError(http.get("/api/law?course=invade"), 400, "course: unknown course of action 'invade'");
        assertError(http.get("/api/law?colour=red"), 400, "query parameter 'colour': unknown");
        assertError(http.get("/api/catalog/invade/pathway"), 404, "no course of action with id 'invade'");
    }
}
