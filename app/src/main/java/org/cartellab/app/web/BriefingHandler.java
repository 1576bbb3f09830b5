package org.cartellab.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.cartellab.app.i18n.Messages;
import org.cartellab.app.report.BriefingComputation;
import org.cartellab.app.report.BriefingJson;
import org.cartellab.briefing.Briefing;
import org.cartellab.i18n.Language;
import org.cartellab.i18n.Localizer;
import org.cartellab.policy.CourseOfAction;

/**
 * GET /api/briefing: the bottom line of one course, a combination or a comparison, as {@code cartel-lab brief --format
 * json} prints it (the same {@link BriefingComputation} and the same {@link BriefingJson}, so the numbers are equal).
 * <ul>
 *   <li>{@code coa}: a course id, or a combination {@code A+B} read as the simulator reads it
 *       ({@link SimulateRequest#courseIds}); repeat it ({@code coa=A&coa=B}) to brief a comparison. Required.</li>
 *   <li>{@code lang}: {@code en} (default) or {@code es}: the catalog's texts (titles, risk rationales) come through
 *       the core {@link Localizer}; the header {@code Content-Language} names the language of the generated sentences
 *       (the {@code text} fields), which the page marks when it differs from its own.</li>
 * </ul>
 * Seed 1 and the lever sweep's bands, as {@code brief} without options. Unknown or repeated courses and the status quo
 * are a 400 naming the parameter; without a catalog 503. Results are cached per request (the computation is
 * deterministic); computations share the server's comparison slots (at most two at a time, others wait up to 10 s).
 */
final class BriefingHandler {
    /** The seed {@code brief} uses by default (its --seed), so a page and the CLI agree. */
    static final long SEED = 1;
    /** Courses (or combinations) in one briefing: more than the bundled catalog holds is refused. */
    static final int MAX_COURSES = 30;
    private static final int CACHED = 32;

    private final CatalogProvider catalog;
    private final Semaphore slots;
    private final Map<String, String> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> e) { return size() > CACHED; }
    };

    BriefingHandler(CatalogProvider catalog, Semaphore slots) {
        this.catalog = catalog;
        this.slots = slots;
    }

    /** A parsed request: course ids ({@code A+B} for a combination) and the language. */
    record Request(List<String> ids, Language language) {
        String key() { return language.id() + "|" + String.join(",", ids); }
    }

    static Request parse(Map<String, List<String>> query) {
        QueryParams q = new QueryParams(query, Set.of("coa", "lang"), Set.of("coa"));
        List<String> ids = new ArrayList<>();
        for (String v : q.all("coa")) {
            String id = String.join("+", SimulateRequest.courseIds("coa", v));
            if (ids.contains(id)) throw ApiException.badRequest("query parameter 'coa': '" + id + "' given twice");
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw ApiException.badRequest("query parameter 'coa': required; give a course id (coa=ID), a combination (coa=A+B) "
                    + "or repeat it for a comparison (coa=A&coa=B)");
        }
        if (ids.size() > MAX_COURSES) throw ApiException.badRequest("query parameter 'coa': at most " + MAX_COURSES + " courses, found " + ids.size());
        return new Request(ids, q.language()); // the one strict reading of the page language
    }

    void handle(Context ctx) throws InterruptedException {
        Request r = parse(ctx.queryParamMap());
        if (!catalog.available()) throw new ApiException(503, WebServer.CATALOG_UNAVAILABLE);
        String json;
        synchronized (cache) {
            json = cache.get(r.key());
        }
        if (json == null) {
            json = render(compute(r), r.language());
            synchronized (cache) {
                cache.put(r.key(), json);
            }
        }
        ctx.header("Content-Language", r.language().id());
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    private Briefing compute(Request r) throws InterruptedException {
        List<CourseOfAction> courses = Localizer.of(r.language()).courses(catalog.all());
        List<CourseOfAction> chosen;
        try {
            chosen = BriefingComputation.select(courses, r.ids(), Messages.of(r.language()));
        } catch (IllegalArgumentException e) {
            throw ApiException.of(400, "query_refused", "coa", e.getMessage()); // the reason is already in the request's language
        }
        if (!slots.tryAcquire(10, TimeUnit.SECONDS)) throw new ApiException(503, "the server is busy with comparisons; try again in a moment");
        try {
            // generated text (the known misses here, BriefingJson's sentences) in the one language the response declares
            return BriefingComputation.briefing(BriefingComputation.assess(chosen, SEED), null, Messages.of(r.language()));
        } finally {
            slots.release();
        }
    }

    /** The briefing as JSON (the shape `brief --format json` prints), its generated sentences in {@code language}. */
    static String render(Briefing b, Language language) { return BriefingJson.of(b, Messages.of(language)); }
}
