package org.cartellab.policy;

import java.util.Locale;

/**
 * The succession window a leadership removal gets when a course says how the leader is removed ({@code removal_mode})
 * but not how long or how hard the succession struggle is: conflict among the sibling factions is multiplied by
 * {@link #conflict} for {@link #WINDOW_WEEKS} weeks from the split. The two factors come from indirect inference
 * ({@code org.cartellab.comparison.succession.SuccessionFit}, docs/comparison.md): each is the multiplier under which the
 * model's casualties among the removed organisations' factions and their direct rivals, in the 26 weeks after the catalog's central split (the
 * top 3 organisations by rank, 2 factions each, from the 2022 state), exceed the status quo's by the surge in that mode's
 * row of the evidence table (org/cartellab/evidence/lever-evidence.yaml, table leadership_removal): capture +36.5 % (Calderón et al. 2015, six
 * months, municipality of the removal); killing a judgment above it, because Dickenson (2014) finds killing followed by
 * more violence than capture but gives no ratio. {@code SuccessionFitTest} re-derives both and fails if these constants
 * no longer reproduce the targets. The 52-week window is a judgment anchored on Lindo and Padilla-Romo (2018):
 * municipal homicides stayed higher for at least 12 months.
 */
public final class SuccessionCalibration {
    private SuccessionCalibration() {}

    /** How the leader is removed (setting {@code removal_mode}). */
    public enum Mode { CAPTURE, KILLING }

    /** Whether a successor was clear or the succession is contested (setting {@code succession}). */
    public enum Succession { CONTESTED, CLEAR }

    /** Weeks the calibrated succession window lasts. */
    public static final int WINDOW_WEEKS = 52;
    /** Calibrated multiplier on conflict among sibling factions after a capture (fit: 13.177 for +36.5 % in 26 weeks). */
    public static final double CAPTURE_CONFLICT = 13.18;
    /** Calibrated multiplier after a killing (fit: 23.471 for the judgment target +50 % in 26 weeks). */
    public static final double KILLING_CONFLICT = 23.47;

    /** The calibrated conflict multiplier of a mode. */
    public static double conflict(Mode mode) { return mode == Mode.KILLING ? KILLING_CONFLICT : CAPTURE_CONFLICT; }

    /** Parses {@code removal_mode}: "capture" or "killing". */
    public static Mode mode(Object v) {
        String s = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
        for (Mode m : Mode.values()) if (m.name().toLowerCase(Locale.ROOT).equals(s)) return m;
        throw new IllegalArgumentException("lever leadership_removal: setting 'removal_mode' must be 'capture' or 'killing', got " + v);
    }

    /** Parses {@code succession}: "contested" or "clear". */
    public static Succession succession(Object v) {
        String s = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
        for (Succession m : Succession.values()) if (m.name().toLowerCase(Locale.ROOT).equals(s)) return m;
        throw new IllegalArgumentException("lever leadership_removal: setting 'succession' must be 'contested' or 'clear', got " + v);
    }
}
