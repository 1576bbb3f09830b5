package org.cartellab.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.model.Intervention;
import org.cartellab.model.Schedule;
import org.cartellab.network.NetworkParameters;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;
import org.cartellab.uncertainty.ParameterDistribution;

/**
 * The standard ensemble design for a network scenario: parameters drawn from a distribution, then the scenario's own
 * parameter overrides pinned on top (a value the scenario file sets is not uncertain), then the scenario's
 * interventions followed by any drawn lever interventions. Draw order from the run's stream: distribution, levers.
 */
public record ScenarioDesign(Scenario scenario, ParameterDistribution distribution, LeverDraw levers) implements RunDesign {
    public ScenarioDesign {
        if (scenario.model() != ModelKind.NETWORK) {
            throw new IllegalArgumentException("ensembles run network scenarios; '" + scenario.name() + "' is a " + scenario.model().id() + " scenario");
        }
    }

    @Override
    public RunSpec draw(long index, UniformRandomProvider rng) {
        NetworkParameters p = distribution.sample(rng);
        for (var e : scenario.parameters().entrySet()) p = p.with(e.getKey(), e.getValue());
        List<Intervention> extra = levers.draw(index, rng);
        Schedule schedule = scenario.schedule();
        if (!extra.isEmpty()) {
            List<Intervention> all = new ArrayList<>(scenario.interventions());
            all.addAll(extra);
            schedule = new Schedule(all);
        }
        return new RunSpec(p, schedule, scenario.weeks());
    }
}
