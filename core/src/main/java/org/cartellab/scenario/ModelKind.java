package org.cartellab.scenario;

import java.util.List;
import java.util.Set;

/** The engines a scenario can run, each with the parameter names its scenario files accept. */
public enum ModelKind {
    NETWORK("network", 520,
            List.of("recruitment", "incapacitation", "conflict", "saturation", "initial_members"),
            Set.of("initial_members")),
    COHORT("cohort", 4227,
            List.of("recruitment", "arrest", "killing", "saturation", "equilibrium_size", "initial_members",
                    "sentence_multiplier", "cohort_year", "cohort_size",
                    "recruitment_probability", "min_recruitment_age", "max_recruitment_age", "exit_age_exponent"),
            Set.of("initial_members", "cohort_year", "cohort_size", "equilibrium_size",
                    "min_recruitment_age", "max_recruitment_age", "exit_age_exponent"));

    private final String id;
    private final int defaultWeeks;
    private final List<String> parameters;
    private final Set<String> startOnly;

    ModelKind(String id, int defaultWeeks, List<String> parameters, Set<String> startOnly) {
        this.id = id;
        this.defaultWeeks = defaultWeeks;
        this.parameters = parameters;
        this.startOnly = startOnly;
    }

    /** The name used in scenario files. */
    public String id() { return id; }

    /** Horizon used when a scenario gives no {@code weeks}. */
    public int defaultWeeks() { return defaultWeeks; }

    /** Parameter names accepted under {@code parameters:}. */
    public List<String> parameters() { return parameters; }

    /** Parameters that only make sense at the start, so interventions may not change them. */
    public boolean isStartOnly(String parameter) { return startOnly.contains(parameter); }

    public static ModelKind fromId(String id) {
        for (ModelKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }
}
