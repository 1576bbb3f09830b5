package org.cartellab.ensemble;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.model.NumericalTroubleException;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.Tolerances;
import org.cartellab.uncertainty.RunStreams;

/**
 * The per-index function every ensemble back end shares (threads here, Spark executors in module spark): run
 * {@code index} draws its spec from its own stream {@link RunStreams#forRun(long, long)}, simulates it and keeps the
 * plan's metrics. A pure function of (seed, index); thread-safe.
 */
public final class RunEvaluator {
    private final ConflictNetwork network;
    private final RunDesign design;
    private final long seed;
    private final ReportPlan plan;
    private final NetworkSimulator simulator = new NetworkSimulator();

    public RunEvaluator(ConflictNetwork network, RunDesign design, long seed, ReportPlan plan) {
        this.network = network;
        this.design = design;
        this.seed = seed;
        this.plan = plan;
    }

    public ReportPlan plan() { return plan; }

    public long seed() { return seed; }

    /** The spec run {@code index} simulates. */
    public RunSpec spec(long index) {
        UniformRandomProvider rng = RunStreams.forRun(seed, index);
        return design.draw(index, rng);
    }

    public RunSummary evaluate(long index) {
        RunSpec spec = spec(index);
        if (spec.weeks() < plan.horizon()) {
            throw new IllegalArgumentException("run " + index + " covers " + spec.weeks() + " weeks, the report plan needs " + plan.horizon());
        }
        NetworkResult r;
        try {
            r = simulator.run(networkRun(network, spec));
        } catch (NumericalTroubleException e) {
            throw new NumericalTroubleException(e.week(), "ensemble run " + index + " (seed " + seed + ", parameters "
                    + spec.parameters() + "): " + e.getMessage(), e);
        }
        return new RunSummary(index, spec.parameters(), r.collapseWeek(), plan.extract(r.weekly()));
    }

    /**
     * A run spec as the network engine's input: the spec's parameters under its schedule, from week 0 to
     * {@code spec.weeks()}, default tolerances, no per-organisation series.
     */
    public static NetworkRun networkRun(ConflictNetwork network, RunSpec spec) {
        return new NetworkRun(network, ParameterPath.scheduled(spec.parameters(), spec.schedule()), 0, spec.weeks(),
                null, List.of(), Tolerances.DEFAULT, false);
    }
}
