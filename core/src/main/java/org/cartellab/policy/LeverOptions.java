package org.cartellab.policy;

import java.util.Map;

/**
 * The structural settings of one lever, typed and validated once where they enter (a catalog or course-of-action
 * file, or a simulator request): {@link LeadershipOptions} for leadership removal, {@link CooperationOptions} for a
 * change in cooperation, {@link #NONE} for the multipliers. {@link PolicyCompiler} reads these fields and nothing else.
 */
public sealed interface LeverOptions permits LeverOptions.None, LeadershipOptions, CooperationOptions {
    /** No structural settings (the multipliers). */
    record None() implements LeverOptions {
        @Override
        public Map<String, Object> asMap() { return Map.of(); }
    }

    None NONE = new None();

    /** The settings under their catalog keys ({@link LeverSettings}), for display. */
    Map<String, Object> asMap();

    /**
     * Reads catalog-style settings (keys of {@link LeverSettings}; numbers as Number or numeric text, targets as a
     * whole number k, "top-k", or a list of node ids) for {@code lever}.
     *
     * @throws IllegalArgumentException naming the lever and key when a value is missing, of the wrong kind or out of range
     */
    static LeverOptions of(Lever lever, Map<String, Object> settings) {
        return switch (lever) {
            case LEADERSHIP_REMOVAL -> LeadershipOptions.of(settings);
            case COOPERATION -> CooperationOptions.of(settings);
            default -> {
                if (!settings.isEmpty()) throw new IllegalArgumentException("lever " + lever.id() + " takes no settings, got " + settings.keySet());
                yield NONE;
            }
        };
    }

    /** Whether these options belong to {@code lever}. */
    default boolean fits(Lever lever) {
        return switch (lever) {
            case LEADERSHIP_REMOVAL -> this instanceof LeadershipOptions;
            case COOPERATION -> this instanceof CooperationOptions;
            default -> this instanceof None;
        };
    }

    /** A number >= 0 from a Number or numeric text. */
    static double number(Object v, String lever, String key) {
        if (v instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0) return n.doubleValue();
        if (v instanceof String str) {
            try {
                double d = Double.parseDouble(str.trim());
                if (Double.isFinite(d) && d >= 0) return d;
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw new IllegalArgumentException("lever " + lever + ": setting '" + key + "' must be a number >= 0, got " + v);
    }
}
