package org.cartellab.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import org.cartellab.model.Intervention;
import org.cartellab.scenario.Scenario;

/** Writes a scenario as a v1 scenario file (docs/models.md) that {@code ScenarioParser} reads back to the same scenario. */
public final class ScenarioYaml {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioYaml() {}

    public static String write(Scenario s) {
        StringBuilder y = new StringBuilder();
        y.append("# Cartel Policy Lab scenario (v1); run it with: cartel-lab run THIS_FILE.yaml --out DIR\n");
        y.append("name: ").append(quote(s.name())).append('\n');
        y.append("model: ").append(s.model().id()).append('\n');
        y.append("weeks: ").append(s.weeks()).append('\n');
        y.append("seed: ").append(s.seed()).append('\n');
        if (!s.parameters().isEmpty()) {
            y.append("parameters:\n");
            s.parameters().forEach((k, v) -> y.append("  ").append(k).append(": ").append(number(v)).append('\n'));
        }
        if (!s.interventions().isEmpty()) {
            y.append("interventions:\n");
            for (Intervention i : s.interventions()) {
                y.append("  - week: ").append(i.week()).append('\n');
                y.append("    ").append(i.kind().name().toLowerCase(Locale.ROOT)).append(": ").append(flow(i.values())).append('\n');
                if (i.kind() == Intervention.Kind.RAMP) y.append("    over: ").append(i.over()).append('\n');
            }
        }
        return y.toString();
    }

    private static String flow(Map<String, Double> values) {
        StringBuilder sb = new StringBuilder("{");
        values.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(k).append(": ").append(number(v)));
        return sb.append('}').toString();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** A JSON string literal, which is also a valid YAML double-quoted scalar. */
    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
