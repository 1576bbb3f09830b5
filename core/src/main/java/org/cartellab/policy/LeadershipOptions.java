package org.cartellab.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settings of a leadership removal (see {@link LeadershipRemoval} and {@link PolicyCompiler}): which organisations
 * ({@code targets}), the rivalry weight between sibling factions ({@code rivalWeight}; null = the default
 * {@link PolicyCompiler#DEFAULT_RIVAL_WEIGHT}, reported as an assumption), a succession struggle of
 * {@code successionWeeks} weeks during which conflict is multiplied by {@code successionConflict} (both null when the
 * course gives no window; 0 weeks or a factor of 1: none) among the factions or in the whole network ({@code scope}), how
 * factions inherit alliances, how the leader is removed ({@code removalMode}, null if not said: with no explicit window
 * it selects the calibrated one, {@link SuccessionCalibration}) and whether the succession is contested or clear (a
 * clear successor keeps the organisation whole).
 */
public record LeadershipOptions(LeadershipTargets targets, Double rivalWeight, Integer successionWeeks, Double successionConflict,
                                Scope scope, LeadershipRemoval.Alliances alliances, SuccessionCalibration.Mode removalMode,
                                SuccessionCalibration.Succession succession) implements LeverOptions {
    /** Where the succession struggle raises conflict. */
    public enum Scope { FACTIONS, NETWORK }

    public LeadershipOptions {
        java.util.Objects.requireNonNull(targets, "targets");
        java.util.Objects.requireNonNull(scope, "scope");
        java.util.Objects.requireNonNull(alliances, "alliances");
        java.util.Objects.requireNonNull(succession, "succession");
        if ((successionWeeks == null) != (successionConflict == null)) {
            throw new IllegalArgumentException("lever leadership_removal: give both succession_weeks and succession_conflict, or neither");
        }
        if (rivalWeight != null && !(rivalWeight >= 0 && Double.isFinite(rivalWeight))) {
            throw new IllegalArgumentException("lever leadership_removal: rival_weight must be a finite number >= 0, got " + rivalWeight);
        }
        if (successionWeeks != null && successionWeeks < 0) throw new IllegalArgumentException("lever leadership_removal: succession_weeks must be >= 0, got " + successionWeeks);
        if (successionConflict != null && (!(successionConflict >= 0) || Double.isInfinite(successionConflict))) {
            throw new IllegalArgumentException("lever leadership_removal: succession_conflict must be a finite number >= 0, got " + successionConflict);
        }
    }

    /** The k top-ranked organisations, default rivalry weight, no succession struggle, shared alliances. */
    public static LeadershipOptions topByRank(int k) {
        return new LeadershipOptions(LeadershipTargets.topByRank(k), null, null, null, Scope.FACTIONS, LeadershipRemoval.Alliances.SHARED,
                null, SuccessionCalibration.Succession.CONTESTED);
    }

    /** Whether the course gives its own succession window (succession_weeks and succession_conflict). */
    public boolean explicitWindow() { return successionWeeks != null; }

    static LeadershipOptions of(Map<String, Object> set) {
        for (String k : set.keySet()) {
            if (!LeverSettings.keys(Lever.LEADERSHIP_REMOVAL).contains(k) && !LeverSettings.optionalKeys(Lever.LEADERSHIP_REMOVAL).contains(k)) {
                throw new IllegalArgumentException("lever leadership_removal: unknown setting '" + k + "'");
            }
        }
        LeadershipTargets targets = targets(set.get(LeverSettings.TARGETS));
        Double rival = set.get(LeverSettings.RIVAL_WEIGHT) == null ? null
                : LeverOptions.number(set.get(LeverSettings.RIVAL_WEIGHT), "leadership_removal", LeverSettings.RIVAL_WEIGHT);
        Object weeks = set.get(LeverSettings.SUCCESSION_WEEKS);
        Object factor = set.get(LeverSettings.SUCCESSION_CONFLICT);
        if ((weeks == null) != (factor == null)) {
            throw new IllegalArgumentException("lever leadership_removal: give both succession_weeks and succession_conflict, or neither");
        }
        Integer w = null;
        if (weeks != null) {
            double d = LeverOptions.number(weeks, "leadership_removal", LeverSettings.SUCCESSION_WEEKS);
            if (d != Math.rint(d) || d > Integer.MAX_VALUE) throw new IllegalArgumentException("lever leadership_removal: succession_weeks must be a whole number, got " + weeks);
            w = (int) d;
        }
        Double f = factor == null ? null : LeverOptions.number(factor, "leadership_removal", LeverSettings.SUCCESSION_CONFLICT);
        String scope = String.valueOf(set.getOrDefault(LeverSettings.SUCCESSION_SCOPE, "factions")).trim().toLowerCase(Locale.ROOT);
        if (!scope.equals("factions") && !scope.equals("network")) {
            throw new IllegalArgumentException("lever leadership_removal: setting 'succession_scope' must be 'factions' or 'network', got " + scope);
        }
        SuccessionCalibration.Mode mode = set.get(LeverSettings.REMOVAL_MODE) == null ? null : SuccessionCalibration.mode(set.get(LeverSettings.REMOVAL_MODE));
        SuccessionCalibration.Succession succession = set.get(LeverSettings.SUCCESSION) == null ? SuccessionCalibration.Succession.CONTESTED
                : SuccessionCalibration.succession(set.get(LeverSettings.SUCCESSION));
        return new LeadershipOptions(targets, rival, w, f, scope.equals("network") ? Scope.NETWORK : Scope.FACTIONS,
                alliances(set.get(LeverSettings.ALLIANCE_INHERITANCE)), mode, succession);
    }

    private static LeadershipRemoval.Alliances alliances(Object v) {
        if (v == null) return LeadershipRemoval.Alliances.SHARED;
        for (LeadershipRemoval.Alliances a : LeadershipRemoval.Alliances.values()) {
            if (a.name().equalsIgnoreCase(String.valueOf(v).trim())) return a;
        }
        throw new IllegalArgumentException("lever leadership_removal: setting 'alliance_inheritance' must be 'shared' or 'kept', got " + v);
    }

    /** The targets setting: a whole number k or "top-k" / "top:k" for the k strongest by rank, or a list of node ids. */
    static LeadershipTargets targets(Object v) {
        if (v == null) throw new IllegalArgumentException("lever leadership_removal: setting 'targets' is required (top-k by rank, or a list of node ids)");
        if (v instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) throw new IllegalArgumentException("lever leadership_removal: targets top-k must be a whole number, got " + n);
            return LeadershipTargets.topByRank(n.intValue());
        }
        if (v instanceof String s) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            if (t.startsWith("top")) t = t.substring(3).replaceFirst("^[-:_ ]", "");
            try {
                return LeadershipTargets.topByRank(Integer.parseInt(t.trim()));
            } catch (NumberFormatException e) {
                return LeadershipTargets.nodes(List.of(s.trim()));
            }
        }
        if (v instanceof List<?> list) {
            List<String> nodes = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s) || s.isBlank()) throw new IllegalArgumentException("lever leadership_removal: targets list must hold node ids, got " + o);
                nodes.add(s.trim());
            }
            return LeadershipTargets.nodes(nodes);
        }
        throw new IllegalArgumentException("lever leadership_removal: targets must be top-k or a list of node ids, got " + v);
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(LeverSettings.TARGETS, targets.topK() > 0 ? (Object) targets.topK() : targets.nodes());
        if (rivalWeight != null) m.put(LeverSettings.RIVAL_WEIGHT, rivalWeight);
        if (successionWeeks != null) {
            m.put(LeverSettings.SUCCESSION_WEEKS, successionWeeks);
            m.put(LeverSettings.SUCCESSION_CONFLICT, successionConflict);
        }
        if (scope != Scope.FACTIONS) m.put(LeverSettings.SUCCESSION_SCOPE, scope.name().toLowerCase(Locale.ROOT));
        if (alliances != LeadershipRemoval.Alliances.SHARED) m.put(LeverSettings.ALLIANCE_INHERITANCE, alliances.name().toLowerCase(Locale.ROOT));
        if (removalMode != null) m.put(LeverSettings.REMOVAL_MODE, removalMode.name().toLowerCase(Locale.ROOT));
        if (succession != SuccessionCalibration.Succession.CONTESTED) m.put(LeverSettings.SUCCESSION, succession.name().toLowerCase(Locale.ROOT));
        return m;
    }
}
