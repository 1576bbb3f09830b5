package org.cartellab.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.model.ModelClock;
import org.cartellab.policy.Lever;
import org.cartellab.policy.effects.EffectStudy;
import org.cartellab.policy.effects.LeverEvidenceTable;
import org.cartellab.policy.effects.LeverEvidenceTables;

/**
 * The analyst's workbench routes as plain functions of a {@link Context}: the bibliography (GET /api/sources), the
 * lever evidence tables behind the simulator's "more info" (GET /api/evidence/levers), the compare page's assessment
 * with ranks, robustness and weak effects (POST /api/assess) and its posterior ensemble as a job (POST
 * /api/assess/ensemble, then GET /api/jobs/{id}). Without a catalog the assessment routes answer 503.
 */
final class WorkbenchHandlers {
    /** Ensemble members per request from the compare page: at most this many, 40 by default. */
    static final int MAX_MEMBERS = 400;

    private final WebSettings settings;
    private final ObjectMapper json;
    private final JobRunner jobs;
    private final CatalogProvider catalog;
    private final Map<org.cartellab.i18n.Language, Map<String, Object>> sources = new java.util.EnumMap<>(org.cartellab.i18n.Language.class);
    private Map<String, Object> levers;

    WorkbenchHandlers(WebSettings settings, ObjectMapper json, JobRunner jobs, CatalogProvider catalog) {
        this.settings = settings;
        this.json = json;
        this.jobs = jobs;
        this.catalog = catalog;
    }

    /** The bibliography in the request's language (what each source supports, reliability reasons); titles stay the sources' own. */
    synchronized void sources(Context ctx) {
        WebLocalizer loc = WebLocalizer.of(PageLanguage.of(ctx));
        ctx.json(sources.computeIfAbsent(loc.language(), l -> SourceList.json(EvidenceCatalog.bundled(), loc.localizer())));
    }

    /**
     * The lever evidence tables. They have no Spanish yet: {@code ?lang=es} is accepted (errors come in Spanish) and the
     * answer says {@code "text_language": "en"} so a page can mark the text as English.
     */
    synchronized void leverEvidence(Context ctx) {
        PageLanguage.of(ctx);
        if (levers == null) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<Lever, LeverEvidenceTable> e : LeverEvidenceTables.bundled().tables().entrySet()) {
                out.put(e.getKey().id(), leverJson(e.getValue()));
            }
            levers = Map.of("levers", out, "text_language", "en");
        }
        ctx.json(levers);
    }

    /** One lever's evidence table with dates as ISO text (Jackson here has no java.time module). */
    private static Map<String, Object> leverJson(LeverEvidenceTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lever", t.lever().id());
        m.put("summary", t.summary());
        m.put("direction", t.direction().id());
        m.put("size", t.size().id());
        m.put("transfer", t.transfer());
        List<Map<String, Object>> studies = new ArrayList<>();
        for (EffectStudy s : t.studies()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", s.id());
            e.put("source", s.source());
            e.put("design", s.design());
            e.put("place", s.place());
            e.put("period", s.period());
            e.put("outcome", s.outcome());
            e.put("effect", s.effect());
            e.put("direction", s.direction().id());
            e.put("size", s.size().id());
            e.put("transfer", s.transfer());
            e.put("confirmed_url", s.confirmedUrl());
            e.put("confirmed_on", s.confirmedOn() == null ? null : s.confirmedOn().toString());
            studies.add(e);
        }
        m.put("studies", studies);
        m.put("ranges", t.ranges());
        return m;
    }

    /** Tool version, knowledge-base review date and the data the pages cite in "cite this". */
    void about(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        String v = WebServer.class.getPackage().getImplementationVersion();
        out.put("version", v == null ? "development" : v);
        out.put("law_reviewed", KnowledgeBase.bundled().reviewed().toString());
        out.put("model_origin", ModelClock.NETWORK.origin().toString());
        out.put("data", DataProvenance.describe().get("datasets"));
        ctx.json(out);
    }

    void assess(Context ctx) {
        WebLocalizer loc = WebLocalizer.of(PageLanguage.of(ctx));
        CompareAssessment a = assessment();
        ctx.json(a.assess(ComparisonRequest.parse(Requests.json(ctx, json, settings.maxBodyBytes()), settings.maxWeeks(), catalog.maxCourses()), loc));
    }

    void ensemble(Context ctx) {
        CompareAssessment a = assessment();
        JsonNode body = Requests.json(ctx, json, settings.maxBodyBytes());
        int members = Requests.intField(body, "members", 40, 2, Math.min(MAX_MEMBERS, settings.maxEnsembleRuns()));
        // the rest is a comparison request, which accepts only its own fields
        JsonNode rest = body.isObject() ? ((ObjectNode) body.deepCopy()).without("members") : body;
        ComparisonRequest r = ComparisonRequest.parse(rest, settings.maxWeeks(), catalog.maxCourses());
        CompareAssessment.years(r.weeks());
        a.chosen(r.ids()); // unknown ids fail here with 400, not inside the job
        Job job = jobs.submit("compare-ensemble", members, j -> a.ensemble(r, members, j));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id());
        out.put("total", job.total());
        ctx.status(202).header("Location", "/api/jobs/" + job.id()).json(out);
    }

    private CompareAssessment assessment() {
        if (!catalog.available()) throw ApiException.of(503, "catalog_unavailable");
        return new CompareAssessment(catalog.all());
    }
}
