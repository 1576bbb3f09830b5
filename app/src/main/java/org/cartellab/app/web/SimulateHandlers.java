package org.cartellab.app.web;

import io.javalin.http.Context;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;

/**
 * The simulator's routes as plain functions of a {@link Context}: GET with a query ({@link SimulateRequest}: hand-set
 * levers or a course of action) and POST with a scenario file (v1) as the body, each as JSON, CSV or, where v1 can say
 * it, a scenario file.
 */
final class SimulateHandlers {
    private final WebSettings settings;
    private final SimulationService simulation;

    SimulateHandlers(WebSettings settings, SimulationService simulation) {
        this.settings = settings;
        this.simulation = simulation;
    }

    SimulateRequest query(Context ctx) { return SimulateRequest.parse(ctx.queryParamMap(), settings.maxWeeks()); }

    /** A request body holding a scenario file (YAML or JSON), parsed and checked once. */
    Scenario body(Context ctx) {
        Scenario s = ScenarioParser.parse("request body", Requests.text(ctx, settings.maxBodyBytes()));
        SimulationService.checkRunnable(s, settings.maxWeeks());
        return s;
    }

    void getJson(Context ctx) throws InterruptedException { json(ctx, simulation.simulate(query(ctx))); }

    void getCsv(Context ctx) throws InterruptedException { csv(ctx, simulation.simulate(query(ctx))); }

    void getYaml(Context ctx) {
        Scenario s = query(ctx).scenarioFile();
        if (s == null) throw ApiException.badRequest(SimulationJson.NO_YAML);
        yaml(ctx, s);
    }

    void postJson(Context ctx) throws InterruptedException { json(ctx, simulation.simulate(body(ctx))); }

    void postCsv(Context ctx) throws InterruptedException { csv(ctx, simulation.simulate(body(ctx))); }

    void postYaml(Context ctx) { yaml(ctx, body(ctx)); }

    private void json(Context ctx, WebRun r) {
        ctx.json(SimulationJson.of(r, simulation.simulation().prisonYears()));
    }

    private static void csv(Context ctx, WebRun r) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"scenario-weekly.csv\"");
        ctx.result(SeriesCsv.write(r));
    }

    private static void yaml(Context ctx, Scenario s) {
        ctx.contentType("application/yaml; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"scenario.yaml\"");
        ctx.result(ScenarioYaml.write(s));
    }
}
