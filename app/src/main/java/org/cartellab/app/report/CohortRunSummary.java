package org.cartellab.app.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.scenario.CohortScenarioResult;

/** summary.json for a cohort-model run: the scenario, resolved parameters, start and end state, cumulative flows. */
public final class CohortRunSummary {
    private CohortRunSummary() {}

    public static void write(CohortScenarioResult result, String source, String version, double wallSeconds, Path file)
            throws IOException {
        WeeklyTable t = result.weekly();
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", result.scenario().name());
        scenario.put("model", result.scenario().model().id());
        scenario.put("weeks", result.scenario().weeks());
        scenario.put("seed", result.scenario().seed());
        scenario.put("source", source);
        scenario.put("parameter_overrides", result.scenario().parameters());
        scenario.put("interventions", result.scenario().interventions());
        root.put("scenario", scenario);
        root.put("parameters", result.parameters());
        root.put("parameter_source", "Prieto-Curiel (2025), incarceration and rehabilitation model, as restated in docs/models.md,"
                + " unless overridden");
        root.put("start", row(t, t.firstWeek()));
        root.put("end", row(t, t.lastWeek()));
        root.put("flows_are", "counts of people in that week (stochastic, one seed)");
        root.put("version", version);
        root.put("wall_seconds", wallSeconds);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    private static Map<String, Object> row(WeeklyTable t, int week) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("week", week);
        m.put("date", t.date(week).toString());
        for (WeeklyColumn c : WeeklyColumn.values()) m.put(c.csvName(), t.get(c, week));
        return m;
    }
}
