package org.cartellab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Compiled changes give ParameterChanges.value's values bit for bit, in and out of week order, and refuse overflow. */
class CompiledChangesTest {
    private static Intervention random(SplittableRandom r, int weeks) {
        String name = r.nextBoolean() ? "a" : "b";
        int week = r.nextInt(weeks);
        double v = 0.25 + 2 * r.nextDouble();
        return switch (r.nextInt(3)) {
            case 0 -> Intervention.multiply(week, Map.of(name, v));
            case 1 -> Intervention.set(week, Map.of(name, v));
            default -> Intervention.ramp(week, Map.of(name, v), 1 + r.nextInt(30));
        };
    }

    @Test
    void agreesWithTheSequentialDefinitionInAndOutOfWeekOrder() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            List<Intervention> list = new ArrayList<>();
            int k = 1 + r.nextInt(12);
            for (int i = 0; i < k; i++) list.add(random(r, 100));
            if (trial % 2 == 0) list.sort((x, y) -> Integer.compare(x.week(), y.week()));
            Schedule s = new Schedule(list);
            CompiledChanges c = new CompiledChanges(s.changes(), new java.util.LinkedHashMap<>(Map.of("a", 3.0, "b", 0.5)));
            for (double t = 0; t <= 140; t += 0.37) {
                for (String name : List.of("a", "b")) {
                    double base = name.equals("a") ? 3.0 : 0.5;
                    double expected = s.value(name, base, t);
                    assertThat(c.value(c.index(name), t)).as("trial %d %s at %s: %s", trial, name, t, list).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void chainedHugeMultipliersAreRefusedWithTheWeek() {
        Schedule s = new Schedule(List.of(Intervention.multiply(10, Map.of("a", 1e308)), Intervention.multiply(20, Map.of("a", 1e308))));
        assertThatThrownBy(() -> new CompiledChanges(s.changes(), Map.of("a", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a").hasMessageContaining("week 20");
    }
}
