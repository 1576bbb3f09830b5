package org.cartellab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the BACRIM 2020 nodes, rivalries and alliances, applying the neutral labels for person-labelled groups. */
public final class NetworkDataLoader {
    private NetworkDataLoader() {}

    /** The copy bundled in core. */
    public static NetworkData bundled() {
        return load(CsvTable.resource(DataSet.NODES.file(), "Node", "Group", "State", "ShortName"),
                CsvTable.resource(DataSet.RIVALRIES.file(), "Node", "RNode", "weight"),
                CsvTable.resource(DataSet.ALLIANCES.file(), "Node", "RNode", "weight"),
                CsvTable.resource(DataSet.PERSON_LABELS.file(), "Node", "NeutralLabel"));
    }

    /** Files of the same names in a folder (e.g. an updated release of the data); labels fall back to the bundled ones. */
    public static NetworkData fromDirectory(Path dir) {
        Path labels = dir.resolve(DataSet.PERSON_LABELS.file());
        return load(CsvTable.read(dir.resolve(DataSet.NODES.file()), "Node", "Group", "State", "ShortName"),
                CsvTable.read(dir.resolve(DataSet.RIVALRIES.file()), "Node", "RNode", "weight"),
                CsvTable.read(dir.resolve(DataSet.ALLIANCES.file()), "Node", "RNode", "weight"),
                Files.exists(labels) ? CsvTable.read(labels, "Node", "NeutralLabel")
                        : CsvTable.resource(DataSet.PERSON_LABELS.file(), "Node", "NeutralLabel"));
    }

    static NetworkData load(CsvTable nodes, CsvTable rivals, CsvTable alliances, CsvTable personLabels) {
        Map<String, String> neutral = new HashMap<>();
        for (CsvTable.Row row : personLabels.rows()) neutral.put(row.text("Node"), row.text("NeutralLabel"));

        List<Cartel> cartels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : nodes.rows()) {
            String id = row.text("Node");
            if (!ids.add(id)) throw row.error("Node", "duplicate node id '" + id + "'");
            String label = neutral.get(id);
            boolean person = label != null;
            cartels.add(new Cartel(id, person ? label : row.text("Group"), person ? label : row.text("ShortName"),
                    row.text("State"), person));
        }
        if (cartels.isEmpty()) throw new DataFormatException(nodes.source(), 0, null, "expected at least one organisation");
        return new NetworkData(cartels, edges(rivals, ids), edges(alliances, ids));
    }

    private static List<Edge> edges(CsvTable table, Set<String> ids) {
        List<Edge> edges = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String from = row.oneOf("Node", ids, "node id (not in the nodes file)");
            String to = row.oneOf("RNode", ids, "node id (not in the nodes file)");
            if (from.equals(to)) throw row.error("RNode", "an organisation cannot be related to itself");
            edges.add(new Edge(from, to, row.nonNegative("weight")));
        }
        return edges;
    }
}
