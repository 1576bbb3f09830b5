package org.cartellab.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.network.NetworkEvent;
import org.cartellab.network.NetworkParameters;

/**
 * Turns lever settings into what the network engine runs: ramped multipliers for recruitment, incapacitation,
 * conflict and saturation; a cooperation index from cooperation shocks; a {@link LeadershipRemoval} event (and its
 * succession window) per leadership lever. Sentence multipliers are set aside for the cohort engine. Lever weeks are
 * relative to {@code startWeek} (the comparison's start in model weeks).
 *
 * <p>Leadership settings: {@code targets} (required), {@code rival_weight}, {@code succession_weeks} with
 * {@code succession_conflict}, a multiplier on conflict for that many weeks from the split: by default
 * ({@code succession_scope: factions}) on conflict among the sibling factions only (their rivalry weight is raised so
 * that {@code (W + 1)} scales by the factor, and a {@link SiblingRivalryReset} restores it), or with
 * {@code succession_scope: network} on theta for the whole network; {@code alliance_inheritance} ("shared", the
 * default, or "kept"; see {@link LeadershipRemoval}); {@code removal_mode} ("capture" or "killing"): without an explicit
 * succession window, a contested split gets the calibrated window of that mode ({@link SuccessionCalibration});
 * {@code succession} ("contested", the default, or "clear": a clear successor holds the organisation together, so it does
 * not split whatever the lever value, after Jones 2013). Cooperation settings: {@code recovery_weeks} (absent or 0:
 * no recovery, the catalog's convention).
 *
 * <p>Defaults, each reported as an assumption when used: a leadership lever without {@code rival_weight} makes sibling
 * factions rivals with weight 1 (the smallest rivalry weight in the 2020 data); a cooperation shock without
 * {@code recovery_weeks} (or with 0) does not recover within the horizon. Leadership removal is structural and is not scaled by
 * cooperation; its ramp is ignored (a split happens at one week). Events after the run's end are dropped.
 */
public final class PolicyCompiler {
    public static final double DEFAULT_RIVAL_WEIGHT = 1.0;

    private final double cooperationDependentIncapacitation;

    /** @param cooperationDependentIncapacitation share of baseline incapacitation that needs cooperation (0..1). */
    public PolicyCompiler(double cooperationDependentIncapacitation) {
        this.cooperationDependentIncapacitation = cooperationDependentIncapacitation;
    }

