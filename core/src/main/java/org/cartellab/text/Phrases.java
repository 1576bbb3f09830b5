package org.cartellab.text;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cartellab.text.Phrase.Pattern;

/**
 * Every English pattern of a sentence the core generates, by key (the one home of these sentences; the Spanish
 * patterns are in {@code org/cartellab/i18n/es/phrases.yaml}, checked by the i18n tests to have the same placeholders).
 * Placeholders follow {@link String#format}; each pattern's comment names its arguments.
 */
public final class Phrases {
    private Phrases() {}

    // weak effects (assessment.WeakEffect): course id first
    /** course, rank at low levers, rank at high levers, horizon years. */
    public static final Pattern WEAK_RANK_FLIPS = new Pattern("weak.rank_flips",
            "%s ranks %d with every lever at the low end of its range and %d at the high end (%d-year horizon): the ranking depends on effect sizes the evidence does not pin down");
    /** course, metric label (lower case), years, low %, high %. */
    public static final Pattern WEAK_SIGN = new Pattern("weak.sign_undetermined",
            "%s: %s at %d years ranges from %+.1f%% to %+.1f%% against the status quo; the model cannot say whether it goes up or down");
    /** course, metric label (lower case), years, small %, low %, high %. */
    public static final Pattern WEAK_SMALL = new Pattern("weak.small_effect",
            "%s: %s at %d years changes by less than %.0f%% against the status quo across the whole band (%+.2f%% to %+.2f%%)");
    /** course. */
    public static final Pattern WEAK_NO_NETWORK_LEVER = new Pattern("weak.no_network_lever",
            "%s: no lever acts on the network engine (only sentence levers, evaluated by the cohort engine), so its network outcomes are the baseline's");
    /** course, lever id, low, high, central. */
    public static final Pattern WEAK_NOT_EVALUATED = new Pattern("weak.not_evaluated",
            "%s: lever %s (range %s to %s, central %s) needs the cohort engine and is not evaluated in this comparison; its modelled outcomes omit it");

    // decision-matrix notes (assessment.DecisionMatrix, LegalCriterion)
    /** course, the legal criterion's maximum. */
    public static final Pattern MATRIX_NO_PATHWAY = new Pattern("matrix.no_pathway",
            "%s: no legal pathway; legal criterion counted as prima facie unlawful (%d)");
    /** course, count, lever ids. */
    public static final Pattern MATRIX_OMITS = new Pattern("matrix.omits_levers",
            "%s: modelled columns omit %d lever(s) not evaluated in this comparison (%s); they are not evidence of no effect");
    /** course, risk id, max level. */
    public static final Pattern MATRIX_NOT_RATED = new Pattern("matrix.not_rated", "%s: %s is not rated; counted as severe (%d)");
    /** course, criterion id, value, best, worst, unit, normalised. */
    public static final Pattern MATRIX_OUTSIDE = new Pattern("matrix.outside_scale",
            "%s: %s = %.4g lies outside its fixed scale [%s .. %s] (%s); normalised to %.3f, not clamped");

