package org.cartellab.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.cartellab.comparison.ComparisonDefaults;
import org.cartellab.data.BundledData;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkResult;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LeverSetting;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.NetworkScenarioRunner;
import org.cartellab.scenario.Scenario;
import org.cartellab.simulation.SimulatedRun;
import org.cartellab.simulation.Simulation;
import org.cartellab.simulation.SimulatorInput;
import org.cartellab.simulation.SimulatorOutcome;

/**
 * The web's access to the core simulator: a query's lever settings go to {@link Simulation} (the comparison's
 * single-run unit, hence the lever compiler), a scenario file to {@link NetworkScenarioRunner}; nothing here builds
 * engine input. Runs are cached by what changes them (at most {@value #CACHE}) and at most one per processor runs at
 * a time (fair queue; a request waiting over 10 s gets 503). Thread-safe.
 */
public final class SimulationService {
    static final int CACHE = 128;
    private final Simulation simulation = Simulation.bundled();
    private final NetworkScenarioRunner scenarios = new NetworkScenarioRunner(ConflictNetwork.of(BundledData.network()));
    private final CatalogProvider catalog;
    private final Semaphore liveRuns = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private final Map<String, WebRun> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WebRun> eldest) { return size() > CACHE; }
    };

    public SimulationService(CatalogProvider catalog) { this.catalog = catalog; }

    public Simulation simulation() { return simulation; }

    /** The share of baseline incapacitation that depends on cooperation: the comparison defaults' central value (an assumption). */
    public static double cooperationDependentShare() {
        return ComparisonDefaults.bundled().cooperationDependentIncapacitation().range().central();
    }

    /** What the core simulator runs for a request. */
    public SimulatorInput input(SimulateRequest r) {
        return new SimulatorInput(org.cartellab.network.NetworkParameters.REFERENCE, r.weeks(), r.from(), r.levers(catalog), cooperationDependentShare());
    }

    /** A request's levers from its start, beside the status quo. */
    public WebRun simulate(SimulateRequest r) throws InterruptedException {
        WebRun hit = cached(r.runKey());
        CourseOfAction course = r.isCourse() ? r.course(catalog) : null;
        if (hit != null) return new WebRun(r.describe(course), hit.weeks(), hit.from(), hit.coa(), hit.scenario(), hit.statusQuo(), hit.yaml(), hit.assumptions());
        SimulatorInput in = input(r);
        SimulatorOutcome o = live(() -> simulation.run(in));
        Scenario file = r.scenarioFile();
        WebRun run = new WebRun(r.describe(course), r.weeks(), r.from(), r.coaId(), series(o.scenario(), r.from()), series(o.statusQuo(), r.from()),
                file == null ? null : ScenarioYaml.write(file), o.assumptions());
        synchronized (cache) {
            cache.put(r.runKey(), run);
        }
        return run;
    }

    /** A scenario file (v1) from week 0, beside the same parameters without its interventions. */
    public WebRun simulate(Scenario s) throws InterruptedException {
        NetworkResult a = live(() -> scenarios.run(s));
        NetworkResult b = s.interventions().isEmpty() ? a : live(() -> scenarios.run(new Scenario(s.name(), s.model(), s.weeks(), s.seed(), s.parameters(), List.of())));
        return new WebRun(s.name(), s.weeks(), 0, null, series(a), series(b), ScenarioYaml.write(s), List.of());
    }

    /** Checks that the web app can run this scenario live (network model, horizon within the limit). */
    public static void checkRunnable(Scenario s, int maxWeeks) {
        if (s.model() != ModelKind.NETWORK) {
            throw ApiException.badRequest("model: the web simulator runs the network model only; found '" + s.model().id() + "'");
        }
        if (s.weeks() > maxWeeks) {
            throw ApiException.badRequest("weeks: at most " + maxWeeks + " for the web app (found " + s.weeks() + "); use the CLI for longer runs");
        }
    }

    private SeriesSet series(SimulatedRun r, int from) {
        return SeriesSet.of(r.weekly(), r.fromStart().result().weekly(), from, r.prisonYears(), r.collapseWeek());
    }

    private SeriesSet series(NetworkResult r) {
        List<LeverSetting> none = List.of();
        double[] prison = simulation.prisonYears().weekly(r.weekly().column(org.cartellab.model.WeeklyColumn.CUM_INCAPACITATIONS), none, 0);
        return SeriesSet.of(r.weekly(), null, 0, prison, r.collapsed() ? r.collapseWeek() : null);
    }

    private WebRun cached(String key) {
        synchronized (cache) {
            return cache.get(key);
        }
    }

    private <T> T live(java.util.function.Supplier<T> run) throws InterruptedException {
        if (!liveRuns.tryAcquire(10, TimeUnit.SECONDS)) throw new ApiException(503, "the server is busy; try again in a moment");
        try {
            return run.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        } finally {
            liveRuns.release();
        }
    }
}
