package org.cartellab.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.YamlNodes;
import org.cartellab.model.Intervention;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates scenario files. Every problem is one {@link DataFormatException} naming the file, the line and
 * the field; unknown keys are errors, never silently ignored.
 */
public final class ScenarioParser {
    static final Set<String> TOP_KEYS = Set.of("name", "model", "weeks", "seed", "parameters", "interventions");
    static final Set<String> INTERVENTION_KEYS = Set.of("week", "multiply", "set", "ramp", "over");
    /** Longest horizon accepted (about 190 years), a guard against typos that would run for hours. */
    public static final int MAX_WEEKS = 10_000;

    private final String source;
    private final YamlNodes yaml;

    private ScenarioParser(String source) {
        this.source = source;
        this.yaml = new YamlNodes(source);
    }

    /**
     * Reads a scenario file (format v1, UTF-8 YAML; docs/models.md, "Contracts"). Weeks in the file count from the
     * model's origin ({@link org.cartellab.model.ModelClock}); a missing {@code weeks} is the model's default
     * horizon; parameter values are in the units of the declarations ({@link org.cartellab.model.ModelParameters}).
     * The scenario's name defaults to the file name without {@code .yaml}.
     *
     * @throws DataFormatException naming the file, the line and the field for any invalid content (unknown or
     *                             duplicate key, wrong type, value out of range, week beyond the horizon, ...)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Scenario parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new DataFormatException(file.toString(), 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file + ": " + e.getMessage(), e);
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return parse(file.toString(), text, stem);
    }

    /**
     * Reads scenario text as {@link #parse(Path)} does; {@code source} names it in messages and is the default name.
     *
     * @throws DataFormatException naming {@code source}, the line and the field for any invalid content
     */
    public static Scenario parse(String source, String text) { return parse(source, text, source); }

    static Scenario parse(String source, String text, String defaultName) {
        return new ScenarioParser(source).read(text, defaultName);
    }

