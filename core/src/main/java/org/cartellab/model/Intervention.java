package org.cartellab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to named parameters from a given week on, as a scenario file (v1) states it. {@code MULTIPLY} scales,
 * {@code SET} replaces, {@code RAMP} scales by a factor reached linearly over {@code over} weeks (1 at {@code week},
 * the factor at {@code week + over}). It acts through {@link #changes()}, the primitives every parameter path uses.
 */
public record Intervention(int week, Kind kind, Map<String, Double> values, int over) {
    /** How an intervention changes a parameter. */
    public enum Kind { MULTIPLY, SET, RAMP }

    public Intervention {
        if (week < 0) throw new IllegalArgumentException("intervention week must be >= 0, got " + week);
        if (values == null || values.isEmpty()) throw new IllegalArgumentException("an intervention must change at least one parameter");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue()) || e.getValue() < 0) {
                throw new IllegalArgumentException("value for " + e.getKey() + " must be a finite number >= 0, got " + e.getValue());
            }
        }
        if (kind == Kind.RAMP && over <= 0) throw new IllegalArgumentException("a ramp needs 'over' > 0 weeks");
        if (kind != Kind.RAMP && over != 0) throw new IllegalArgumentException("'over' belongs to a ramp only");
    }

    public static Intervention multiply(int week, Map<String, Double> factors) { return new Intervention(week, Kind.MULTIPLY, factors, 0); }

    public static Intervention set(int week, Map<String, Double> values) { return new Intervention(week, Kind.SET, values, 0); }

    public static Intervention ramp(int week, Map<String, Double> factors, int over) { return new Intervention(week, Kind.RAMP, factors, over); }

    /**
     * This intervention as {@link ParameterChange}s, one per parameter in the order given: MULTIPLY a step multiplier,
     * SET a replacement, RAMP a multiplier reached over {@code over} weeks; all from {@code week} with no end.
     */
    public java.util.List<ParameterChange> changes() {
        java.util.List<ParameterChange> out = new java.util.ArrayList<>();
        values.forEach((name, v) -> out.add(switch (kind) {
            case MULTIPLY -> ParameterChange.scale(name, v, week, 0, false);
            case SET -> ParameterChange.set(name, v, week);
            case RAMP -> ParameterChange.scale(name, v, week, over, false);
        }));
        return out;
    }
}
