package org.cartellab.policy;

import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cartellab.model.ParameterChange;
import org.cartellab.model.ParameterChanges;
import org.cartellab.network.ChangedParameters;
import org.cartellab.network.NetworkEvent;
import org.cartellab.network.NetworkParameters;

/**
 * The one way from lever settings to engine input. For the network engine ({@link #compile}): each multiplier lever
 * becomes a {@link ParameterChange} ramped from its start (the same primitive scenario interventions compile to), the
 * cooperation levers become Mexico's {@link CooperationIndex} that weights the changes marked scaled-by-cooperation
 * and the cooperation-dependent share of baseline incapacitation, and each leadership lever a {@link LeadershipRemoval}
 * event with its succession window. For the cohort engine ({@link #sentencePath}): the sentence-multiplier levers as
 * changes to alpha under the same cooperation index. Lever weeks count from {@code startWeek} (model weeks).
 *
 * <p>Leadership options ({@link LeadershipOptions}): a succession struggle multiplies conflict for its weeks from the
 * split: by default ({@link LeadershipOptions.Scope#FACTIONS}) among the sibling factions only (their rivalry weight is
 * raised so that {@code (W + 1)} scales by the factor, and a {@link SiblingRivalryReset} restores it), or on theta for
 * the whole network ({@link LeadershipOptions.Scope#NETWORK}). Leadership removal is structural and is not scaled by
 * cooperation; its ramp is ignored (a split happens at one week). Events at or after the run's end are dropped. A
 * removal mode ({@code capture} or {@code killing}) without an explicit window gives a contested split the calibrated
 * window of that mode ({@link SuccessionCalibration}); a clear succession keeps the organisation whole (Jones 2013).
 *
 * <p>Defaults, each reported as an assumption when used: without a rival weight sibling factions are rivals with
 * weight 1 (the smallest rivalry weight in the 2020 data); a cooperation change with recovery 0 does not recover
 * within the horizon.
 */
public final class PolicyCompiler {
    public static final double DEFAULT_RIVAL_WEIGHT = 1.0;
    /** The parameter name sentence levers change (the cohort engine's alpha). */
    public static final String SENTENCE = "sentence_multiplier";

    private final double cooperationDependentIncapacitation;

    /** @param cooperationDependentIncapacitation share of baseline incapacitation that needs cooperation (0..1). */
    public PolicyCompiler(double cooperationDependentIncapacitation) {
        if (!(cooperationDependentIncapacitation >= 0 && cooperationDependentIncapacitation <= 1)) {
            throw new IllegalArgumentException("cooperation-dependent share of incapacitation must be in [0, 1], got " + cooperationDependentIncapacitation);
        }
        this.cooperationDependentIncapacitation = cooperationDependentIncapacitation;
    }

    /**
     * The network engine's input for {@code settings} applied from model week {@code startWeek} to a run ending at
     * {@code endWeek}: parameters from {@code base} changed by the multiplier levers, structural events, the sentence
     * levers set aside for the cohort engine, and the assumptions defaults brought in.
     *
     * @throws IllegalArgumentException when a setting cannot be compiled (e.g. a succession factor that would need a
     *                                  negative rivalry weight)
     */
    public CompiledPolicy compile(NetworkParameters base, int startWeek, int endWeek, List<LeverSetting> settings) {
        List<ParameterChange> changes = new ArrayList<>();
        List<CooperationIndex.Shock> shocks = new ArrayList<>();
        List<NetworkEvent> events = new ArrayList<>();
        List<LeverSetting> notEvaluated = new ArrayList<>();
        List<Phrase> assumptions = new ArrayList<>();
        for (LeverSetting s : settings) {
            LeverEffect e = s.effect();
            int at = startWeek + e.startWeek();
            switch (e.lever()) {
                case RECRUITMENT, INCAPACITATION, CONFLICT, SATURATION -> changes.add(multiplier(e.lever().id(), s, at));
                case COOPERATION -> shocks.add(shock(s, at, assumptions));
                case LEADERSHIP_REMOVAL -> leadership(s, at, endWeek, changes, events, assumptions);
                case SENTENCE_MULTIPLIER -> notEvaluated.add(s);
                default -> throw new IllegalStateException("unhandled lever " + e.lever());
            }
        }
        ChangedParameters path = new ChangedParameters(base, new ParameterChanges(changes, new CooperationIndex(shocks)), cooperationDependentIncapacitation);
        return new CompiledPolicy(path, events, notEvaluated, assumptions);
    }

