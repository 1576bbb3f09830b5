package org.cartellab.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cartellab.simulation.PrisonYears;
import org.cartellab.simulation.SimulatorBands;

/** A simulator run as the page's JSON: series rounded to 0.01 (full precision is in the CSV). */
final class SimulationJson {
    static final String NO_YAML = "the scenario file format (v1) cannot express a course of action's ramps, leadership removal or a cooperation change; "
            + "share the link (it reproduces them) or download the weekly CSV";

    private SimulationJson() {}

    static Map<String, Object> of(WebRun r, PrisonYears prison) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", r.name());
        out.put("model", "network");
        out.put("weeks", r.weeks());
        out.put("from", r.from());
        out.put("coa", r.coa());
        out.put("origin", org.cartellab.model.ModelClock.NETWORK.origin().toString());
        out.put("yaml", r.yaml());
        out.put("yaml_note", r.yaml() == null ? NO_YAML : null);
        out.put("assumptions", r.assumptions());
        out.put("scenario", series(r.scenario()));
        out.put("status_quo", series(r.statusQuo()));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("mean_sentence_years", prison.meanSentenceYears());
        p.put("source", prison.source());
        p.put("note", PrisonYears.NOTE);
        out.put("prison_years", p);
        out.put("bands_meaning", SimulatorBands.MEANING);
        return out;
    }

    private static Map<String, Object> series(SeriesSet s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("members", SeriesSet.rounded(s.members()));
        out.put("deaths", SeriesSet.rounded(s.deaths()));
        out.put("incapacitations", SeriesSet.rounded(s.incapacitations()));
        out.put("cum_deaths", SeriesSet.rounded(s.cumDeaths()));
        out.put("prison_years", SeriesSet.rounded(s.prisonYears()));
        // the total from the core's one sum over the unrounded series (the page shows it; summing rounded weeks drifted)
        int end = s.prisonYears().length - 1;
        out.put("sentence_years_since_start", PrisonYears.total(s.prisonYears(), Math.min(s.from(), end), end));
        out.put("collapse_week", s.collapseWeek());
        return out;
    }
}
