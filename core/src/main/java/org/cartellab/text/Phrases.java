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

    /** a text already in the reader's language (a sentence the core cannot phrase). */
    public static final Pattern VERBATIM = new Pattern("verbatim", "%s");

    // where a comparison starts (comparison.ComparisonStart)
    /** what (a phrase below), origin date, week, the week's date. */
    public static final Pattern START_2022 = new Pattern("start.state_2022", "2022 state of %s from %s to week %d (%s)");
    /** what, origin date, week, the week's date. */
    public static final Pattern START_WEEK = new Pattern("start.state", "state of %s from %s to week %d (%s)");
    /** nothing. */
    public static final Pattern START_REFERENCE = new Pattern("start.reference_run", "the reference run (Prieto-Curiel et al., Science 2023)");
    /** nothing. */
    public static final Pattern START_GIVEN = new Pattern("start.given_parameters", "a run with the given parameters");
    /** nothing. */
    public static final Pattern START_DRAWN = new Pattern("start.drawn", "2022 state of a run with drawn parameters");

    // assumptions of a comparison (comparison.ComparisonRunner, policy.PolicyCompiler)
    /** course id, the course's assumption (a phrase). */
    public static final Pattern COURSE_NOTE = new Pattern("assume.course_note", "%s: %s");
    /** start (a phrase), members, organisations. */
    public static final Pattern ASSUME_START = new Pattern("assume.start",
            "Start: %s, %d members in %d organisations; parameters held at their fitted values except where a lever changes them.");
    /** nothing. */
    public static final Pattern ASSUME_NETWORK_HOLDS = new Pattern("assume.network_holds",
            "The 2020 rivalry and alliance network is assumed to hold for the whole horizon, except where leadership removal splits organisations.");
    /** nothing. */
    public static final Pattern ASSUME_BANDS = new Pattern("assume.bands",
            "Bands are the min and max over three runs with every lever at the low, central or high end of its range; not a probability interval.");
    /** nothing. */
    public static final Pattern ASSUME_BANDS_SHARES = new Pattern("assume.bands_shares",
            "Bands are the min and max over three runs with every lever at the low, central or high end of its range, each, for courses that change "
                    + "cooperation, also run at the low and high cooperation-dependent share (nine runs); not a probability interval.");
    /** nothing. */
    public static final Pattern ASSUME_COMPOSE = new Pattern("assume.compose",
            "Two multipliers on the same parameter multiply; two cooperation changes compound multiplicatively; leadership removals apply in order.");
    /** nothing. */
    public static final Pattern ASSUME_COOPERATION_INDEX = new Pattern("assume.cooperation_index",
            "Cooperation index c(t) scales levers marked scaledByCooperation as 1 + c(t)(m - 1); recovery toward today's cooperation is linear over recovery_weeks.");
    /** share (a phrase), sources (a phrase or empty), Assumption/Sourced (a phrase), rationale, origin. */
    public static final Pattern ASSUME_SHARE = new Pattern("assume.share",
            "Share of baseline incapacitation that depends on Mexico's cooperation: %s, eta(t) = eta (1 - s (1 - c(t)))%s. %s: %s [%s]");
    /** central, low, high. */
    public static final Pattern ASSUME_SHARE_SWEPT = new Pattern("assume.share_swept", "%.2f (swept %.2f to %.2f)");
    /** central. */
    public static final Pattern ASSUME_SHARE_FIXED = new Pattern("assume.share_fixed", "%.2f");
    /** source ids. */
    public static final Pattern ASSUME_SHARE_SOURCES = new Pattern("assume.share_sources", " (sources: %s)");
    /** nothing. */
    public static final Pattern ASSUMPTION = new Pattern("assume.assumption", "Assumption");
    /** nothing. */
    public static final Pattern SOURCED = new Pattern("assume.sourced", "Sourced");
    /** nothing. */
    public static final Pattern ASSUME_LEADERSHIP = new Pattern("assume.leadership",
            "Leadership removal: an organisation splits into equal factions that keep the parent's rivalry weights and share its alliance "
                    + "weights (nothing changes for third parties at the split); sibling factions are rivals; succession conflict, where given, raises "
                    + "conflict among the factions only unless a course says otherwise; factions never re-merge.");
    /** mean sentence years, respondents. */
    public static final Pattern ASSUME_SENTENCE_YEARS = new Pattern("assume.sentence_years",
            "Sentence-years are an estimate outside the engine: cumulative incapacitations x %.2f years, the ENPOL 2021 mean sentence weighted by "
                    + "1/sentence (%d respondents); assumes every incapacitation leads to a sentence of that mean length (an upper bound).");
    /** nothing. */
    public static final Pattern ASSUME_CASUALTIES = new Pattern("assume.casualties",
            "Casualties are cartel members killed in conflict between organisations as the network model defines them, not all homicides.");
    /** nothing. */
    public static final Pattern ASSUME_SENTENCES_NOT_EVALUATED = new Pattern("assume.sentences_not_evaluated",
            "Sentence-length levers need the cohort engine and are not evaluated in this comparison.");
    /** seed, the cohort's start date. */
    public static final Pattern ASSUME_SENTENCES_COHORT = new Pattern("assume.sentences_cohort",
            "Sentence-length levers are evaluated by the cohort engine (Prieto-Curiel 2025) with seed %d: the people it incapacitates from %s to each "
                    + "horizon, sentenced to the multiplier times an ENPOL 2021 sentence and followed to age 69. Its population and numbers are its own: "
                    + "they are reported beside the network engine's, never added to them, and they do not enter the decision matrix. Sentences do not "
                    + "change the cohort engine's weekly arrests or members (prison is an exit there); the change in active members is the expected "
                    + "number of those people released and active at the horizon.");
    /** value, start week. */
    public static final Pattern POLICY_COOPERATION_PERMANENT = new Pattern("policy.cooperation_permanent",
            "cooperation change %s from week %d has no recovery (recovery_weeks absent or 0): it persists for the whole horizon");
    /** nothing. */
    public static final Pattern POLICY_CLEAR_SUCCESSOR = new Pattern("policy.clear_successor",
            "leadership removal with a clear successor: the organisation does not split and no succession conflict follows (Jones 2013)");
    /** nothing. */
    public static final Pattern POLICY_DEFAULT_RIVAL = new Pattern("policy.default_rival",
            "leadership removal without rival_weight: sibling factions are rivals with weight 1 (smallest rivalry weight in the 2020 data)");
    /** removal mode (a label), conflict multiplier, weeks. */
    public static final Pattern POLICY_REMOVAL_BY = new Pattern("policy.removal_by",
            "leadership removal by %s, contested succession: conflict among the factions x%.3f for %d weeks (calibrated to the local surge in the "
                    + "evidence table; see docs/comparison.md)");

    // an ensemble's size (ensemble.EnsembleResult): runs, distinct draws
    /** runs, distinct draws. */
    public static final Pattern RUNS_OVER_POSTERIOR = new Pattern("ensemble.runs_over_posterior", "%,d runs over %,d distinct posterior draws");
    /** runs, distinct draws (1). */
    public static final Pattern RUNS_OVER_POSTERIOR_ONE = new Pattern("ensemble.runs_over_posterior_one", "%,d runs over %,d distinct posterior draw");
    /** runs, distinct draws. */
    public static final Pattern RUNS_OVER_PARAMETER = new Pattern("ensemble.runs_over_parameter", "%,d runs over %,d distinct parameter draws");
    /** runs, distinct draws (1). */
    public static final Pattern RUNS_OVER_PARAMETER_ONE = new Pattern("ensemble.runs_over_parameter_one", "%,d runs over %,d distinct parameter draw");

    // the comparison ensemble's assumptions (assessment.ComparisonEnsemble)
    /** distribution description, start week. */
    public static final Pattern ENS_PARAMETERS = new Pattern("ensemble.parameters",
            "Each member draws the network parameters from %s and reruns 2012 to week %d with them for its own 2022 start; every course of the member starts there.");
    /** nothing. */
    public static final Pattern ENS_LEVERS = new Pattern("ensemble.levers",
            "Lever values: triangular on the catalog's [low, high] with the mode at the central value (ASSUMPTION: the catalog gives ranges, "
                    + "not distributions); each lever effect is drawn once per member and shared by every course and combination that uses it; "
                    + "leadership-removal faction counts are the drawn value rounded.");
    /** low, high, mode. */
    public static final Pattern ENS_SHARE = new Pattern("ensemble.share",
            "The share of baseline incapacitation that depends on Mexico's cooperation is drawn per member, triangular on [%.2f, %.2f] with the mode at "
                    + "%.2f (ASSUMPTION, comparison-defaults.yaml), and shared by every course of that member.");
    /** nothing. */
    public static final Pattern ENS_PAIRED = new Pattern("ensemble.paired",
            "Changes are paired: course minus status quo within the same member, then summarised across members.");
    /** nothing. */
    public static final Pattern ENS_RANKS = new Pattern("ensemble.ranks",
            "Ranks: the decision matrix's rule (each criterion on its fixed scale, weighted mean, rank 1 = best) applied in each member to its modelled "
                    + "changes, with the fixed legal-burden and risk columns.");
    /** count. */
    public static final Pattern ENS_REDRAWS = new Pattern("ensemble.redraws",
            "%d parameter draw(s) were redrawn because the cartels collapsed before 2022 with them.");

    // combinations of courses (policy.Combination)
    /** part id, the part's risk rationale. */
    public static final Pattern COMBINATION_FROM = new Pattern("combination.from", "from %s: %s");
    /** the parts' summaries joined by "; ". */
    public static final Pattern COMBINATION_TOGETHER = new Pattern("combination.together", "Taken together: %s");

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
    public static final Pattern LAW_ALL_ANSWERED = new Pattern("law.all_answered", "Every prohibition that applies is answered, and the basis is in force.");
    /** nothing. */
    public static final Pattern LAW_NO_PROHIBITION = new Pattern("law.no_prohibition", "No prohibition applies unanswered.");
    /** nothing: the counter-argument when the knowledge base records none. */
    public static final Pattern LAW_NO_COUNTER = new Pattern("law.no_counter", "None recorded in the knowledge base.");

    // briefing (briefing.BriefingBuilder)
    /** nothing. */
    public static final Pattern BAND_LEVER_RANGE = new Pattern("briefing.band_lever_range",
            "lowest to highest over the lever range, not a probability interval");
    /** nothing. */
    public static final Pattern BAND_ENSEMBLE = new Pattern("briefing.band_ensemble", "ensemble 5-95 %% of the paired change");
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
