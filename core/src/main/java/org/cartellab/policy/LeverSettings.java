package org.cartellab.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structural settings a lever accepts in a catalog file, with their meaning and typed reads. Values in
 * {@link LeverEffect#settings()} are Integer, Double or List of String as documented per key.
 */
public final class LeverSettings {
    /** leadership_removal: Integer k (the top-k organisations by network rank) or List of organisation node ids. */
    public static final String TARGETS = "targets";
    /** leadership_removal: Double, rivalry weight between the factions a split organisation leaves behind. */
    public static final String RIVAL_WEIGHT = "rival_weight";
    /** leadership_removal: Integer, weeks the succession struggle lasts. */
    public static final String SUCCESSION_WEEKS = "succession_weeks";
    /** leadership_removal: Double, multiplier on conflict among the factions during the succession weeks. */
    public static final String SUCCESSION_CONFLICT = "succession_conflict";
    /** cooperation: Integer, weeks for a change in cooperation to fade back to the baseline (0 = permanent). */
    public static final String RECOVERY_WEEKS = "recovery_weeks";

    private static final Map<Lever, Set<String>> KEYS = Map.of(
            Lever.LEADERSHIP_REMOVAL, Set.of(TARGETS, RIVAL_WEIGHT, SUCCESSION_WEEKS, SUCCESSION_CONFLICT),
            Lever.COOPERATION, Set.of(RECOVERY_WEEKS));

    private LeverSettings() {}

    /** Optional leadership-removal settings: which rivalries the succession window heats, how alliances are inherited. */
    public static final String SUCCESSION_SCOPE = "succession_scope";
    public static final String ALLIANCE_INHERITANCE = "alliance_inheritance";
    /** Optional leadership-removal setting: how the leader is removed; selects the calibrated succession window. */
    public static final String REMOVAL_MODE = "removal_mode";
    /** Optional leadership-removal setting: a clear successor (no split) or a contested succession (the default). */
    public static final String SUCCESSION = "succession";
    /** Allowed values of the optional settings (the first is the default; removal_mode has none: absent = no calibrated window). */
    public static final Map<String, List<String>> OPTIONAL = Map.of(
            SUCCESSION_SCOPE, List.of("factions", "network"),
            ALLIANCE_INHERITANCE, List.of("shared", "kept"),
            REMOVAL_MODE, List.of("capture", "killing"),
            SUCCESSION, List.of("contested", "clear"));

    /** The optional setting keys a lever accepts. */
    public static Set<String> optionalKeys(Lever lever) { return lever == Lever.LEADERSHIP_REMOVAL ? OPTIONAL.keySet() : Set.of(); }

    /** The setting keys a lever requires (all of them); empty for levers without settings. */
    public static Set<String> keys(Lever lever) { return KEYS.getOrDefault(lever, Set.of()); }

    /** For leadership removal by rank: k, the number of top-ranked organisations targeted. */
    public static Optional<Integer> topK(LeverEffect e) {
        return e.settings().get(TARGETS) instanceof Integer k ? Optional.of(k) : Optional.empty();
    }

    /** For leadership removal by organisation: the node ids targeted. */
    @SuppressWarnings("unchecked")
    public static Optional<List<String>> nodeIds(LeverEffect e) {
        return e.settings().get(TARGETS) instanceof List<?> l ? Optional.of((List<String>) l) : Optional.empty();
    }

    public static double number(LeverEffect e, String key) {
        Object v = e.settings().get(key);
        if (v instanceof Number n) return n.doubleValue();
        throw new IllegalArgumentException(e.lever().id() + " has no numeric setting '" + key + "'");
    }

    public static int integer(LeverEffect e, String key) {
        Object v = e.settings().get(key);
        if (v instanceof Integer n) return n;
        throw new IllegalArgumentException(e.lever().id() + " has no whole-number setting '" + key + "'");
    }
}
