package org.cartellab.assessment;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cartellab.data.DataFormatException;

/**
 * The user's weights on the decision matrix's criteria, each >= 0, not all 0. Defaults give each family a third:
 * the two modelled outcomes 1/6 each, the legal criterion 1/3, each of the fifteen risks 1/45. The legal criterion gets a
 * whole third because lawfulness is a family of its own, not one risk among fifteen: a course that is prima facie
 * unlawful in a jurisdiction can be stopped or exposed there whatever its modelled effect. A weights file (YAML or JSON, a
 * map criterion id -> weight) replaces the defaults entirely: criteria it leaves out weigh 0.
 */
public record CriterionWeights(Map<Criterion, Double> weights) {
    public CriterionWeights {
        EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
        double sum = 0;
        for (Criterion c : Criterion.values()) {
            double w = weights.getOrDefault(c, 0.0);
            if (!Double.isFinite(w) || w < 0) throw new IllegalArgumentException("weight for " + c.id() + " must be a finite number >= 0, got " + w);
            copy.put(c, w);
            sum += w;
        }
        if (!(sum > 0)) throw new IllegalArgumentException("at least one criterion needs a weight > 0");
        weights = Collections.unmodifiableMap(copy);
    }

    /** How many risk criteria share the risk family's third. */
    static final int RISK_CRITERIA = (int) java.util.Arrays.stream(Criterion.values()).filter(c -> c.group() == Criterion.Group.RISK).count();

    public static CriterionWeights defaults() {
        EnumMap<Criterion, Double> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, switch (c.group()) {
                case MODELLED -> 1.0 / 6;
                case LEGAL -> 1.0 / 3;
                case RISK -> 1.0 / (3 * RISK_CRITERIA);
            });
        }
        return new CriterionWeights(w);
    }

    public double get(Criterion c) { return weights.get(c); }

    /** Weights in {@link Criterion} order, normalised to sum to 1. */
    public double[] normalised() {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double[] w = new double[Criterion.values().length];
        for (Criterion c : Criterion.values()) w[c.ordinal()] = weights.get(c) / sum;
        return w;
    }

    /**
     * Parses a weights file (YAML or JSON) through the one strict reading ({@link org.cartellab.data.YamlNodes}): YAML
     * 1.2 numbers (so {@code 010} is ten, never octal eight), no key twice, no unknown criterion, no quoted numbers;
     * errors name the file, line and criterion.
     */
    public static CriterionWeights parse(String source, String text) {
        org.cartellab.data.YamlNodes yaml = new org.cartellab.data.YamlNodes(source);
        org.yaml.snakeyaml.nodes.Node root = yaml.compose(text);
        if (root == null) throw new DataFormatException(source, 1, "", "the file is empty; expected a map of criterion -> weight; criteria: " + ids());
        if (!(root instanceof org.yaml.snakeyaml.nodes.MappingNode map)) {
            throw new DataFormatException(source, org.cartellab.data.YamlNodes.line(root), "", "expected a map of criterion -> weight; criteria: " + ids());
        }
        java.util.Set<String> allowed = new java.util.TreeSet<>();
        for (Criterion c : Criterion.values()) allowed.add(c.id());
        EnumMap<Criterion, Double> w = new EnumMap<>(Criterion.class);
        for (java.util.Map.Entry<String, org.yaml.snakeyaml.nodes.Node> e : yaml.fields(map, "", allowed).entrySet()) {
            double d = yaml.number(e.getValue(), e.getKey());
            if (d < 0) throw yaml.error(e.getValue(), e.getKey(), "expected a number >= 0, got " + d);
            w.put(Criterion.fromId(e.getKey()), d);
        }
        if (w.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new DataFormatException(source, 0, "", "at least one criterion needs a weight > 0");
        }
        return new CriterionWeights(w);
    }

    private static String ids() {
        return Arrays.stream(Criterion.values()).map(Criterion::id).toList().toString();
    }
}
