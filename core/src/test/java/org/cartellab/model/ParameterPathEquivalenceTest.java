package org.cartellab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cartellab.data.BundledData;
import org.cartellab.network.ChangedParameters;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.Tolerances;

/**
 * Scenario interventions compile to {@link ParameterChange}s: on random schedules (multiply, set and ramp on random
 * parameters, weeks and factors, factors well outside [0.5, 2] included) the compiled path gives, bit for bit, the
 * parameters and the weekly table of a plain evaluation of the scenario file's v1 rules written out below (each
 * intervention in order from its week: multiply scales, set replaces, ramp scales by 1 + (f - 1) min(1, (t - w) / over)).
 * Until the old path was deleted the same property also compared it with {@code Intervention.apply}; the reference
 * below is that code, restated.
 */
class ParameterPathEquivalenceTest {
    static final ConflictNetwork NETWORK = ConflictNetwork.of(BundledData.network());
    static final List<String> NAMES = List.of("recruitment", "incapacitation", "conflict", "saturation");
    static final int WEEKS = 260;

    /** The scenario file's rules, evaluated directly (the reference). */
    static double reference(List<Intervention> interventions, String name, double base, double t) {
        double v = base;
        for (Intervention i : interventions) {
            if (i.week() > t || !i.values().containsKey(name)) continue;
            double f = i.values().get(name);
            v = switch (i.kind()) {
                case MULTIPLY -> v * f;
                case SET -> f;
                case RAMP -> v * (1 + (f - 1) * Math.min(1.0, (t - i.week()) / i.over()));
            };
        }
        return v;
    }

    record ReferencePath(NetworkParameters base, List<Intervention> interventions) implements ParameterPath {
        @Override
        public NetworkParameters at(double week) {
            return new NetworkParameters(reference(interventions, "recruitment", base.recruitment(), week),
                    reference(interventions, "incapacitation", base.incapacitation(), week),
                    reference(interventions, "conflict", base.conflict(), week),
                    reference(interventions, "saturation", base.saturation(), week), base.initialMembers());
        }

        @Override
        public double[] breakpoints() {
            java.util.TreeSet<Double> b = new java.util.TreeSet<>();
            for (Intervention i : interventions) {
                b.add((double) i.week());
                if (i.kind() == Intervention.Kind.RAMP) b.add((double) i.week() + i.over());
            }
            return b.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    @Provide
    Arbitrary<List<Intervention>> schedules() {
        Arbitrary<Intervention> one = Combinators.combine(
                Arbitraries.integers().between(0, WEEKS),
                Arbitraries.of(Intervention.Kind.values()),
                Arbitraries.subsetOf(NAMES).ofMinSize(1),
                Arbitraries.doubles().between(0.05, 4).ofScale(4),
                Arbitraries.integers().between(1, 200)).as((week, kind, names, f, over) -> {
                    Map<String, Double> values = new LinkedHashMap<>();
                    for (String n : NAMES) {
                        if (!names.contains(n)) continue;
                        // a set needs a value on the parameter's own scale; multiply and ramp take the factor
                        values.put(n, kind == Intervention.Kind.SET ? NetworkParameters.REFERENCE.get(n) * f : f + 0.01 * n.length());
                    }
                    return new Intervention(week, kind, values, kind == Intervention.Kind.RAMP ? over : 0);
                });
        return one.list().ofMinSize(0).ofMaxSize(5).map(list -> {
            List<Intervention> sorted = new ArrayList<>(list);
            sorted.sort(java.util.Comparator.comparingInt(Intervention::week));
            return sorted;
        });
    }


    @Property(tries = 40)
    void compiledChangesGiveTheScenarioRulesExactly(@ForAll("schedules") List<Intervention> interventions) {
        NetworkParameters base = NetworkParameters.REFERENCE;
        Schedule schedule = new Schedule(interventions);
        ParameterPath compiled = new ChangedParameters(base, schedule.changes(), 0);
        ParameterPath reference = new ReferencePath(base, interventions);
        for (double t = 0; t <= WEEKS; t += 0.25) {
            assertThat(compiled.at(t)).as("parameters at week %s", t).isEqualTo(reference.at(t));
            for (String n : NAMES) assertThat(schedule.value(n, base.get(n), t)).isEqualTo(reference(interventions, n, base.get(n), t));
        }
        assertThat(compiled.breakpoints()).containsExactly(reference.breakpoints());
        WeeklyTable a = run(compiled);
        WeeklyTable b = run(reference);
        WeeklyTable c = run(ParameterPath.scheduled(base, schedule));
        for (WeeklyColumn col : WeeklyColumn.values()) {
            assertThat(a.column(col)).as(col.name()).containsExactly(b.column(col));
            assertThat(c.column(col)).as(col.name()).containsExactly(b.column(col));
        }
    }

    private static WeeklyTable run(ParameterPath path) {
        return new NetworkSimulator().run(new NetworkRun(NETWORK, path, 0, WEEKS, null, List.of(), Tolerances.DEFAULT, false)).weekly();
    }
}
