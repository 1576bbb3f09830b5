package org.cartellab.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.model.ModelClock;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LeverEffect;
import org.cartellab.simulation.SimulatorBands;

/** Read-only routes as plain functions of a {@link Context}: health, parameters and levers, the catalog, the simulator's presets. */
final class InfoHandlers {
    private final WebSettings settings;
    private final CatalogProvider catalog;
    private final ComparisonProvider comparison;
    private final ObjectMapper json;

    InfoHandlers(WebSettings settings, CatalogProvider catalog, ComparisonProvider comparison, ObjectMapper json) {
        this.json = json;
        this.settings = settings;
        this.catalog = catalog;
        this.comparison = comparison;
    }

    void health(Context ctx) {
        ctx.json(Map.of("status", "ok", "catalog", catalog.available(), "comparison", comparison.available()));
    }

    void parameters(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", ModelClock.NETWORK.model());
        out.put("origin", ModelClock.NETWORK.origin().toString());
        out.put("start_2022", Map.of("week", ModelClock.START_2022, "date", ModelClock.NETWORK.dateOf(ModelClock.START_2022).toString()));
        out.put("parameters", ParameterCatalog.parameters());
        out.put("levers", ParameterCatalog.levers());
        out.put("limits", Map.of("max_weeks", settings.maxWeeks(), "default_weeks", SimulateRequest.DEFAULT_WEEKS,
                "default_from", SimulateRequest.DEFAULT_FROM, "max_ensemble_runs", settings.maxEnsembleRuns(),
                "max_body_bytes", settings.maxBodyBytes()));
        out.put("comparison", Map.of("start_week", SimulateRequest.DEFAULT_FROM, "horizons_weeks",
                ComparisonOptions.DEFAULT_HORIZONS.stream().map(y -> ModelClock.yearsAfter(SimulateRequest.DEFAULT_FROM, y)).toList()));
        out.put("ensemble_distribution", "calibration posterior (the default of ensemble and compare --ensemble)");
        out.put("bands_meaning", SimulatorBands.MEANING);
        ctx.json(out);
    }

    /** Every course in the request's language ({@code ?lang=}). */
    void catalog(Context ctx) {
        WebLocalizer loc = WebLocalizer.of(PageLanguage.of(ctx));
        ctx.json(Map.of("courses", catalog.all().stream().map(c -> loc.courseJson(c, json)).toList()));
    }

    void course(Context ctx) {
        WebLocalizer loc = WebLocalizer.of(PageLanguage.of(ctx));
        ctx.json(loc.courseJson(catalog.find(ctx.pathParam("id")).orElseThrow(() -> ApiException.unknownCourse(404, null, ctx.pathParam("id"),
                catalog.all().stream().map(CourseOfAction::id).toList())), json));
    }

    /**
     * The simulator's presets: every catalog course with its levers (lever id, unit, low / central / high, start and
     * ramp in weeks after the levers' start, whether cooperation scales it, its settings); any two or more distinct
     * courses combine as {@code A+B}, as {@code compare --combine} allows.
     */
    void presets(Context ctx) {
        WebLocalizer loc = WebLocalizer.of(PageLanguage.of(ctx));
        List<Map<String, Object>> courses = new ArrayList<>();
        for (CourseOfAction c : loc.courses(catalog.all())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            List<Map<String, Object>> levers = new ArrayList<>();
            for (LeverEffect e : c.levers()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("lever", e.lever().id());
                l.put("unit", e.lever().unit());
                l.put("low", e.effect().low());
                l.put("central", e.effect().central());
                l.put("high", e.effect().high());
                l.put("start_week", e.startWeek());
                l.put("ramp_weeks", e.rampWeeks());
                l.put("scaled_by_cooperation", e.scaledByCooperation());
                l.put("settings", e.settings());
                l.put("grading", org.cartellab.policy.effects.LeverGrading.of(e, org.cartellab.policy.effects.LeverEvidenceTables.bundled()).fields());
                levers.add(l);
            }
            m.put("levers", levers);
            courses.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("courses", courses);
        out.put("combine", loc.messages().get("web.presets.combine"));
        ctx.json(out);
    }
}
