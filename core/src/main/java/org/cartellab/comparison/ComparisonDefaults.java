package org.cartellab.comparison;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.YamlNodes;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.Range;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Comparison defaults that are data with provenance rather than constants in code, read from
 * {@code org/cartellab/comparison/comparison-defaults.yaml}: for now the share of baseline incapacitation that depends on
 * Mexico's cooperation. Every value has a range and evidence whose source ids are checked against the evidence ledger.
 */
public record ComparisonDefaults(DependentShare cooperationDependentIncapacitation) {
    /** The bundled file, as a class-path resource name. */
    public static final String RESOURCE = "org/cartellab/comparison/comparison-defaults.yaml";

    private static final Set<String> TOP = Set.of("cooperation_dependent_incapacitation");
    private static final Set<String> ENTRY = Set.of("range", "evidence");
    private static final Set<String> RANGE = Set.of("low", "central", "high");
    private static final Set<String> EVIDENCE = Set.of("sources", "assumption", "rationale");

    /** The bundled defaults, checked against the bundled evidence ledger. */
    public static ComparisonDefaults bundled() { return Holder.VALUE; }

    /** Parses a defaults file; every problem is a {@link DataFormatException} naming the source, line and field. */
    public static ComparisonDefaults parse(String source, String text, EvidenceCatalog ledger) {
        YamlNodes y = new YamlNodes(source);
        Node root = y.compose(text);
        if (root == null) throw new DataFormatException(source, 0, null, "empty file; expected cooperation_dependent_incapacitation");
        MappingNode top = y.mapping(root, "(root)");
        Map<String, Node> f = y.fields(top, "", TOP);
        String key = "cooperation_dependent_incapacitation";
        MappingNode entry = y.mapping(y.required(f, top, "", key, "{range: {low, central, high}, evidence: {...}}"), key);
        Map<String, Node> ef = y.fields(entry, key + ".", ENTRY);
        MappingNode r = y.mapping(y.required(ef, entry, key + ".", "range", "{low, central, high}, shares from 0 to 1"), key + ".range");
        Map<String, Node> rf = y.fields(r, key + ".range.", RANGE);
        double[] v = new double[3];
        String[] names = {"low", "central", "high"};
        for (int i = 0; i < 3; i++) v[i] = y.number(y.required(rf, r, key + ".range.", names[i], "a share from 0 to 1"), key + ".range." + names[i], 0, 1);
        if (v[0] > v[1] || v[1] > v[2]) throw y.error(r, key + ".range", "need low <= central <= high, found " + v[0] + ", " + v[1] + ", " + v[2]);
        Evidence evidence = evidence(y, y.required(ef, entry, key + ".", "evidence", "sources: [ids] and/or assumption: true, with a rationale"),
                key + ".evidence", ledger);
        return new ComparisonDefaults(new DependentShare(new Range(v[0], v[1], v[2]), evidence, "comparison defaults (" + source + ")"));
    }

    private static Evidence evidence(YamlNodes y, Node node, String path, EvidenceCatalog ledger) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", EVIDENCE);
        List<String> ids = new ArrayList<>();
        if (f.containsKey("sources")) {
            List<Node> items = y.sequence(f.get("sources"), path + ".sources");
            for (int i = 0; i < items.size(); i++) {
                String id = y.text(items.get(i), path + ".sources[" + i + "]");
                if (!ledger.contains(id)) throw y.error(items.get(i), path + ".sources[" + i + "]", "unknown source id '" + id + "'; it must be in the evidence ledger");
                ids.add(id);
            }
        }
        boolean assumption = f.containsKey("assumption") && y.bool(f.get("assumption"), path + ".assumption");
        if (ids.isEmpty() && !assumption) throw y.error(node, path, "no source and no assumption flag; give 'sources: [ids]' or 'assumption: true'");
        String rationale = y.text(y.required(f, m, path + ".", "rationale", "one line on why this range"), path + ".rationale");
        return new Evidence(ids, assumption, rationale);
    }

    private static final class Holder {
        static final ComparisonDefaults VALUE = load();

        private static ComparisonDefaults load() {
            try (InputStream in = ComparisonDefaults.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the build");
                return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), EvidenceCatalog.bundled());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
