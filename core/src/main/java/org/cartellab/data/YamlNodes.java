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
 * naming the file, the line and the field: the one strict reading of every input format (scenario,
 * course-of-action, sources, weights, defaults; JSON is read as the YAML it is). Compose the tree (not objects),
 * reject duplicate and unknown keys, and check each value where it is read.
 *
 * <p>Numbers follow the YAML 1.2 core schema, whatever SnakeYAML's 1.1 resolver would say: a number is a plain
 * (unquoted) scalar matching {@code [-+]?[0-9]+} (decimal, so {@code 010} is ten and {@code 0520} is 520, never
 * octal), {@code 0o[0-7]+}, {@code 0x[0-9a-fA-F]+} or {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}.
 * Java's extra syntax ({@code 1d}, {@code 0x1p3}, {@code 1_000}, {@code Infinity}, {@code NaN}) and quoted numbers
 * are refused, never coerced. Aliases are expanded the same way in every file (at most 10 per document), and a
 * key given twice is an error.
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

    private static final java.util.regex.Pattern CORE_INT = java.util.regex.Pattern.compile("[-+]?[0-9]+");
    private static final java.util.regex.Pattern CORE_OCT = java.util.regex.Pattern.compile("0o[0-7]+");
    private static final java.util.regex.Pattern CORE_HEX = java.util.regex.Pattern.compile("0x[0-9a-fA-F]+");
    private static final java.util.regex.Pattern CORE_FLOAT =
            java.util.regex.Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    /**
     * The value of a YAML 1.2 core-schema number, or null if {@code v} is not one (see the class comment). Infinite
     * and NaN values ({@code .inf}, {@code .nan}) are not numbers here: every number the project reads is finite.
     */
    public static Double coreNumber(String v) {
        if (CORE_INT.matcher(v).matches() || CORE_FLOAT.matcher(v).matches()) {
            double d = new java.math.BigDecimal(v.startsWith("+") ? v.substring(1) : v).doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        if (CORE_OCT.matcher(v).matches()) return (double) new java.math.BigInteger(v.substring(2), 8).doubleValue();
        if (CORE_HEX.matcher(v).matches()) return new java.math.BigInteger(v.substring(2), 16).doubleValue();
        return null;
    }

    /** A whole number in the core schema (decimal, 0o octal or 0x hex), or null. */
    public static Long coreInteger(String v) {
        try {
            if (CORE_INT.matcher(v).matches()) return new java.math.BigInteger(v.startsWith("+") ? v.substring(1) : v).longValueExact();
            if (CORE_OCT.matcher(v).matches()) return new java.math.BigInteger(v.substring(2), 8).longValueExact();
            if (CORE_HEX.matcher(v).matches()) return new java.math.BigInteger(v.substring(2), 16).longValueExact();
        } catch (ArithmeticException tooLarge) {
            return null;
        }
        return null;
    }

    /** The text of a scalar that must be a number: plain (a quoted "5" is text, not a number). */
    private String numeric(Node node, String field, String expected) {
        String v = text(node, field);
        if (node instanceof ScalarNode s && s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            throw error(node, field, "expected " + expected + ", found the quoted text '" + v + "' (numbers are written without quotes)");
        }
        return v;
    }

    /** A finite number, any value (YAML 1.2 core schema). */
    public double number(Node node, String field) {
        String v = numeric(node, field, "a number");
        Double d = coreNumber(v);
        if (d == null) throw error(node, field, "expected a number, found '" + v + "'");
        return d;
    }

    /** A whole number of any size that fits a long (YAML 1.2 core schema). */
    public long longInteger(Node node, String field) {
        String v = numeric(node, field, "a whole number");
        Long l = coreInteger(v);
        if (l == null) throw error(node, field, "expected a whole number, found '" + v + "'");
        return l;
    }

    /** A finite number in [min, max]. */
    public double number(Node node, String field, double min, double max) {
        String v = numeric(node, field, "a number");
        Double parsed = coreNumber(v);
        if (parsed == null) throw error(node, field, "expected a number, found '" + v + "'");
        double d = parsed;
        if (!Double.isFinite(d) || d < min || d > max) {
            throw error(node, field, "expected a number from " + plain(min) + " to " + plain(max) + ", found " + v);
        }
        return d;
    }

    public int integer(Node node, String field, int min, int max) {
        String v = numeric(node, field, "a whole number");
        Long l = coreInteger(v);
        if (l == null) throw error(node, field, "expected a whole number, found '" + v + "'");
        if (l < min || l > max) throw error(node, field, "expected a whole number from " + min + " to " + max + ", found " + v);
        return (int) (long) l;
    }

    public boolean bool(Node node, String field) {
        String v = numeric(node, field, "true or false");
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
