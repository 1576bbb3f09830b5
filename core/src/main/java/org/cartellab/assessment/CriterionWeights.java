package org.cartellab.assessment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cartellab.data.DataFormatException;

/**
 * The user's weights on the decision matrix's criteria, each >= 0, not all 0. Defaults give each family a third:
 * the two modelled outcomes 1/6 each, the legal criterion 1/3, each of the six risks 1/18. The legal criterion gets a
 * whole third because lawfulness is a family of its own, not one risk among six: a course that is prima facie
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

    public static CriterionWeights defaults() {
        EnumMap<Criterion, Double> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, switch (c.group()) {
                case MODELLED -> 1.0 / 6;
                case LEGAL -> 1.0 / 3;
                case RISK -> 1.0 / 18;
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

    /** Parses a weights file; errors name the file, line and criterion. */
    public static CriterionWeights parse(String source, String text) {
        EnumMap<Criterion, Double> w = new EnumMap<>(Criterion.class);
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) throw new DataFormatException(source, line(p.currentLocation()), "", "expected a map of criterion -> weight; criteria: " + ids());
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                long line = line(p.currentLocation());
                Criterion c = Criterion.fromId(name);
                if (c == null) throw new DataFormatException(source, line, name, "unknown criterion; expected one of " + ids());
                if (w.containsKey(c)) throw new DataFormatException(source, line, name, "criterion given twice");
                JsonToken v = p.nextToken();
                if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new DataFormatException(source, line(p.currentLocation()), name, "expected a number >= 0, got '" + p.getText() + "'");
                }
                double d = p.getDoubleValue();
                if (!Double.isFinite(d) || d < 0) throw new DataFormatException(source, line(p.currentLocation()), name, "expected a number >= 0, got " + d);
                w.put(c, d);
            }
            if (t != JsonToken.END_OBJECT) throw new DataFormatException(source, line(p.currentLocation()), "", "expected a flat map of criterion -> weight");
        } catch (IOException e) {
            throw new DataFormatException(source, 0, "", "not valid YAML or JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (w.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new DataFormatException(source, 0, "", "at least one criterion needs a weight > 0");
        }
        return new CriterionWeights(w);
    }

    private static long line(JsonLocation l) { return l == null ? 0 : l.getLineNr(); }

    private static String ids() {
        return Arrays.stream(Criterion.values()).map(Criterion::id).toList().toString();
    }
}
