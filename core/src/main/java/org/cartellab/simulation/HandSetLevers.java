package org.cartellab.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.policy.CooperationOptions;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.LeadershipOptions;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.LeverOptions;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.Range;

/**
 * Levers a person sets by hand (the simulator's sliders), all from the start week with no ramp: multipliers on
 * recruitment, incapacitation, conflict and saturation (1 = no change); leadership removal of the
 * {@code leadershipTargets} top-ranked organisations, each split into {@code factions} (0 targets: none); a change in
 * Mexico's cooperation with a linear recovery over {@code recoveryWeeks} (0: none within the horizon); and the sentence
 * multiplier alpha (1 = today's sentences). {@link #settings()} turns them into the {@link LeverSetting}s
 * {@link org.cartellab.policy.PolicyCompiler} compiles, exactly as it compiles a course of action's.
 *
 * <p>Assumptions, stated where the settings are built: a hand-set incapacitation multiplier is scaled by Mexico's
 * cooperation (arrests happen in Mexico; {@link #SCALED_BY_COOPERATION}), the other multipliers are not; a hand-set
 * leadership removal uses the default sibling rivalry weight, no succession struggle and shared alliances.
 */
public record HandSetLevers(Map<Lever, Double> multipliers, int leadershipTargets, int factions, double cooperation,
                            int recoveryWeeks, double sentence) {
    /** The multiplier levers a person can set by hand. */
    public static final Set<Lever> MULTIPLIERS = EnumSet.of(Lever.RECRUITMENT, Lever.INCAPACITATION, Lever.CONFLICT, Lever.SATURATION);
    /** Hand-set multipliers that Mexico's cooperation scales (an assumption, see the class comment). */
    public static final Set<Lever> SCALED_BY_COOPERATION = EnumSet.of(Lever.INCAPACITATION);
    private static final Evidence HAND_SET = new Evidence(List.of(), true, "set by hand in the simulator");

    public HandSetLevers {
        EnumMap<Lever, Double> m = new EnumMap<>(Lever.class);
        m.putAll(multipliers);
        for (Lever l : m.keySet()) if (!MULTIPLIERS.contains(l)) throw new IllegalArgumentException(l.id() + " is not a multiplier lever");
        multipliers = java.util.Collections.unmodifiableMap(m);
        if (leadershipTargets < 0) throw new IllegalArgumentException("leadership targets must be >= 0, got " + leadershipTargets);
    }

    /** Nothing set: the status quo. */
    public static final HandSetLevers NONE = new HandSetLevers(Map.of(), 0, 2, 0, 0, 1);

    /** The lever settings these values stand for, in a fixed order (multipliers, leadership, cooperation, sentence). */
    public List<LeverSetting> settings() {
        List<LeverSetting> out = new ArrayList<>();
        for (Lever l : MULTIPLIERS) {
            Double v = multipliers.get(l);
            if (v != null && v != 1) out.add(setting(l, v, LeverOptions.NONE, SCALED_BY_COOPERATION.contains(l)));
        }
        if (leadershipTargets > 0) out.add(setting(Lever.LEADERSHIP_REMOVAL, factions, LeadershipOptions.topByRank(leadershipTargets), false));
        if (cooperation != 0) out.add(setting(Lever.COOPERATION, cooperation, new CooperationOptions(recoveryWeeks), false));
        if (sentence != 1) out.add(setting(Lever.SENTENCE_MULTIPLIER, sentence, LeverOptions.NONE, false));
        return out;
    }

    private static LeverSetting setting(Lever lever, double value, LeverOptions options, boolean scaled) {
        return new LeverSetting(new LeverEffect(lever, Range.point(value), 0, 0, scaled, options, HAND_SET), value);
    }
}
