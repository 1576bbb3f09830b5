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
 * {@code successionWeeks} weeks during which conflict is multiplied by {@code successionConflict} (0 weeks or a factor
 * of 1: none) among the factions or in the whole network ({@code scope}), and how factions inherit alliances.
 */
public record LeadershipOptions(LeadershipTargets targets, Double rivalWeight, int successionWeeks, double successionConflict,
                                Scope scope, LeadershipRemoval.Alliances alliances) implements LeverOptions {
    /** Where the succession struggle raises conflict. */
    public enum Scope { FACTIONS, NETWORK }

    public LeadershipOptions {
        java.util.Objects.requireNonNull(targets, "targets");
        java.util.Objects.requireNonNull(scope, "scope");
        java.util.Objects.requireNonNull(alliances, "alliances");
        if (rivalWeight != null && !(rivalWeight >= 0 && Double.isFinite(rivalWeight))) {
            throw new IllegalArgumentException("lever leadership_removal: rival_weight must be a finite number >= 0, got " + rivalWeight);
        }
        if (successionWeeks < 0) throw new IllegalArgumentException("lever leadership_removal: succession_weeks must be >= 0, got " + successionWeeks);
        if (!(successionConflict >= 0) || Double.isInfinite(successionConflict)) {
            throw new IllegalArgumentException("lever leadership_removal: succession_conflict must be a finite number >= 0, got " + successionConflict);
        }
    }

    /** The k top-ranked organisations, default rivalry weight, no succession struggle, shared alliances. */
    public static LeadershipOptions topByRank(int k) {
        return new LeadershipOptions(LeadershipTargets.topByRank(k), null, 0, 1, Scope.FACTIONS, LeadershipRemoval.Alliances.SHARED);
    }

    /** Whether a succession struggle changes conflict. */
    public boolean hasSuccession() { return successionWeeks > 0 && successionConflict != 1; }

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
        double w = weeks == null ? 0 : LeverOptions.number(weeks, "leadership_removal", LeverSettings.SUCCESSION_WEEKS);
        if (w != Math.rint(w) || w > Integer.MAX_VALUE) throw new IllegalArgumentException("lever leadership_removal: succession_weeks must be a whole number, got " + weeks);
        double f = factor == null ? 1 : LeverOptions.number(factor, "leadership_removal", LeverSettings.SUCCESSION_CONFLICT);
        String scope = String.valueOf(set.getOrDefault(LeverSettings.SUCCESSION_SCOPE, "factions")).trim().toLowerCase(Locale.ROOT);
        if (!scope.equals("factions") && !scope.equals("network")) {
            throw new IllegalArgumentException("lever leadership_removal: setting 'succession_scope' must be 'factions' or 'network', got " + scope);
        }
        return new LeadershipOptions(targets, rival, (int) w, f, scope.equals("network") ? Scope.NETWORK : Scope.FACTIONS,
                alliances(set.get(LeverSettings.ALLIANCE_INHERITANCE)));
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
        if (successionWeeks > 0 || successionConflict != 1) {
            m.put(LeverSettings.SUCCESSION_WEEKS, successionWeeks);
            m.put(LeverSettings.SUCCESSION_CONFLICT, successionConflict);
        }
        if (scope != Scope.FACTIONS) m.put(LeverSettings.SUCCESSION_SCOPE, scope.name().toLowerCase(Locale.ROOT));
        if (alliances != LeadershipRemoval.Alliances.SHARED) m.put(LeverSettings.ALLIANCE_INHERITANCE, alliances.name().toLowerCase(Locale.ROOT));
        return m;
    }
}