    private Scenario read(String text, String defaultName) {
        Node root = yaml.compose(text);
        if (root == null) throw new DataFormatException(source, 1, null, "the file is empty; expected a mapping with at least 'model'");
        MappingNode top = mapping(root, "(top level)");
        Map<String, Node> fields = fields(top, "", TOP_KEYS);

        Node modelNode = fields.get("model");
        if (modelNode == null) throw error(root, "model", "missing; expected 'network' or 'cohort'");
        String modelId = text(modelNode, "model");
        ModelKind model = ModelKind.fromId(modelId);
        if (model == null) throw error(modelNode, "model", "expected 'network' or 'cohort', found '" + modelId + "'");

        String name = fields.containsKey("name") ? text(fields.get("name"), "name") : defaultName;
        int weeks = fields.containsKey("weeks") ? integer(fields.get("weeks"), "weeks", 1, MAX_WEEKS) : model.defaultWeeks();
        long seed = fields.containsKey("seed") ? longValue(fields.get("seed"), "seed") : 1L;

        Map<String, Double> parameters = new LinkedHashMap<>();
        if (fields.containsKey("parameters")) {
            MappingNode p = mapping(fields.get("parameters"), "parameters");
            for (Map.Entry<String, Node> e : fields(p, "parameters.", Set.copyOf(model.parameters())).entrySet()) {
                parameters.put(e.getKey(), nonNegative(e.getValue(), "parameters." + e.getKey()));
            }
        }

        List<Intervention> interventions = new ArrayList<>();
        if (fields.containsKey("interventions")) {
            Node list = fields.get("interventions");
            if (!(list instanceof SequenceNode seq)) throw error(list, "interventions", "expected a list of interventions (lines starting with '- ')");
            int k = 0;
            for (Node item : seq.getValue()) {
                String path = "interventions[" + k++ + "]";
                Intervention next = intervention(item, path, model, weeks);
                if (!interventions.isEmpty() && next.week() < interventions.get(interventions.size() - 1).week()) {
                    throw error(item, path + ".week", "interventions must be listed in week order; week " + next.week()
                            + " comes after week " + interventions.get(interventions.size() - 1).week()
                            + " (interventions on the same week apply in the order listed)");
                }
                interventions.add(next);
            }
        }
        Scenario scenario = new Scenario(name, model, weeks, seed, parameters, interventions);
        if (model == ModelKind.NETWORK && !interventions.isEmpty()) {
            try {
                NetworkScenarioRunner.parameterPath(scenario); // compiles the schedule: refuses values that overflow
            } catch (IllegalArgumentException e) {
                throw error(fields.get("interventions"), "interventions", e.getMessage());
            }
        }
        if (model == ModelKind.COHORT) {
            try {
                CohortScenarioRunner.rates(scenario); // the cohort model's own checks, reported at this file's line
            } catch (DataFormatException e) {
                String field = e.field() == null ? "parameters" : e.field();
                Node at = root;
                if (field.startsWith("parameters.") && fields.containsKey("parameters")) {
                    at = fields.get("parameters");
                    for (org.yaml.snakeyaml.nodes.NodeTuple t : ((MappingNode) at).getValue()) {
                        if (field.equals("parameters." + ((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue())) at = t.getValueNode();
                    }
                } else if (fields.containsKey(field.split("\\.")[0])) {
                    at = fields.get(field.split("\\.")[0]);
                }
                throw error(at, field, e.problem());
            }
        }
        return scenario;
    }

    private Intervention intervention(Node node, String path, ModelKind model, int weeks) {
        Map<String, Node> f = fields(mapping(node, path), path + ".", INTERVENTION_KEYS);
        if (!f.containsKey("week")) throw error(node, path + ".week", "missing; expected the week the intervention starts");
        int week = integer(f.get("week"), path + ".week", 0, weeks);
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("multiply", "set", "ramp")) if (f.containsKey(k)) kinds.add(k);
        if (kinds.size() != 1) {
            throw error(node, path, "expected exactly one of multiply, set or ramp, found " + (kinds.isEmpty() ? "none" : String.join(" and ", kinds)));
        }
        String kind = kinds.get(0);
        Map<String, Double> values = new LinkedHashMap<>();
        MappingNode changes = mapping(f.get(kind), path + "." + kind);
        Map<String, Node> byName = fields(changes, path + "." + kind + ".", Set.copyOf(model.parameters()));
        if (byName.isEmpty()) throw error(changes, path + "." + kind, "expected at least one parameter, e.g. {recruitment: 0.5}");
        for (Map.Entry<String, Node> e : byName.entrySet()) {
            String field = path + "." + kind + "." + e.getKey();
            if (model.isStartOnly(e.getKey())) throw error(e.getValue(), field, "'" + e.getKey() + "' is fixed at the start and cannot change during a run");
            values.put(e.getKey(), nonNegative(e.getValue(), field));
        }
        if (kind.equals("ramp")) {
            if (!f.containsKey("over")) throw error(node, path + ".over", "missing; a ramp needs 'over: N' weeks");
            return Intervention.ramp(week, values, integer(f.get("over"), path + ".over", 1, MAX_WEEKS));
        }
        if (f.containsKey("over")) throw error(f.get("over"), path + ".over", "'over' belongs to a ramp only");
        return kind.equals("set") ? Intervention.set(week, values) : Intervention.multiply(week, values);
    }

    private Map<String, Node> fields(MappingNode node, String prefix, Set<String> allowed) { return yaml.fields(node, prefix, allowed); }

    private MappingNode mapping(Node node, String field) { return yaml.mapping(node, field); }

    private String text(Node node, String field) { return yaml.text(node, field); }

    private double nonNegative(Node node, String field) {
        Double d = node instanceof org.yaml.snakeyaml.nodes.ScalarNode s && s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
                ? YamlNodes.coreNumber(text(node, field)) : null; // YAML 1.2 core schema, finite, unquoted
        String v = text(node, field);
        if (d == null && (v.equalsIgnoreCase("nan") || v.matches("[-+]?(\\.?inf|infinity)(?i)"))) {
            throw error(node, field, "expected a finite number >= 0, found " + v);
        }
        if (d == null) throw error(node, field, "expected a number, found '" + v + "'");
        if (d < 0) throw error(node, field, "expected a finite number >= 0, found " + v);
        return d;
    }

    private int integer(Node node, String field, int min, int max) { return yaml.integer(node, field, min, max); }

    private long longValue(Node node, String field) { return yaml.longInteger(node, field); }

    private DataFormatException error(Node node, String field, String problem) { return yaml.error(node, field, problem); }
}
