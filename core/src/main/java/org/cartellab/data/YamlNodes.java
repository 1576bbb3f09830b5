package org.cartellab.data;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reading of a SnakeYAML node tree bound to one file, so every problem becomes one {@link DataFormatException}
 * naming the file, the line and the field. Same approach as the scenario parser: compose the tree (not objects),
 * reject duplicate and unknown keys, and check each value where it is read.
 */
public final class YamlNodes {
    private final String source;

    public YamlNodes(String source) { this.source = source; }

    /** The file or resource name errors name. */
    public String source() { return source; }

    /** The document's root node, or null for an empty document. */
    public Node compose(String text) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new DataFormatException(source, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1, null,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new DataFormatException(source, 0, null, "not valid YAML: " + e.getMessage());
        }
    }

    /** The keys of a mapping with their value nodes, in file order; a duplicate or a key outside {@code allowed} is an error. */
    public Map<String, Node> fields(MappingNode node, String prefix, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : node.getValue()) {
            String key = text(t.getKeyNode(), prefix + "(key)");
            if (!seen.add(key)) throw error(t.getKeyNode(), prefix + key, "duplicate key");
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), prefix + key, "unknown key; expected one of " + String.join(", ", new TreeSet<>(allowed)));
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    /** The value of a required key, or an error on the mapping's line naming what was expected. */
    public Node required(Map<String, Node> fields, Node parent, String prefix, String key, String expected) {
        Node n = fields.get(key);
        if (n == null) throw error(parent, prefix + key, "missing; expected " + expected);
        return n;
    }

    public MappingNode mapping(Node node, String field) {
        if (node instanceof MappingNode m) return m;
        throw error(node, field, "expected a mapping of keys to values");
    }

    public List<Node> sequence(Node node, String field) {
        if (node instanceof SequenceNode s) return s.getValue();
        throw error(node, field, "expected a list (lines starting with '- ' or [a, b])");
    }

    public String text(Node node, String field) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue().trim();
        throw error(node, field, "expected a text value");
    }

    /** A list of non-blank text values. */
    public List<String> texts(Node node, String field) {
        List<String> out = new ArrayList<>();
        int k = 0;
        for (Node item : sequence(node, field)) out.add(text(item, field + "[" + k++ + "]"));
        return out;
    }

    /** A finite number in [min, max]. */
    public double number(Node node, String field, double min, double max) {
        String v = text(node, field);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(node, field, "expected a number, found '" + v + "'");
        }
        if (!Double.isFinite(d) || d < min || d > max) {
            throw error(node, field, "expected a number from " + plain(min) + " to " + plain(max) + ", found " + v);
        }
        return d;
    }

    public int integer(Node node, String field, int min, int max) {
        String v = text(node, field);
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw error(node, field, "expected a whole number from " + min + " to " + max + ", found " + v);
            return i;
        } catch (NumberFormatException e) {
            throw error(node, field, "expected a whole number, found '" + v + "'");
        }
    }

    public boolean bool(Node node, String field) {
        String v = text(node, field);
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw error(node, field, "expected true or false, found '" + v + "'");
    }

    /** One-based line where a node starts. */
    public static int line(Node node) { return node.getStartMark().getLine() + 1; }

    public DataFormatException error(Node node, String field, String problem) {
        return new DataFormatException(source, line(node), field, problem);
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
