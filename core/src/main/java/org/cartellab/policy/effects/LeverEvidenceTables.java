package org.cartellab.policy.effects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.YamlNodes;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.policy.Lever;
import org.cartellab.policy.Range;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The evidence tables of all lever kinds, read from {@link #RESOURCE}. Every problem (unknown lever, unknown study id,
 * missing field, bad grade, a lever given twice) is a {@link DataFormatException} naming the file, line and field.
 * Whether every lever kind has a table is checked by {@link #missing()} (and enforced by a test on the bundled file).
 */
public record LeverEvidenceTables(Map<Lever, LeverEvidenceTable> tables) {
    /** The bundled tables, as a class-path resource name. */
    public static final String RESOURCE = "org/cartellab/evidence/lever-evidence.yaml";

    private static final Set<String> TOP = Set.of("tables");
    private static final Set<String> TABLE = Set.of("lever", "summary", "grade", "transfer", "studies", "ranges");
    private static final Set<String> GRADE = Set.of("direction", "size");
    private static final Set<String> STUDY = Set.of("id", "source", "design", "place", "period", "outcome", "effect", "direction", "size",
            "transfer", "confirmed");
    private static final Set<String> EFFECT = Set.of("estimate", "low", "high", "unit", "interval", "note");
    private static final Set<String> CONFIRMED = Set.of("url", "on");
    private static final Set<String> RANGE = Set.of("course", "old", "new", "rule");
    private static final Set<String> LCH = Set.of("low", "central", "high");

    public LeverEvidenceTables {
        EnumMap<Lever, LeverEvidenceTable> copy = new EnumMap<>(Lever.class);
        copy.putAll(tables);
        tables = Collections.unmodifiableMap(copy);
    }

    /** The bundled tables, checked against the bundled evidence ledger. */
    public static LeverEvidenceTables bundled() { return Holder.VALUE; }

    public Optional<LeverEvidenceTable> find(Lever lever) { return Optional.ofNullable(tables.get(lever)); }

    /** Lever kinds without a table (empty for a complete file). */
    public List<Lever> missing() {
        List<Lever> out = new ArrayList<>();
        for (Lever l : Lever.values()) if (!tables.containsKey(l) || tables.get(l).studies().isEmpty()) out.add(l);
        return out;
    }

    /** The row with this id in any table. */
    public Optional<EffectStudy> study(String rowId) {
        return tables.values().stream().flatMap(t -> t.studies().stream()).filter(s -> s.id().equals(rowId)).findFirst();
    }

    /** Parses a tables file; study ids must be in {@code ledger}. */
    public static LeverEvidenceTables parse(String source, String text, EvidenceCatalog ledger) {
        YamlNodes y = new YamlNodes(source);
        Node root = y.compose(text);
        if (root == null) throw new DataFormatException(source, 0, null, "empty file; expected tables: [...]");
        MappingNode top = y.mapping(root, "(root)");
        Map<String, Node> f = y.fields(top, "", TOP);
        List<Node> items = y.sequence(y.required(f, top, "", "tables", "a list of lever tables"), "tables");
        Map<Lever, LeverEvidenceTable> out = new EnumMap<>(Lever.class);
        Set<String> rowIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String p = "tables[" + i + "]";
            MappingNode t = y.mapping(items.get(i), p);
            Map<String, Node> tf = y.fields(t, p + ".", TABLE);
            Node leverNode = y.required(tf, t, p + ".", "lever", "a lever id");
            String leverId = y.text(leverNode, p + ".lever");
            Lever lever = Lever.fromId(leverId);
            if (lever == null) throw y.error(leverNode, p + ".lever", "unknown lever '" + leverId + "'; expected one of " + ids());
            if (out.containsKey(lever)) throw y.error(leverNode, p + ".lever", "lever '" + leverId + "' has a table already");
            p = "tables." + leverId;
            MappingNode g = y.mapping(y.required(tf, t, p + ".", "grade", "{direction, size}"), p + ".grade");
            Map<String, Node> gf = y.fields(g, p + ".grade.", GRADE);
            Grade dir = grade(y, y.required(gf, g, p + ".grade.", "direction", "sourced, analogue or judgment"), p + ".grade.direction");
            Grade size = grade(y, y.required(gf, g, p + ".grade.", "size", "sourced, analogue or judgment"), p + ".grade.size");
            List<EffectStudy> studies = new ArrayList<>();
            List<Node> sn = y.sequence(y.required(tf, t, p + ".", "studies", "a list of study rows"), p + ".studies");
            for (int k = 0; k < sn.size(); k++) {
                EffectStudy s = study(y, sn.get(k), p + ".studies[" + k + "]", ledger);
                if (!rowIds.add(s.id())) throw y.error(sn.get(k), p + ".studies[" + k + "].id", "row id '" + s.id() + "' used twice");
                studies.add(s);
            }
            List<LeverEvidenceTable.Recentred> ranges = new ArrayList<>();
            if (tf.containsKey("ranges")) {
                List<Node> rn = y.sequence(tf.get("ranges"), p + ".ranges");
                for (int k = 0; k < rn.size(); k++) ranges.add(recentred(y, rn.get(k), p + ".ranges[" + k + "]", lever));
            }
            out.put(lever, new LeverEvidenceTable(lever, y.text(y.required(tf, t, p + ".", "summary", "one line"), p + ".summary"), dir, size,
                    y.text(y.required(tf, t, p + ".", "transfer", "the rule from the studies' numbers to lever values"), p + ".transfer"), studies, ranges));
        }
        return new LeverEvidenceTables(out);
    }

    private static EffectStudy study(YamlNodes y, Node node, String p, EvidenceCatalog ledger) {
        MappingNode m = y.mapping(node, p);
        Map<String, Node> f = y.fields(m, p + ".", STUDY);
        String id = y.text(y.required(f, m, p + ".", "id", "a row id"), p + ".id");
        Node srcNode = y.required(f, m, p + ".", "source", "a source id in the evidence ledger");
        String src = y.text(srcNode, p + ".source");
        if (!ledger.contains(src)) throw y.error(srcNode, p + ".source", "unknown study id '" + src + "'; it must be in the evidence ledger");
        MappingNode e = y.mapping(y.required(f, m, p + ".", "effect", "{estimate, low, high, unit, interval} or {note}"), p + ".effect");
        Map<String, Node> ef = y.fields(e, p + ".effect.", EFFECT);
        Double est = ef.containsKey("estimate") ? y.number(ef.get("estimate"), p + ".effect.estimate", -1e9, 1e9) : null;
        Double lo = ef.containsKey("low") ? y.number(ef.get("low"), p + ".effect.low", -1e9, 1e9) : null;
        Double hi = ef.containsKey("high") ? y.number(ef.get("high"), p + ".effect.high", -1e9, 1e9) : null;
        if (lo != null && hi != null && lo > hi) throw y.error(e, p + ".effect", "low " + lo + " is above high " + hi);
        String note = ef.containsKey("note") ? y.text(ef.get("note"), p + ".effect.note") : null;
        if (est == null && note == null) throw y.error(e, p + ".effect", "give an estimate (with unit) or a note saying the study gives a direction only");
        String unit = ef.containsKey("unit") ? y.text(ef.get("unit"), p + ".effect.unit") : null;
        if (est != null && unit == null) throw y.error(e, p + ".effect.unit", "an estimate needs its unit");
        String interval = ef.containsKey("interval") ? y.text(ef.get("interval"), p + ".effect.interval") : null;
        if (est != null && interval == null) throw y.error(e, p + ".effect.interval", "say what the interval is, or 'not reported'");
        MappingNode c = y.mapping(y.required(f, m, p + ".", "confirmed", "{url, on: YYYY-MM-DD}"), p + ".confirmed");
        Map<String, Node> cf = y.fields(c, p + ".confirmed.", CONFIRMED);
        String url = y.text(y.required(cf, c, p + ".confirmed.", "url", "the page where the number was confirmed"), p + ".confirmed.url");
        Node onNode = y.required(cf, c, p + ".confirmed.", "on", "a date YYYY-MM-DD");
        LocalDate on;
        try {
            on = LocalDate.parse(y.text(onNode, p + ".confirmed.on"));
        } catch (DateTimeParseException ex) {
            throw y.error(onNode, p + ".confirmed.on", "expected a date YYYY-MM-DD");
        }
        return new EffectStudy(id, src, req(y, f, m, p, "design"), req(y, f, m, p, "place"), req(y, f, m, p, "period"), req(y, f, m, p, "outcome"),
                new EffectStudy.Effect(est, lo, hi, unit, interval, note),
                grade(y, y.required(f, m, p + ".", "direction", "sourced, analogue or judgment"), p + ".direction"),
                grade(y, y.required(f, m, p + ".", "size", "sourced, analogue or judgment"), p + ".size"),
                req(y, f, m, p, "transfer"), url, on);
    }

    private static LeverEvidenceTable.Recentred recentred(YamlNodes y, Node node, String p, Lever lever) {
        MappingNode m = y.mapping(node, p);
        Map<String, Node> f = y.fields(m, p + ".", RANGE);
        return new LeverEvidenceTable.Recentred(req(y, f, m, p, "course"), range(y, y.required(f, m, p + ".", "old", "{low, central, high}"), p + ".old", lever),
                range(y, y.required(f, m, p + ".", "new", "{low, central, high}"), p + ".new", lever), req(y, f, m, p, "rule"));
    }

    private static Range range(YamlNodes y, Node node, String p, Lever lever) {
        MappingNode m = y.mapping(node, p);
        Map<String, Node> f = y.fields(m, p + ".", LCH);
        double[] v = new double[3];
        String[] names = {"low", "central", "high"};
        for (int i = 0; i < 3; i++) v[i] = y.number(y.required(f, m, p + ".", names[i], "a number"), p + "." + names[i], lever.min(), lever.max());
        if (v[0] > v[1] || v[1] > v[2]) throw y.error(m, p, "need low <= central <= high");
        return new Range(v[0], v[1], v[2]);
    }

    private static String req(YamlNodes y, Map<String, Node> f, Node parent, String p, String key) {
        return y.text(y.required(f, parent, p + ".", key, "text"), p + "." + key);
    }

    private static Grade grade(YamlNodes y, Node node, String field) {
        String v = y.text(node, field);
        Grade g = Grade.fromId(v);
        if (g == null) throw y.error(node, field, "expected sourced, analogue or judgment, found '" + v + "'");
        return g;
    }

    private static String ids() {
        return Arrays.stream(Lever.values()).map(Lever::id).toList().toString();
    }

    private static final class Holder {
        static final LeverEvidenceTables VALUE = load();

        private static LeverEvidenceTables load() {
            try (InputStream in = LeverEvidenceTables.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the build");
                return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), EvidenceCatalog.bundled());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
