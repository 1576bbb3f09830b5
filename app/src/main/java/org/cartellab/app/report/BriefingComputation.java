package org.cartellab.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.app.i18n.Messages;
import org.cartellab.app.i18n.UnknownCourse;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.briefing.Briefing;
import org.cartellab.briefing.BriefingBuilder;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.policy.Combination;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.effects.LeverEvidenceTables;

/**
 * The one computation behind a briefing, shared by {@code cartel-lab brief} and the web's GET /api/briefing so the two
 * give the same numbers for the same courses: the chosen courses (ids, or {@code A+B} combinations) with the status quo
 * first, compared from the 2022 start of the reference run at the default horizons (1, 5, 10 years) with the given
 * seed, assessed with the default weights and {@link ComparisonAssessment#DEFAULT_SAMPLES} random weightings, and built
 * into a {@link Briefing} with the bundled lever evidence tables, knowledge base and known misses.
 */
public final class BriefingComputation {
    private BriefingComputation() {}

    /**
     * The courses to brief, the status quo first (when the catalog has one): the rule {@code brief} applies to its ids
     * (the CLI keeps its own copy for its localized error messages; the web's briefing test checks both give the same
     * briefing).
     *
     * @param catalog every course of action (in the language wanted: ids and levers are the same in every language)
     * @param ids     course ids, each either one id or a combination written {@code A+B}
     * @param t       the language of the combination's wording and of the refusals
     * @throws IllegalArgumentException for an unknown id (naming the known ones), the status quo asked for, a course
     *                                  asked for twice, or no id at all
     */
    public static List<CourseOfAction> select(List<CourseOfAction> catalog, List<String> ids, Messages t) {
        if (ids.isEmpty()) throw new IllegalArgumentException(t.get("brief.err.none"));
        Map<String, CourseOfAction> byId = new LinkedHashMap<>();
        for (CourseOfAction c : catalog) byId.put(c.id(), c);
        List<CourseOfAction> chosen = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String id : ids) {
            CourseOfAction c;
            if (id.contains("+")) {
                List<CourseOfAction> parts = new ArrayList<>();
                for (String p : id.split("\\+", -1)) parts.add(find(byId, p.trim(), t));
                c = Combination.of(parts, t::phrase);
            } else {
                c = find(byId, id, t);
            }
            if (c.isStatusQuo()) throw new IllegalArgumentException(t.get("brief.err.status_quo", id));
            if (seen.contains(c.id())) throw new IllegalArgumentException(t.get("err.twice", c.id()));
            seen.add(c.id());
            chosen.add(c);
        }
        catalog.stream().filter(CourseOfAction::isStatusQuo).findFirst().ifPresent(sq -> chosen.add(0, sq));
        return chosen;
    }

    private static CourseOfAction find(Map<String, CourseOfAction> byId, String id, Messages t) {
        CourseOfAction c = byId.get(id);
        if (c == null) throw new IllegalArgumentException(UnknownCourse.message(t, id, byId.keySet()));
        return c;
    }

    /** The comparison options a briefing uses: the defaults with this seed. */
    public static ComparisonOptions options(long seed) { return ComparisonOptions.defaults().withSeed(seed); }

    /**
     * The chosen courses compared and assessed (default weights, {@link ComparisonAssessment#DEFAULT_SAMPLES} weightings).
     *
     * @throws IllegalArgumentException when the engines refuse a course's settings
     */
    public static ComparisonAssessment assess(List<CourseOfAction> chosen, long seed) {
        Comparison c = ComparisonRunner.reference(options(seed)).compare(chosen);
        return ComparisonAssessment.of(c, CriterionWeights.defaults(), ComparisonAssessment.DEFAULT_SAMPLES, seed);
    }

    /** The briefing of an assessed comparison (and its comparison ensemble, or null) with the bundled tables, knowledge base and known misses. */
    public static Briefing briefing(ComparisonAssessment a, ComparisonEnsembleResult ensemble) {
        return briefing(a, ensemble, Messages.english());
    }

    /** As above with the known misses in the language of {@code t}. */
    public static Briefing briefing(ComparisonAssessment a, ComparisonEnsembleResult ensemble, Messages t) {
        return BriefingBuilder.of(a, ensemble, LeverEvidenceTables.bundled(), KnowledgeBase.bundled(), KnownMisses.current(t));
    }

    /** {@link #select}, {@link #assess} and {@link #briefing} without an ensemble (the lever sweep's bands), in English. */
    public static Briefing of(List<CourseOfAction> catalog, List<String> ids, long seed) {
        return briefing(assess(select(catalog, ids, Messages.english()), seed), null);
    }
}
