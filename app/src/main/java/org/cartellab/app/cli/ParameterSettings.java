package org.cartellab.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.app.i18n.Messages;
import org.cartellab.scenario.ModelKind;

/** Parses `--set name=value` options against the parameter names a model accepts. */
final class ParameterSettings {
    private ParameterSettings() {}

    /** {@link #parse(List, ModelKind, Messages)} with English messages. */
    static Map<String, Double> parse(List<String> settings, ModelKind model) { return parse(settings, model, Messages.english()); }

    /** The settings by name; a malformed, unknown, non-numeric, negative or repeated one is bad input, told in {@code t}'s language. */
    static Map<String, Double> parse(List<String> settings, ModelKind model, Messages t) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new BadInputException(t.get("set.err_form", s));
            String name = s.substring(0, eq).trim();
            String text = s.substring(eq + 1).trim();
            if (!model.parameters().contains(name)) {
                throw new BadInputException(t.get("set.err_unknown", name, t.getOr("run.model." + model.id(), model.id()), String.join(", ", model.parameters())));
            }
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new BadInputException(t.get("set.err_number", name, text));
            }
            if (!Double.isFinite(value) || value < 0) {
                throw new BadInputException(t.get("set.err_finite", name, text));
            }
            if (out.put(name, value) != null) throw new BadInputException(t.get("set.err_twice", name));
        }
        return out;
    }
}
