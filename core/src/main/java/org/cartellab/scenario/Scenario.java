package org.cartellab.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.model.Intervention;
import org.cartellab.model.Schedule;

/**
 * A scenario file (v1, docs/models.md): which model, how many weeks from the model's start, the seed for every random
 * draw, parameter overrides by name, and interventions from given weeks on, applied in order.
 */
public record Scenario(String name, ModelKind model, int weeks, long seed, Map<String, Double> parameters,
                       List<Intervention> interventions) {
    public Scenario {
        if (weeks < 0) throw new IllegalArgumentException("weeks must be >= 0");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        interventions = List.copyOf(interventions);
    }

    /** The embedded default: the network model from 2012 for 520 weeks at the reference parameters. */
    public static Scenario networkBaseline() {
        return new Scenario("Network baseline 2012-2022 (reference parameters)", ModelKind.NETWORK, ModelKind.NETWORK.defaultWeeks(), 1, Map.of(), List.of());
    }

    public Schedule schedule() { return new Schedule(interventions); }

    public Scenario withWeeks(int w) { return new Scenario(name, model, w, seed, parameters, interventions); }

    public Scenario withSeed(long s) { return new Scenario(name, model, weeks, s, parameters, interventions); }

    /** A copy with one parameter override added or replaced (e.g. from the command line). */
    public Scenario withParameter(String parameter, double value) {
        Map<String, Double> p = new LinkedHashMap<>(parameters);
        p.put(parameter, value);
        return new Scenario(name, model, weeks, seed, p, interventions);
    }
}
