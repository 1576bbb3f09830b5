package org.cartellab.scenario;

import java.util.List;
import org.cartellab.model.ModelClock;
import org.cartellab.model.ModelParameters;

/**
 * The engines a scenario can run (the scenario file's {@code model:}), each with its declared parameters and clock
 * ({@link ModelParameters}): the names accepted under {@code parameters:}, which of them are fixed at the start, and
 * the default horizon.
 */
public enum ModelKind {
    NETWORK(ModelParameters.NETWORK),
    COHORT(ModelParameters.COHORT);

    private final ModelParameters declarations;

    ModelKind(ModelParameters declarations) {
        this.declarations = declarations;
    }

    /** The name used in scenario files. */
    public String id() { return declarations.clock().model(); }

    /** The model's parameter declarations. */
    public ModelParameters declarations() { return declarations; }

    /** The model's clock (origin and week-date conversion). */
    public ModelClock clock() { return declarations.clock(); }

    /** Horizon in weeks used when a scenario gives no {@code weeks} (network 520, cohort 4,227). */
    public int defaultWeeks() { return declarations.clock().defaultWeeks(); }

    /** Parameter names accepted under {@code parameters:}, in record order. */
    public List<String> parameters() { return declarations.names(); }

    /** Parameters that only make sense at the start, so interventions may not change them (false for unknown names). */
    public boolean isStartOnly(String parameter) {
        return declarations.contains(parameter) && declarations.get(parameter).startOnly();
    }

    /** The kind with this scenario-file id, or null. */
    public static ModelKind fromId(String id) {
        for (ModelKind k : values()) if (k.id().equals(id)) return k;
        return null;
    }
}
