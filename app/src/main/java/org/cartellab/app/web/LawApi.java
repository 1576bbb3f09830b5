package org.cartellab.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.app.law.LawFilter;
import org.cartellab.app.law.LawViews;
import org.cartellab.i18n.Language;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Provision;
import org.cartellab.policy.CourseOfAction;

/**
 * The legal endpoints: the knowledge base ({@code GET /api/law}) and a course's pathway ({@code GET
 * /api/catalog/{id}/pathway}), both in the request's language ({@code ?lang=en|es}, {@link WebLocalizer}).
 */
final class LawApi {
    private final KnowledgeBase kb;
    private final CatalogProvider catalog;

    LawApi(KnowledgeBase kb, CatalogProvider catalog) {
        this.kb = kb;
        this.catalog = catalog;
    }

    /** The filtered knowledge base with its as-of date; a bad filter is a 400 naming the parameter. */
    Map<String, Object> law(Map<String, List<String>> query) {
        QueryParams q = new QueryParams(query, Set.of("jurisdiction", "kind", "status", "course", QueryParams.LANG));
        WebLocalizer loc = WebLocalizer.of(q.language());
        String course = q.single("course");
        Set<String> ids = null;
        if (course != null) {
            CourseOfAction c = catalog.find(course).orElseThrow(() -> ApiException.unknownCourse(400, "course", course, catalog.all().stream().map(CourseOfAction::id).toList()));
            ids = LawViews.idsOf(c);
        }
        List<Provision> entries;
        try {
            entries = new LawFilter(q.single("jurisdiction"), q.single("kind"), q.single("status"), ids).apply(kb);
        } catch (IllegalArgumentException e) {
            throw filterError(e, q);
        }
        LocalDate today = LocalDate.now();
        Map<String, Object> out = new LinkedHashMap<>(loc.lawHeader(today));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Provision p : entries) list.add(loc.lawEntry(p, today));
        out.put("count", list.size());
        out.put("entries", list);
        return out;
    }

    /** The filter's refusal ("jurisdiction: expected ...") as a keyed error naming the same parameter and value. */
    private static ApiException filterError(IllegalArgumentException e, QueryParams q) {
        for (String p : List.of("jurisdiction", "kind", "status")) {
            if (e.getMessage() != null && e.getMessage().startsWith(p + ":")) return ApiException.of(400, "law_" + p, q.single(p));
        }
        return ApiException.badRequest(e.getMessage());
    }

    /** One course's legal pathway, both consent cases, in {@code language}. */
    Map<String, Object> pathway(String id, Language language) {
        CourseOfAction c = catalog.find(id).orElseThrow(() -> ApiException.unknownCourse(404, null, id, catalog.all().stream().map(CourseOfAction::id).toList()));
        WebLocalizer loc = WebLocalizer.of(language);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("title", loc.course(c).title());
        out.putAll(loc.pathway(c, LocalDate.now()));
        return out;
    }
}
