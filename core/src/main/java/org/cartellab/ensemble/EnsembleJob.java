package org.cartellab.ensemble;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.cartellab.data.BundledData;
import org.cartellab.model.Intervention;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;
import org.cartellab.uncertainty.ParameterDistribution;

/**
 * A complete, serializable description of a network ensemble: the scenario, the parameter distribution, lever
 * draws, seed, number of runs and report plan. Every back end (local threads, Spark) builds the same
 * {@link RunEvaluator} from it, so run {@code i} gives the same numbers everywhere. Shipping it to Spark needs a
 * {@link Serializable} distribution (e.g. {@link ReferenceBox}).
 */
public final class EnsembleJob implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ScenarioData scenario;
    private final ParameterDistribution distribution;
    private final LeverDraw levers;
    private final long seed;
    private final long runs;
    private final ReportPlan plan;

    public EnsembleJob(Scenario scenario, ParameterDistribution distribution, LeverDraw levers, long seed, long runs, ReportPlan plan) {
        new ScenarioDesign(scenario, distribution, levers); // validates the model kind
        if (runs < 1) throw new IllegalArgumentException("an ensemble needs at least 1 run, got " + runs);
        if (plan.horizon() != scenario.weeks()) {
            throw new IllegalArgumentException("report plan horizon " + plan.horizon() + " differs from the scenario's " + scenario.weeks() + " weeks");
        }
        this.scenario = ScenarioData.of(scenario);
        this.distribution = distribution;
        this.levers = levers;
        this.seed = seed;
        this.runs = runs;
        this.plan = plan;
    }

    /** The usual job: the scenario under the given distribution, no lever draws, a plan sized for {@code runs}. */
    public static EnsembleJob of(Scenario scenario, ParameterDistribution distribution, long seed, long runs) {
        return new EnsembleJob(scenario, distribution, LeverDraw.NONE, seed, runs, ReportPlan.forRuns(scenario.weeks(), runs));
    }

    public Scenario scenario() { return scenario.toScenario(); }

    public ParameterDistribution distribution() { return distribution; }

    public LeverDraw levers() { return levers; }

    public long seed() { return seed; }

    public long runs() { return runs; }

    public ReportPlan plan() { return plan; }

    public EnsembleJob withRuns(long n) { return new EnsembleJob(scenario(), distribution, levers, seed, n, plan); }

    public RunDesign design() { return new ScenarioDesign(scenario(), distribution, levers); }

    /** The per-index function on the bundled network. */
    public RunEvaluator evaluator() {
        return new RunEvaluator(ConflictNetwork.of(BundledData.network()), design(), seed, plan);
    }

    public String description() {
        return scenario.name + ": " + runs + " runs, seed " + seed + "; parameters: " + distribution.description();
    }

    /** A serializable copy of a scenario (the Scenario record itself is not Serializable). */
    private record ScenarioData(String name, String model, int weeks, long seed, LinkedHashMap<String, Double> parameters,
                                ArrayList<InterventionData> interventions) implements Serializable {
        static ScenarioData of(Scenario s) {
            ArrayList<InterventionData> iv = new ArrayList<>();
            for (Intervention i : s.interventions()) iv.add(new InterventionData(i.week(), i.kind(), new LinkedHashMap<>(i.values()), i.over()));
            return new ScenarioData(s.name(), s.model().id(), s.weeks(), s.seed(), new LinkedHashMap<>(s.parameters()), iv);
        }

        Scenario toScenario() {
            List<Intervention> iv = new ArrayList<>();
            for (InterventionData d : interventions) iv.add(new Intervention(d.week, d.kind, d.values, d.over));
            return new Scenario(name, ModelKind.fromId(model), weeks, seed, parameters, iv);
        }
    }

    private record InterventionData(int week, Intervention.Kind kind, LinkedHashMap<String, Double> values, int over) implements Serializable {}
}
