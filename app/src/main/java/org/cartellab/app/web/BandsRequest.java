package org.cartellab.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;

/**
 * A POST /api/jobs body, parsed once: {@code kind} "ensemble", {@code runs} (2 to the server's limit), {@code seed},
 * and exactly one of {@code query} (the simulator's query fields, {@link SimulateRequest}) or {@code scenario} (a
 * scenario file as text or object). Every problem is an {@link ApiException} 400 naming the field.
 */
record BandsRequest(int runs, long seed, SimulateRequest query, Scenario scenario) {
    static BandsRequest parse(JsonNode body, WebSettings settings) {
        Requests.onlyFields(body, java.util.Set.of("kind", "runs", "seed", "scenario", "query"));
        String kind = body.path("kind").asText("");
        if (!kind.equals("ensemble")) throw ApiException.badRequest("kind: expected 'ensemble', found '" + kind + "'");
        int runs = Requests.intField(body, "runs", 50, 2, settings.maxEnsembleRuns());
        long seed = Requests.longField(body, "seed", 1);
        JsonNode scenario = body.get("scenario");
        JsonNode query = body.get("query");
        if ((scenario == null) == (query == null)) {
            throw ApiException.badRequest("expected exactly one of 'scenario' (YAML/JSON text or object) or 'query' (simulator query fields)");
        }
        if (scenario != null) {
            String text = scenario.isTextual() ? scenario.asText() : scenario.toString();
            Scenario s = ScenarioParser.parse("scenario", text);
            SimulationService.checkRunnable(s, settings.maxWeeks());
            return new BandsRequest(runs, seed, null, s);
        }
        if (!query.isObject()) throw ApiException.badRequest("query: expected an object such as {\"weeks\": 1040, \"recruitment\": 0.5}");
        Map<String, List<String>> q = new LinkedHashMap<>();
        query.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw ApiException.badRequest("query." + e.getKey() + ": expected a number or text, found " + e.getValue());
            }
            // wrong types refused, never coerced: name and coa are text, coa_values text or a number, the rest JSON numbers
            boolean text = e.getKey().equals("name") || e.getKey().equals("coa");
            if ((text && !e.getValue().isTextual()) || (!text && !e.getKey().equals("coa_values") && e.getValue().isTextual())) {
                throw ApiException.badRequest("query." + e.getKey() + ": expected " + (text ? "text" : "a JSON number") + ", found " + e.getValue());
            }
            q.put(e.getKey(), List.of(e.getValue().asText()));
        });
        return new BandsRequest(runs, seed, SimulateRequest.parse(q, settings.maxWeeks()), null);
    }
}