    public CompiledPolicy compile(NetworkParameters base, int startWeek, int endWeek, List<LeverSetting> settings) {
        List<Ramp> ramps = new ArrayList<>();
        List<TemporaryMultiplier> windows = new ArrayList<>();
        List<CooperationIndex.Shock> shocks = new ArrayList<>();
        List<NetworkEvent> events = new ArrayList<>();
        List<LeverSetting> notEvaluated = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        for (LeverSetting s : settings) {
            LeverEffect e = s.effect();
            int at = startWeek + e.startWeek();
            switch (e.lever()) {
                case RECRUITMENT, INCAPACITATION, CONFLICT, SATURATION ->
                        ramps.add(new Ramp(e.lever().id(), s.value(), at, e.rampWeeks(), e.scaledByCooperation()));
                case COOPERATION -> {
                    Object rec = e.settings().get("recovery_weeks");
                    double recovery;
                    if (rec == null || (rec instanceof Number n && n.doubleValue() == 0)) {
                        recovery = Double.POSITIVE_INFINITY; // the catalog's convention: 0 = permanent
                        assumptions.add("cooperation change " + s.value() + " from week " + e.startWeek() + " has no recovery (recovery_weeks absent or 0): it persists for the whole horizon");
                    } else {
                        recovery = number(rec, "cooperation", "recovery_weeks");
                    }
                    shocks.add(new CooperationIndex.Shock(at, e.rampWeeks(), s.value(), recovery));
                }
                case LEADERSHIP_REMOVAL -> {
                    if (at >= endWeek) break;
                    int factions = (int) Math.round(s.value());
                    Map<String, Object> set = e.settings();
                    SuccessionCalibration.Succession succession = set.get("succession") == null ? SuccessionCalibration.Succession.CONTESTED
                            : SuccessionCalibration.succession(set.get("succession"));
                    SuccessionCalibration.Mode mode = set.get("removal_mode") == null ? null : SuccessionCalibration.mode(set.get("removal_mode"));
                    if (succession == SuccessionCalibration.Succession.CLEAR) {
                        // Jones (2013): no rise in violence where a successor was ready; the organisation stays whole
                        assumptions.add("leadership removal with a clear successor: the organisation does not split and no succession conflict follows (Jones 2013)");
                        factions = 1;
                    }
                    double rival;
                    if (set.get("rival_weight") == null) {
                        rival = DEFAULT_RIVAL_WEIGHT;
                        assumptions.add("leadership removal without rival_weight: sibling factions are rivals with weight 1 (smallest rivalry weight in the 2020 data)");
                    } else {
                        rival = number(set.get("rival_weight"), "leadership_removal", "rival_weight");
                    }
                    Object weeks = set.get("succession_weeks");
                    Object factor = set.get("succession_conflict");
                    if ((weeks == null) != (factor == null)) {
                        throw new IllegalArgumentException("lever leadership_removal: give both succession_weeks and succession_conflict, or neither");
                    }
                    if (weeks == null && mode != null && factions > 1) {
                        // the removal mode without an explicit window: the calibrated succession window of that mode
                        weeks = SuccessionCalibration.WINDOW_WEEKS;
                        factor = SuccessionCalibration.conflict(mode);
                        assumptions.add(String.format(Locale.ROOT, "leadership removal by %s, contested succession: conflict among the factions x%.3f for %d weeks "
                                + "(calibrated to the local surge in the evidence table; see docs/comparison.md)", mode.name().toLowerCase(Locale.ROOT), factor, weeks));
                    }
                    double windowWeeks = weeks == null ? 0 : number(weeks, "leadership_removal", "succession_weeks");
                    double boost = factor == null ? 1 : number(factor, "leadership_removal", "succession_conflict");
                    boolean window = windowWeeks > 0 && boost != 1;
                    String scope = String.valueOf(set.getOrDefault("succession_scope", "factions")).trim().toLowerCase(Locale.ROOT);
                    if (!scope.equals("factions") && !scope.equals("network")) {
                        throw new IllegalArgumentException("lever leadership_removal: setting 'succession_scope' must be 'factions' or 'network', got " + scope);
                    }
                    double sibling = rival;
                    if (window && scope.equals("factions")) {
                        // conflict among siblings is theta (W + 1)/(A + 1) C_f C_g: multiplying it by s means W' = s (W + 1) - 1
                        sibling = boost * (rival + 1) - 1;
                        if (sibling < 0) {
                            throw new IllegalArgumentException("lever leadership_removal: succession_conflict " + boost + " would need a negative rivalry weight among the factions");
                        }
                        int end = (int) Math.round(at + windowWeeks);
                        if (end < endWeek) events.add(new SiblingRivalryReset(end, sibling, rival));
                    } else if (window) {
                        windows.add(new TemporaryMultiplier("conflict", boost, at, at + windowWeeks));
                    }
                    events.add(new LeadershipRemoval(at, targets(set.get("targets")), factions, sibling, alliances(set.get("alliance_inheritance"))));
                }
                case SENTENCE_MULTIPLIER -> notEvaluated.add(s);
                default -> throw new IllegalStateException("unhandled lever " + e.lever());
            }
        }
        PolicyPath path = new PolicyPath(base, ramps, windows, new CooperationIndex(shocks), cooperationDependentIncapacitation);
        return new CompiledPolicy(path, events, notEvaluated, assumptions);
    }

    private static LeadershipRemoval.Alliances alliances(Object v) {
        if (v == null) return LeadershipRemoval.Alliances.SHARED;
        for (LeadershipRemoval.Alliances a : LeadershipRemoval.Alliances.values()) {
            if (a.name().equalsIgnoreCase(String.valueOf(v).trim())) return a;
        }
        throw new IllegalArgumentException("lever leadership_removal: setting 'alliance_inheritance' must be 'shared' or 'kept', got " + v);
    }

    private static double number(Object v, String lever, String key) {
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

    /**
     * The targets setting: an integer k or "top-k" / "top:k" for the k strongest by rank, or a list of node ids.
     */
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
}
