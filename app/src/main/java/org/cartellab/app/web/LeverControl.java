package org.cartellab.app.web;

/**
 * One control on the simulator page, data-driven: the query/scenario name, the parameter it multiplies, its range
 * and step, the neutral value, a group for the form, an English label and explanation (the page translates known
 * ids), the source or assumption behind its range, and the keys of its label and help in the pages' messages (a multiplier's
 * label key is its parameter's declared one, {@code param.NAME}).
 */
public record LeverControl(String id, String parameter, String kind, double min, double max, double step,
                           double neutral, String group, String label, String help, String basis, String labelKey, String helpKey) {
    /** A structural lever of the simulator: its label and help keys are {@code sim.lever.ID.label} and {@code .help}. */
    public LeverControl(String id, String parameter, String kind, double min, double max, double step, double neutral, String group,
                        String label, String help, String basis) {
        this(id, parameter, kind, min, max, step, neutral, group, label, help, basis, "sim.lever." + id + ".label", "sim.lever." + id + ".help");
    }
}
