package org.cartellab.app.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.data.BundledData;
import org.cartellab.data.DataSet;
import org.cartellab.model.Intervention;
import org.cartellab.model.ModelClock;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.network.NetworkSimulator;

/**
 * summary.json of a network run: the scenario as run, resolved parameters with their sources, start and end members,
 * weekly flows at the end, cumulative flows, collapse week (or null), data provenance, engine and tolerances, version
 * and wall time.
 */
public final class RunSummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The data sets a network run reads. */
    static final List<DataSet> NETWORK_DATA = List.of(DataSet.NODES, DataSet.RIVALRIES, DataSet.ALLIANCES, DataSet.PERSON_LABELS);

    private RunSummaryJson() {}

    public static ObjectNode of(NetworkRunReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.set("scenario", scenario(r));
        ObjectNode params = root.putObject("parameters");
        for (ResolvedParameter p : r.parameters()) {
            ObjectNode o = params.putObject(p.name());
            o.put("value", p.value());
            o.put("source", p.source());
        }
        WeeklyTable t = r.result().weekly();
        root.set("start", moment(t, r.startWeek()));
        root.set("end", moment(t, r.endWeek()));
        ObjectNode cum = root.putObject("cumulative");
        cum.put("from", t.date(r.startWeek()).toString());
        cum.put("to", t.date(r.endWeek()).toString());
        cum.put("deaths", t.get(WeeklyColumn.CUM_DEATHS, r.endWeek()));
        cum.put("recruits", t.get(WeeklyColumn.CUM_RECRUITS, r.endWeek()));
        cum.put("incapacitations", t.get(WeeklyColumn.CUM_INCAPACITATIONS, r.endWeek()));
        cum.put("exits", t.get(WeeklyColumn.CUM_EXITS, r.endWeek()));
        if (r.result().collapsed()) {
            root.put("collapse_week", r.result().collapseWeek());
        } else {
            root.putNull("collapse_week");
        }
        var gone = root.putArray("extinctions"); // organisations that fell below the extinction threshold, in order
        for (org.cartellab.network.Extinction e : r.result().extinctions()) {
            gone.addObject().put("node", e.node()).put("week", e.week());
        }
        root.set("data", provenance());
        ObjectNode engine = root.putObject("engine");
        engine.put("model", "network ODE of Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023)");
        engine.put("integrator", new NetworkSimulator().integrator());
        engine.put("relative_tolerance", r.tolerances().relative());
        engine.put("absolute_tolerance", r.tolerances().absolute());
        engine.put("collapse_below_members", NetworkSimulator.COLLAPSE_MEMBERS);
        engine.put("extinction_below_members", NetworkSimulator.extinctionThreshold(r.tolerances()));
        engine.put("evaluations", r.result().evaluations());
        engine.put("origin", ModelClock.NETWORK.origin().toString());
        root.put("version", r.version());
        root.put("wall_time_seconds", r.wallSeconds());
        return root;
    }

    public static void write(NetworkRunReport r, Writer out) throws IOException {
        JSON.writeValue(out, of(r));
    }

    private static ObjectNode scenario(NetworkRunReport r) {
        ObjectNode s = JSON.createObjectNode();
        s.put("name", r.scenario().name());
        s.put("source", r.scenarioSource());
        s.put("model", r.scenario().model().id());
        s.put("weeks", r.scenario().weeks());
        s.put("seed", r.scenario().seed());
        s.put("seed_note", "the network model is deterministic; the seed is recorded but draws nothing");
        ObjectNode p = s.putObject("parameters");
        for (Map.Entry<String, Double> e : r.scenario().parameters().entrySet()) p.put(e.getKey(), e.getValue());
        ArrayNode list = s.putArray("interventions");
        for (Intervention i : r.scenario().interventions()) {
            ObjectNode o = list.addObject();
            o.put("week", i.week());
            ObjectNode values = o.putObject(i.kind().name().toLowerCase(Locale.ROOT));
            for (Map.Entry<String, Double> e : i.values().entrySet()) values.put(e.getKey(), e.getValue());
            if (i.kind() == Intervention.Kind.RAMP) o.put("over", i.over());
        }
        return s;
    }

    private static ObjectNode moment(WeeklyTable t, int week) {
        ObjectNode o = JSON.createObjectNode();
        o.put("week", week);
        o.put("date", t.date(week).toString());
        o.put("members", t.get(WeeklyColumn.MEMBERS, week));
        o.put("weekly_deaths", t.get(WeeklyColumn.DEATHS, week));
        o.put("weekly_recruits", t.get(WeeklyColumn.RECRUITS, week));
        o.put("weekly_incapacitations", t.get(WeeklyColumn.INCAPACITATIONS, week));
        o.put("weekly_exits", t.get(WeeklyColumn.EXITS, week));
        return o;
    }

    private static ArrayNode provenance() {
        ArrayNode a = JSON.createArrayNode();
        for (DataSet d : NETWORK_DATA) {
            ObjectNode o = a.addObject();
            o.put("file", d.file());
            o.put("description", d.description());
            o.put("citation", d.citation());
            o.put("changes", d.changes());
            o.put("sha256", sha256(d.file()));
        }
        return a;
    }

    static String sha256(String resource) {
        try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("bundled data set missing: " + resource);
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