    // legal pathway reasoning (law.PathwayAssessor): provision ids are arguments
    /** nothing. */
    public static final Pattern LAW_NO_US_AUTHORITY = new Pattern("law.no_us_authority", "No US authority applies under these conditions.");
    /** ids claimed but unavailable. */
    public static final Pattern LAW_NO_US_AUTHORITY_UNAVAILABLE = new Pattern("law.no_us_authority_unavailable",
            "No US authority applies under these conditions (claimed but unavailable: %s).");
    /** provision, question. */
    public static final Pattern LAW_REACH_DISPUTED = new Pattern("law.reach_disputed", "%s applies on its face, but its reach here is disputed (%s).");
    /** provision. */
    public static final Pattern LAW_REACH_CONTESTED = new Pattern("law.reach_contested",
            "%s applies on its face, but its reach here is disputed (status contested).");
    /** provision, answering ids. */
    public static final Pattern LAW_ANSWERED = new Pattern("law.answered", "%s applies and is answered by %s.");
    /** provision, exception, question. */
    public static final Pattern LAW_ANSWERED_IF = new Pattern("law.answered_if", "%s applies; it is answered by %s only if %s is resolved in its favour.");
    /** provision. */
    public static final Pattern LAW_UNANSWERED = new Pattern("law.unanswered",
            "%s applies and nothing in the knowledge base answers it under these conditions.");
    /** provision, answers. */
    public static final Pattern LAW_ANSWER_CONTESTED = new Pattern("law.answer_contested", "%s applies; its only answer, %s, rests on a contested rule.");
    /** basis, question. */
    public static final Pattern LAW_BASIS_DISPUTED = new Pattern("law.basis_disputed", "The basis %s is disputed (%s).");
    /** basis. */
    public static final Pattern LAW_BASIS_CONTESTED = new Pattern("law.basis_contested", "The basis %s is disputed (status contested).");
    /** question. */
    public static final Pattern LAW_OPEN_QUESTION = new Pattern("law.open_question", "Open question %s bears on this pathway.");
    /** nothing. */
    public static final Pattern LAW_NOTHING_BEARS = new Pattern("law.nothing_bears",
            "Nothing in the knowledge base for this jurisdiction bears on these conditions.");
    /** basis ids. */
    public static final Pattern LAW_BASIS_IN_FORCE = new Pattern("law.basis_in_force",
            "The basis %s applies and is in force; no prohibition applies unanswered.");
    /** nothing. */
    public static final Pattern LAW_NO_PROHIBITION = new Pattern("law.no_prohibition", "No prohibition applies unanswered.");
    /** nothing: the counter-argument when the knowledge base records none. */
    public static final Pattern LAW_NO_COUNTER = new Pattern("law.no_counter", "None recorded in the knowledge base.");

    // briefing (briefing.BriefingBuilder)
    /** nothing. */
    public static final Pattern BAND_LEVER_RANGE = new Pattern("briefing.band_lever_range",
            "lowest to highest over the lever range, not a probability interval");
    /** nothing. */
    public static final Pattern BAND_ENSEMBLE = new Pattern("briefing.band_ensemble", "ensemble 5-95 % of the paired change");
    /** nothing. */
    public static final Pattern RUNS_LEVERS = new Pattern("briefing.runs_levers", "every lever at its low, central and high value");
    /** nothing. */
    public static final Pattern RUNS_LEVERS_SHARES = new Pattern("briefing.runs_levers_shares",
            "every lever at its low, central and high value, each at the low, central and high cooperation-dependent share");
    /** nothing. */
    public static final Pattern RUNS_ENSEMBLE = new Pattern("briefing.runs_ensemble",
            "ensemble members, each with parameters from the posterior and levers drawn in their ranges");
    /** which (a phrase below), lever label, summary of the evidence table. */
    public static final Pattern GAP_JUDGMENT_ONE = new Pattern("briefing.gap_judgment_one",
            "The %s of the %s lever rests on judgment (no study gives it; the range carries the doubt): %s");
    /** lever label, summary of the evidence table. */
    public static final Pattern GAP_JUDGMENT_BOTH = new Pattern("briefing.gap_judgment_both",
            "The direction and size of the %s lever rest on judgment (no study gives them; the range carries the doubt): %s");
    /** nothing. */
    public static final Pattern GAP_DIRECTION = new Pattern("briefing.gap_direction", "direction");
    /** nothing. */
    public static final Pattern GAP_SIZE = new Pattern("briefing.gap_size", "size");
    /** lever id, low, high, central, unit label, rationale. */
    public static final Pattern GAP_ASSUMPTION = new Pattern("briefing.gap_assumption", "The %s effect (%s to %s, central %s %s) is an assumption: %s");

    /** Every pattern, in declaration order. */
    public static List<Pattern> all() { return Holder.ALL; }

    private static final class Holder {
        static final List<Pattern> ALL = collect();

        private static List<Pattern> collect() {
            List<Pattern> out = new ArrayList<>();
            for (Field f : Phrases.class.getDeclaredFields()) {
                if (f.getType() == Pattern.class && Modifier.isStatic(f.getModifiers())) {
                    try {
                        out.add((Pattern) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return Collections.unmodifiableList(out);
        }
    }
}
