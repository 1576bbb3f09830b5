package org.cartellab.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.cartellab.app.report.BacktestFiles;
import org.cartellab.app.report.ProductVersion;
import org.cartellab.calibration.PublishedPosterior;
import org.cartellab.data.BundledData;
import org.cartellab.data.DataFormatException;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.model.ModelClock;
import org.cartellab.model.NumericalTroubleException;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;
import org.cartellab.validation.Backtest;
import org.cartellab.validation.BacktestPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cartel Policy Lab web app: a JSON API over the engines plus static pages (simulator, comparison, sources).
 * Handlers are plain functions of a {@link Context}; every error is {@code {"error": "..."}} with a 4xx/503 status,
 * never a stack trace. Create, {@link #start(String, int)}, {@link #stop()}.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    public static final String CATALOG_UNAVAILABLE = "catalog not available in this build";
    public static final String COMPARISON_UNAVAILABLE = "comparison not available in this build";
    static final String STATIC_DIR = "/org/cartellab/app/web/public";
    /** Everything from this server only: no third-party scripts, frames or connections (the app works offline). */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final WebSettings settings;
    private final CatalogProvider catalog;
    private final ComparisonProvider comparison;
    private final NetworkSimulation simulation = new NetworkSimulation();
    private final JobRunner jobs;
    private final ObjectMapper json;
    private final List<Route> routes = new ArrayList<>();
    private final Semaphore liveRuns = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private final Javalin app;
    private final WebGuard guard;
    /** Comparisons at a time: each holds every course's weekly tables; more wait (up to 10 s), then 503. */
    private final java.util.concurrent.Semaphore comparisons = new java.util.concurrent.Semaphore(COMPARISONS_AT_ONCE, true);
    static final int COMPARISONS_AT_ONCE = 2;

    public WebServer(WebSettings settings, CatalogProvider catalog, ComparisonProvider comparison) {
        this.settings = settings;
        this.catalog = catalog;
        this.comparison = comparison;
        this.jobs = new JobRunner(settings.jobThreads(), settings.jobQueue(), settings.jobsKept());
        this.json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        this.guard = new WebGuard(CSP, settings.maxBodyBytes());
        this.app = Javalin.create(config -> {
            guard.configure(config);
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = STATIC_DIR;
                s.location = Location.CLASSPATH;
                s.headers = Map.of("Cache-Control", "no-cache");
            });
        });
        app.before(guard::check);
        addRoutes();
        addErrorHandling();
    }

    /** Accepts these host names (besides the bound address and loopback) in Host and Origin headers. */
    public WebServer allowHosts(List<String> names) {
        guard.allowHosts(names);
        return this;
    }

    /** A server with the defaults and no catalog or comparison bound. */
    public static WebServer withoutCatalog() {
        return new WebServer(WebSettings.DEFAULTS, CatalogProvider.unavailable(), ComparisonProvider.unavailable());
    }

    /** Starts listening; port 0 picks a free one. Returns the port. */
    public int start(String host, int port) {
        guard.bound(host, port);
        app.start(host, port);
        guard.bound(host, app.port());
        return app.port();
    }

    /**
     * Warms the JIT and the status-quo cache in a background thread (a few dozen default-horizon runs, about a second
     * of CPU), so the first slider moves after start are as fast as later ones.
     */
    public void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                for (int i = 0; i < 30; i++) {
                    Map<String, List<String>> q = Map.of("recruitment", List.of(String.valueOf(0.5 + 0.02 * i)));
                    simulation.simulate(ScenarioQuery.parse(q, settings.maxWeeks()));
                }
            } catch (RuntimeException e) {
                LOG.warn("warm-up failed: {}", e.toString());
            }
        }, "cartel-lab-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    public void stop() {
        app.stop();
        jobs.close();
    }

    /** Every API route this server answers (the OpenAPI document must list them all). */
    public List<Route> routes() { return List.copyOf(routes); }

    private void get(String path, Handler h) { add("get", path, h); }

    private void post(String path, Handler h) { add("post", path, h); }

    private void add(String method, String path, Handler h) {
        routes.add(new Route(method, path));
        if (method.equals("get")) app.get(path, h);
        else app.post(path, h);
    }

    private void addRoutes() {
        get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "catalog", catalog.available(), "comparison", comparison.available())));
        get("/api/parameters", this::parameters);
        get("/api/simulate", ctx -> ctx.json(simulationJson(simulate(queryScenario(ctx), queryLevers(ctx)))));
        post("/api/simulate", ctx -> ctx.json(simulationJson(simulate(bodyScenario(ctx), PolicyLevers.none(0)))));
        get("/api/simulate.csv", ctx -> csv(ctx, queryScenario(ctx), queryLevers(ctx)));
        post("/api/simulate.csv", ctx -> csv(ctx, bodyScenario(ctx), PolicyLevers.none(0)));
        get("/api/scenario.yaml", ctx -> {
            Scenario s = queryScenario(ctx);
            if (queryLevers(ctx).changesRun()) throw ApiException.badRequest(NO_YAML);
            yaml(ctx, s);
        });
        post("/api/scenario.yaml", ctx -> yaml(ctx, bodyScenario(ctx)));
        get("/api/data", ctx -> ctx.json(DataProvenance.describe()));
        get("/api/validation", ctx -> ctx.json(validation()));
        get("/api/catalog", ctx -> ctx.json(Map.of("courses", catalog.all())));
        LawApi law = new LawApi(KnowledgeBase.bundled(), catalog);
        get("/api/law", ctx -> ctx.json(law.law(ctx.queryParamMap())));
        get("/api/catalog/{id}/pathway", ctx -> ctx.json(law.pathway(ctx.pathParam("id"))));
        get("/api/catalog/{id}", ctx -> ctx.json(catalog.find(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "no course of action with id '" + ctx.pathParam("id") + "'"))));
        post("/api/compare", this::compare);
        post("/api/jobs", this::submitJob);
        get("/api/jobs/{id}", this::jobStatus);
        get("/openapi.json", ctx -> {
            try (InputStream in = WebServer.class.getResourceAsStream("/org/cartellab/app/web/openapi.json")) {
                ObjectNode doc = (ObjectNode) json.readTree(in);
                ((ObjectNode) doc.get("info")).put("version", ProductVersion.number());
                ctx.contentType("application/json").result(json.writeValueAsBytes(doc));
            }
        });
    }

    private void addErrorHandling() {
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(DataFormatException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        // a value the engines refuse (IllegalArgumentException from their validation) is the request's fault: 400
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(NumericalTroubleException.class, (e, ctx) -> error(ctx, 422, "numerical trouble: " + e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 413 ? "request body larger than " + settings.maxBodyBytes() + " bytes"
                        : e.getStatus() == 404 ? "no such resource: " + ctx.path()
                        : e.getStatus() == 405 ? "method " + ctx.method() + " not allowed on " + ctx.path() : e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) error(ctx, 404, "no such resource: " + ctx.path());
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path());
        });
    }

    private static final String ERROR_WRITTEN = "cartellab.error";

    private void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        guard.headers(ctx); // also when the before-handler did not run
        ctx.status(status).json(Map.of("error", message == null ? "error" : message));
    }

    // ---- handlers -------------------------------------------------------------------------------------------

    private void parameters(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", ModelClock.NETWORK.model());
        out.put("origin", ModelClock.NETWORK.origin().toString());
        out.put("start_2022", Map.of("week", ModelClock.START_2022, "date", ModelClock.NETWORK.dateOf(ModelClock.START_2022).toString()));
        out.put("parameters", ParameterCatalog.parameters());
        out.put("levers", ParameterCatalog.levers());
        out.put("limits", Map.of("max_weeks", settings.maxWeeks(), "default_weeks", ScenarioQuery.DEFAULT_WEEKS,
                "default_from", ScenarioQuery.DEFAULT_FROM, "max_ensemble_runs", settings.maxEnsembleRuns(),
                "max_body_bytes", settings.maxBodyBytes()));
        out.put("ensemble_distribution", ParameterBox.DEFAULT.description());
        ctx.json(out);
    }

    /**
     * Runs a live simulation, at most one per processor at a time (fair queue), so a burst of requests neither thrashes
     * the CPU nor holds hundreds of result arrays at once; a request that waits over 10 s gets 503.
     */
    private SimulationResult simulate(Scenario s, PolicyLevers levers) throws InterruptedException {
        if (!liveRuns.tryAcquire(10, TimeUnit.SECONDS)) throw new ApiException(503, "the server is busy; try again in a moment");
        try {
            return simulation.simulate(s, levers);
        } finally {
            liveRuns.release();
        }
    }

    private Scenario queryScenario(Context ctx) {
        return ScenarioQuery.parse(ctx.queryParamMap(), settings.maxWeeks());
    }

    private PolicyLevers queryLevers(Context ctx) {
        return ScenarioQuery.levers(ctx.queryParamMap(), settings.maxWeeks());
    }

    static final String NO_YAML = "the scenario file format (v1) cannot express leadership removal or a cooperation change; "
            + "share the link (it reproduces them) or download the weekly CSV";

    private Scenario bodyScenario(Context ctx) {
        Scenario s = ScenarioParser.parse("request body", Requests.text(ctx, settings.maxBodyBytes()));
        NetworkSimulation.checkRunnable(s, settings.maxWeeks());
        return s;
    }

    private Map<String, Object> simulationJson(SimulationResult r) {
        Scenario s = r.scenario();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", s.name());
        out.put("model", s.model().id());
        out.put("weeks", s.weeks());
        out.put("origin", ModelClock.NETWORK.origin().toString());
        out.put("yaml", r.levers().changesRun() ? null : ScenarioYaml.write(s));
        out.put("yaml_note", r.levers().changesRun() ? NO_YAML : null);
        out.put("scenario", pageSeries(r.scenarioSeries(), r.levers().sentence(), r.levers().startWeek()));
        out.put("status_quo", pageSeries(r.statusQuo(), 1, 0));
        Map<String, Object> prison = new LinkedHashMap<>();
        prison.put("mean_sentence_years", PrisonYears.meanSentenceYears());
        prison.put("sentence_multiplier", r.levers().sentence());
        prison.put("source", PrisonYears.source());
        prison.put("note", "estimate outside the network model: weekly incapacitations x mean sentence x sentence multiplier (from the levers' start week); "
                + "the model has no prisons and sentences do not feed back on its dynamics");
        out.put("prison_years", prison);
        return out;
    }

    /** What the simulator page draws, rounded to 0.01 (recruits, exits and full precision are in the CSV). */
    private static Map<String, Object> pageSeries(SeriesSet s, double sentence, int from) {
        SeriesSet r = s.rounded();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("members", r.members());
        out.put("deaths", r.deaths());
        out.put("incapacitations", r.incapacitations());
        out.put("cum_deaths", r.cumDeaths());
        double[] prison = PrisonYears.weekly(s.incapacitations(), sentence, from);
        for (int i = 0; i < prison.length; i++) prison[i] = Math.round(prison[i] * 100) / 100.0;
        out.put("prison_years", prison);
        out.put("collapse_week", r.collapseWeek());
        return out;
    }

    private void csv(Context ctx, Scenario s, PolicyLevers levers) throws InterruptedException {
        SimulationResult r = simulate(s, levers);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"scenario-weekly.csv\"");
        ctx.result(SeriesCsv.write(r));
    }

    private void yaml(Context ctx, Scenario s) {
        ctx.contentType("application/yaml; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"scenario.yaml\"");
        ctx.result(ScenarioYaml.write(s));
    }

    private void compare(Context ctx) throws InterruptedException {
        if (!comparison.available()) throw new ApiException(503, COMPARISON_UNAVAILABLE);
        JsonNode body = Requests.json(ctx, json, settings.maxBodyBytes());
        Requests.onlyFields(body, java.util.Set.of("ids", "weeks", "seed"));
        JsonNode ids = body.get("ids");
        if (ids == null || !ids.isArray() || ids.isEmpty()) throw ApiException.badRequest("ids: expected a non-empty list of course-of-action ids");
        if (ids.size() > 20) throw ApiException.badRequest("ids: at most 20 courses of action at once");
        List<String> list = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) throw ApiException.badRequest("ids: expected text ids, found " + id);
            if (list.contains(id.asText())) throw ApiException.badRequest("ids: '" + id.asText() + "' is listed twice; list each course of action once");
            list.add(id.asText());
        }
        int weeks = Requests.intField(body, "weeks", ScenarioQuery.DEFAULT_WEEKS, 1, settings.maxWeeks());
        long seed = Requests.longField(body, "seed", 1);
        if (!comparisons.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS)) throw new ApiException(503, "the server is busy with comparisons; try again in a moment");
        try {
            ctx.json(comparison.compare(new ComparisonRequest(list, weeks, seed)));
        } finally {
            comparisons.release();
        }
    }

    private void submitJob(Context ctx) {
        JsonNode body = Requests.json(ctx, json, settings.maxBodyBytes());
        Requests.onlyFields(body, java.util.Set.of("kind", "runs", "seed", "scenario", "query"));
        String kind = body.path("kind").asText("");
        if (!kind.equals("ensemble")) throw ApiException.badRequest("kind: expected 'ensemble', found '" + kind + "'");
        int runs = Requests.intField(body, "runs", 50, 2, settings.maxEnsembleRuns());
        long seed = Requests.longField(body, "seed", 1);
        Scenario s = jobScenario(body);
        NetworkEnsemble ensemble = new NetworkEnsemble(simulation, ParameterBox.DEFAULT);
        Job job = jobs.submit("ensemble", runs, j -> ensemble.run(s, runs, seed, j));
        ctx.status(202).header("Location", "/api/jobs/" + job.id()).json(jobJson(job));
    }

    private Scenario jobScenario(JsonNode body) {
        JsonNode scenario = body.get("scenario");
        JsonNode query = body.get("query");
        if ((scenario == null) == (query == null)) throw ApiException.badRequest("expected exactly one of 'scenario' (YAML/JSON text or object) or 'query' (simulator query fields)");
        if (scenario != null) {
            String text = scenario.isTextual() ? scenario.asText() : scenario.toString();
            Scenario s = ScenarioParser.parse("scenario", text);
            NetworkSimulation.checkRunnable(s, settings.maxWeeks());
            return s;
        }
        if (!query.isObject()) throw ApiException.badRequest("query: expected an object such as {\"weeks\": 1040, \"recruitment\": 0.5}");
        Map<String, List<String>> q = new LinkedHashMap<>();
        query.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw ApiException.badRequest("query." + e.getKey() + ": expected a number or text, found " + e.getValue());
            }
            q.put(e.getKey(), List.of(e.getValue().asText()));
        });
        Scenario s = ScenarioQuery.parse(q, settings.maxWeeks());
        if (ScenarioQuery.levers(q, settings.maxWeeks()).changesRun()) {
            throw ApiException.badRequest("query: uncertainty bands are not available yet for leadership removal or a cooperation change");
        }
        return s;
    }

    private void jobStatus(Context ctx) {
        Job job = jobs.find(ctx.pathParam("id"));
        if (job == null) throw new ApiException(404, "no job with id '" + ctx.pathParam("id") + "' (finished jobs are kept for a while only)");
        ctx.json(jobJson(job));
    }

    private static Map<String, Object> jobJson(Job job) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id());
        out.put("kind", job.kind());
        out.put("state", job.state().name().toLowerCase(Locale.ROOT));
        out.put("done", job.done());
        out.put("total", job.total());
        out.put("progress", job.total() == 0 ? 1.0 : (double) job.done() / job.total());
        if (job.state() == Job.State.DONE) out.put("result", job.result());
        if (job.state() == Job.State.FAILED) out.put("error", job.error());
        return out;
    }


    private Map<String, Object> validation;

    /**
     * The published calibration against INEGI's homicides after 2021 (back-test (a), every 10th published posterior
     * draw, as in the HTML report), computed once per server on first request (about half a second).
     */
    private synchronized Map<String, Object> validation() {
        if (validation == null) {
            Backtest bt = new Backtest(
                    ConflictNetwork.of(BundledData.network()),
                    EnsembleRunner.allCores(), 1);
            BacktestPart a = bt.published(BundledData.national(),
                    PublishedPosterior.load(), 10);
            validation = BacktestFiles.publishedJson(a, bt.statusQuoCasualtyChange(BundledData.national()));
        }
        return validation;
    }
}
