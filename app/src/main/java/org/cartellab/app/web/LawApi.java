package org.cartellab.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.app.law.LawFilter;
import org.cartellab.app.law.LawViews;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Provision;
import org.cartellab.policy.CourseOfAction;

/** The legal endpoints: the knowledge base ({@code GET /api/law}) and a course's pathway ({@code GET /api/catalog/{id}/pathway}). */
final class LawApi {
    private final KnowledgeBase kb;
    private final CatalogProvider catalog;

    LawApi(KnowledgeBase kb, CatalogProvider catalog) {
        this.kb = kb;
        this.catalog = catalog;
    }

    /** The filtered knowledge base with its as-of date; a bad filter is a 400 naming the parameter. */
    Map<String, Object> law(Map<String, List<String>> query) {
        QueryParams q = new QueryParams(query, Set.of("jurisdiction", "kind", "status", "course"));
        String course = q.single("course");
        Set<String> ids = null;
        if (course != null) {
            CourseOfAction c = catalog.find(course).orElseThrow(() -> ApiException.badRequest("course: " + org.cartellab.app.i18n.UnknownCourse.message(course, catalog.all().stream().map(CourseOfAction::id).toList())));
            ids = LawViews.idsOf(c);
        }
        List<Provision> entries;
        try {
            entries = new LawFilter(q.single("jurisdiction"), q.single("kind"), q.single("status"), ids).apply(kb);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        LocalDate today = LocalDate.now();
        Map<String, Object> out = new LinkedHashMap<>(LawViews.header(kb, today));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Provision p : entries) list.add(LawViews.entry(p, today));
        out.put("count", list.size());
        out.put("entries", list);
        return out;
    }

    /** One course's legal pathway, both consent cases. */
    Map<String, Object> pathway(String id) {
        CourseOfAction c = catalog.find(id).orElseThrow(() -> new ApiException(404, org.cartellab.app.i18n.UnknownCourse.message(id, catalog.all().stream().map(CourseOfAction::id).toList())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("title", c.title());
        out.putAll(LawViews.course(c, kb, LocalDate.now()));
        return out;
    }
}
