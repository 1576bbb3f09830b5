package org.cartellab.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.scenario.ModelKind;

/** Parses `--set name=value` options against the parameter names a model accepts. */
final class ParameterSettings {
    private ParameterSettings() {}

    static Map<String, Double> parse(List<String> settings, ModelKind model) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new BadInputException("--set '" + s + "': expected NAME=VALUE, e.g. --set recruitment=0.002");
            String name = s.substring(0, eq).trim();
            String text = s.substring(eq + 1).trim();
            if (!model.parameters().contains(name)) {
                throw new BadInputException("--set " + name + ": unknown parameter for the " + model.id()
                        + " model; expected one of " + String.join(", ", model.parameters()));
            }
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new BadInputException("--set " + name + ": expected a number, found '" + text + "'");
            }
            if (!Double.isFinite(value) || value < 0) {
                throw new BadInputException("--set " + name + ": expected a finite number >= 0, found " + text);
            }
            if (out.put(name, value) != null) throw new BadInputException("--set " + name + ": given more than once");
        }
        return out;
    }
}