    /**
     * The sentence multiplier's changes for the cohort engine: every sentence lever of {@code settings} as a change to
     * {@value #SENTENCE} from {@code startWeek + its start} (weeks of the caller's clock), weighted by the cooperation
     * index of the same settings where the lever says so. Evaluate with {@code value(SENTENCE, baseAlpha, week)}.
     */
    public static ParameterChanges sentencePath(List<LeverSetting> settings, int startWeek) {
        List<ParameterChange> changes = new ArrayList<>();
        List<CooperationIndex.Shock> shocks = new ArrayList<>();
        for (LeverSetting s : settings) {
            int at = startWeek + s.effect().startWeek();
            if (s.effect().lever() == Lever.SENTENCE_MULTIPLIER) changes.add(multiplier(SENTENCE, s, at));
            else if (s.effect().lever() == Lever.COOPERATION) shocks.add(shock(s, at, new ArrayList<>()));
        }
        return new ParameterChanges(changes, new CooperationIndex(shocks));
    }

    private static ParameterChange multiplier(String parameter, LeverSetting s, int at) {
        LeverEffect e = s.effect();
        return ParameterChange.scale(parameter, s.value(), at, e.rampWeeks(), e.scaledByCooperation());
    }

    private static CooperationIndex.Shock shock(LeverSetting s, int at, List<Phrase> assumptions) {
        LeverEffect e = s.effect();
        CooperationOptions o = (CooperationOptions) e.options();
        double recovery;
        if (o.permanent()) {
            recovery = Double.POSITIVE_INFINITY; // the catalog's convention: 0 = permanent
            assumptions.add(Phrase.of(Phrases.POLICY_COOPERATION_PERMANENT, s.value(), e.startWeek()));
        } else {
            recovery = o.recoveryWeeks();
        }
        return new CooperationIndex.Shock(at, e.rampWeeks(), s.value(), recovery);
    }

    private static void leadership(LeverSetting s, int at, int endWeek, List<ParameterChange> changes, List<NetworkEvent> events, List<Phrase> assumptions) {
        if (at >= endWeek) return;
        LeadershipOptions o = (LeadershipOptions) s.effect().options();
        int factions = (int) Math.round(s.value());
        if (o.succession() == SuccessionCalibration.Succession.CLEAR) {
            // Jones (2013): no rise in violence where a successor was ready; the organisation stays whole
            assumptions.add(Phrase.of(Phrases.POLICY_CLEAR_SUCCESSOR));
            factions = 1;
        }
        double rival;
        if (o.rivalWeight() == null) {
            rival = DEFAULT_RIVAL_WEIGHT;
            assumptions.add(Phrase.of(Phrases.POLICY_DEFAULT_RIVAL));
        } else {
            rival = o.rivalWeight();
        }
        int weeks = o.explicitWindow() ? o.successionWeeks() : 0;
        double boost = o.explicitWindow() ? o.successionConflict() : 1;
        if (!o.explicitWindow() && o.removalMode() != null && factions > 1) {
            // the removal mode without an explicit window: the calibrated succession window of that mode
            weeks = SuccessionCalibration.WINDOW_WEEKS;
            boost = SuccessionCalibration.conflict(o.removalMode());
            String mode = o.removalMode().name().toLowerCase(Locale.ROOT);
            assumptions.add(Phrase.of(Phrases.POLICY_REMOVAL_BY, new Phrase.Label("removal." + mode, mode, false), boost, weeks));
        }
        boolean window = weeks > 0 && boost != 1;
        double sibling = rival;
        if (window && o.scope() == LeadershipOptions.Scope.FACTIONS) {
            // conflict among siblings is theta (W + 1)/(A + 1) C_f C_g: multiplying it by s means W' = s (W + 1) - 1
            sibling = boost * (rival + 1) - 1;
            if (sibling < 0) {
                throw new IllegalArgumentException("lever leadership_removal: succession_conflict " + boost + " would need a negative rivalry weight among the factions");
            }
            int end = at + weeks;
            if (end < endWeek) events.add(new SiblingRivalryReset(end, sibling, rival));
        } else if (window) {
            changes.add(ParameterChange.window("conflict", boost, at, at + weeks));
        }
        events.add(new LeadershipRemoval(at, o.targets(), factions, sibling, o.alliances()));
    }
}
