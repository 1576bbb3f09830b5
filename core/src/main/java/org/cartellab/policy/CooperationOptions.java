package org.cartellab.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of a change in Mexico's cooperation: {@code recoveryWeeks}, the weeks over which the change fades linearly
 * back to today's cooperation; 0 means no recovery within the horizon (the catalog's convention, reported as an
 * assumption when compiled).
 */
public record CooperationOptions(int recoveryWeeks) implements LeverOptions {
    /** No recovery within the horizon. */
    public static final CooperationOptions PERMANENT = new CooperationOptions(0);

    public CooperationOptions {
        if (recoveryWeeks < 0) throw new IllegalArgumentException("lever cooperation: recovery_weeks must be >= 0, got " + recoveryWeeks);
    }

    static CooperationOptions of(Map<String, Object> settings) {
        for (String k : settings.keySet()) {
            if (!k.equals(LeverSettings.RECOVERY_WEEKS)) throw new IllegalArgumentException("lever cooperation: unknown setting '" + k + "'");
        }
        Object v = settings.get(LeverSettings.RECOVERY_WEEKS);
        if (v == null) return PERMANENT;
        double d = LeverOptions.number(v, "cooperation", LeverSettings.RECOVERY_WEEKS);
        if (d != Math.rint(d) || d > Integer.MAX_VALUE) throw new IllegalArgumentException("lever cooperation: recovery_weeks must be a whole number, got " + v);
        return new CooperationOptions((int) d);
    }

    /** Whether the change persists for the whole horizon. */
    public boolean permanent() { return recoveryWeeks == 0; }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(LeverSettings.RECOVERY_WEEKS, recoveryWeeks);
        return m;
    }
}
