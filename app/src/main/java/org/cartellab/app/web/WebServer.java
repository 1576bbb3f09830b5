package org.cartellab.app.web;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.cartellab.data.DataFormatException;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.model.NumericalTroubleException;
import org.cartellab.app.report.ProductVersion;
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
    private final SimulationService simulation;
    private final BandsService bands;
    private final JobRunner jobs;
    private final ObjectMapper json;
    private final List<Route> routes = new ArrayList<>();
    private final Javalin app;
    private final WebGuard guard;
    /** Comparisons at a time: each holds every course's weekly tables; more wait (up to 10 s), then 503. */
    private final Semaphore comparisons = new Semaphore(COMPARISONS_AT_ONCE, true);
    static final int COMPARISONS_AT_ONCE = 2;

    public WebServer(WebSettings settings, CatalogProvider catalog, ComparisonProvider comparison) {
        this.settings = settings;
        this.catalog = catalog;
        this.comparison = comparison;
        this.simulation = new SimulationService(catalog);
        this.bands = new BandsService(simulation);
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
     * Warms the JIT, the history cache and the calibration posterior in a background thread (a few dozen default-horizon
     * runs, then the posterior the bands draw from), so the first slider moves and bands after start are as fast as later ones.
     */
    public void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                for (int i = 0; i < 30; i++) {
                    Map<String, List<String>> q = Map.of("recruitment", List.of(String.valueOf(0.5 + 0.02 * i)));
                    simulation.simulate(SimulateRequest.parse(q, settings.maxWeeks()));
                }
                bands.distribution();
            } catch (RuntimeException e) {
                LOG.warn("warm-up failed: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
        // one strict reading of query strings on every endpoint: those that read none refuse any (400)
        boolean readsQuery = path.equals("/api/law") || path.equals("/api/briefing") || (method.equals("get") && (path.startsWith("/api/simulate") || path.equals("/api/scenario.yaml")));
        Handler checked = readsQuery ? h : ctx -> {
            new QueryParams(ctx.queryParamMap(), java.util.Set.of(QueryParams.LANG)).language(); // but the page language, read strictly
            h.handle(ctx);
        };
        if (method.equals("get")) app.get(path, checked);
        else app.post(path, checked);
    }

    private void addRoutes() {
        InfoHandlers info = new InfoHandlers(settings, catalog, comparison, json);
        SimulateHandlers sim = new SimulateHandlers(settings, simulation);
        JobHandlers job = new JobHandlers(settings, json, jobs, simulation, bands);
        get("/api/health", info::health);
        get("/api/parameters", info::parameters);
        get("/api/simulate", sim::getJson);
        post("/api/simulate", sim::postJson);
        get("/api/simulate.csv", sim::getCsv);
        post("/api/simulate.csv", sim::postCsv);
        get("/api/scenario.yaml", sim::getYaml);
        post("/api/scenario.yaml", sim::postYaml);
        get("/api/data", ctx -> ctx.json(DataProvenance.describe()));
        get("/api/validation", new ValidationHandler()::handle);
        get("/api/catalog", info::catalog);
        LawApi law = new LawApi(KnowledgeBase.bundled(), catalog);
        get("/api/law", ctx -> ctx.json(law.law(ctx.queryParamMap())));
        get("/api/catalog/{id}/pathway", ctx -> ctx.json(law.pathway(ctx.pathParam("id"), PageLanguage.of(ctx))));
        get("/api/catalog/{id}", info::course);
        get("/api/presets", info::presets);
        WorkbenchHandlers bench = new WorkbenchHandlers(settings, json, jobs, catalog);
        get("/api/sources", bench::sources);
        get("/api/about", bench::about);
        get("/api/evidence/levers", bench::leverEvidence);
        post("/api/assess", bench::assess);
        post("/api/assess/ensemble", bench::ensemble);
        post("/api/compare", this::compare);
        get("/api/briefing", new BriefingHandler(catalog, comparisons)::handle);
        post("/api/jobs", job::submit);
        get("/api/jobs/{id}", job::status);
        get("/openapi.json", ctx -> {
            try (InputStream in = WebServer.class.getResourceAsStream("/org/cartellab/app/web/openapi.json")) {
                ObjectNode doc = (ObjectNode) json.readTree(in);
                ((ObjectNode) doc.get("info")).put("version", ProductVersion.number());
                ctx.contentType("application/json").result(json.writeValueAsBytes(doc));
            }
        });
    }

    private void addErrorHandling() {
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.message(PageLanguage.forError(ctx))));
        app.exception(DataFormatException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        // a value the engines refuse (IllegalArgumentException from their validation) is the request's fault: 400
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(NumericalTroubleException.class, (e, ctx) -> keyed(ctx, ApiException.of(422, "numerical", e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) keyed(ctx, ApiException.of(413, "body_too_large", settings.maxBodyBytes()));
            else if (e.getStatus() == 404) keyed(ctx, ApiException.of(404, "not_found", ctx.path()));
            else if (e.getStatus() == 405) keyed(ctx, ApiException.of(405, "method", ctx.method(), ctx.path()));
            else error(ctx, e.getStatus(), e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            keyed(ctx, ApiException.of(500, "internal"));
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) keyed(ctx, ApiException.of(404, "not_found", ctx.path()));
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) keyed(ctx, ApiException.of(405, "method", ctx.method(), ctx.path()));
        });
    }

    private static final String ERROR_WRITTEN = "cartellab.error";

    /** A keyed error in the request's language. */
    private void keyed(Context ctx, ApiException e) { error(ctx, e.status(), e.message(PageLanguage.forError(ctx))); }

    private void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        guard.headers(ctx); // also when the before-handler did not run
        ctx.status(status).json(Map.of("error", message == null ? "error" : message));
    }

    /** At most {@value #COMPARISONS_AT_ONCE} comparisons at a time (each holds every course's weekly tables); others wait up to 10 s, then 503. */
    private void compare(Context ctx) throws InterruptedException {
        if (!comparison.available()) throw ApiException.of(503, "comparison_unavailable");
        ComparisonRequest request = ComparisonRequest.parse(Requests.json(ctx, json, settings.maxBodyBytes()), settings.maxWeeks(), catalog.maxCourses());
        if (!comparisons.tryAcquire(10, TimeUnit.SECONDS)) throw ApiException.of(503, "busy");
        try {
            ctx.json(WebLocalizer.of(PageLanguage.of(ctx)).table(comparison.compare(request), catalog));
        } finally {
            comparisons.release();
        }
    }
}
