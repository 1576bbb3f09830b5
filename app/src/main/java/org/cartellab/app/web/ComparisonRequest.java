package org.cartellab.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What the comparison page asks for: courses of action by id, the horizon in weeks, and the seed for any draws. */
public record ComparisonRequest(List<String> ids, int weeks, long seed) {
    public ComparisonRequest {
        ids = List.copyOf(ids);
    }

    /**
     * A POST /api/compare body, parsed once: {@code ids} (1 to {@code maxIds} distinct course ids; callers pass
     * {@link org.cartellab.assessment.ComparisonAssessment#maxCourses} of the catalog size), {@code weeks}, {@code seed}
     * (default {@link org.cartellab.assessment.ComparisonAssessment#DEFAULT_SEED}), no other field; 400 naming the field.
     */
    static ComparisonRequest parse(JsonNode body, int maxWeeks, int maxIds) {
        Requests.onlyFields(body, java.util.Set.of("ids", "weeks", "seed"));
        JsonNode ids = body.get("ids");
        if (ids == null || !ids.isArray() || ids.isEmpty()) throw ApiException.of(400, "ids_expected");
        if (ids.size() > maxIds) throw ApiException.of(400, "ids_max", maxIds);
        List<String> list = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) throw ApiException.of(400, "ids_text", id);
            if (list.contains(id.asText())) throw ApiException.of(400, "ids_listed_twice", id.asText());
            list.add(id.asText());
        }
        int weeks = Requests.intField(body, "weeks", SimulateRequest.DEFAULT_WEEKS, 1, maxWeeks);
        long seed = Requests.longField(body, "seed", org.cartellab.assessment.ComparisonAssessment.DEFAULT_SEED);
        return new ComparisonRequest(list, weeks, seed);
    }
}
