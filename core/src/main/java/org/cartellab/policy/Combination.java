package org.cartellab.policy;

import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cartellab.law.CoursePathway;

/**
 * Courses of action taken together ("A+B"): levers concatenated (so two multipliers on one parameter multiply and two
 * cooperation shocks compound, see {@link PolicyCompiler} and {@link CooperationIndex}; two leadership removals apply in
 * order, the second to the network the first left), legal bases and outside-model outcomes pooled without repeats, the parts' legal pathways kept side by side,
 * and each risk rated at the higher of the parts' levels (a combination is at least as risky as its riskiest part).
 */
public final class Combination {
    private Combination() {}

    /** The id of a combination: the parts' ids joined by '+'. */
    public static String id(List<CourseOfAction> parts) {
        return String.join("+", parts.stream().map(CourseOfAction::id).toList());
    }

    public static CourseOfAction of(List<CourseOfAction> parts) { return of(parts, Phrase::english); }

    /**
     * As {@link #of(List)}, with the combination's own words ("Taken together: ...", "from ID: ..." before a risk
     * rationale) rendered by {@code words} (a view's language; {@link Phrase#english()} for English).
     */
    public static CourseOfAction of(List<CourseOfAction> parts, java.util.function.Function<Phrase, String> words) {
        if (parts.size() < 2) throw new IllegalArgumentException("a combination needs at least two courses of action");
        LinkedHashSet<String> seeds = new LinkedHashSet<>();
        List<LeverEffect> levers = new ArrayList<>();
        LinkedHashSet<LegalBasis> legal = new LinkedHashSet<>();
        Map<RiskDimension, RiskRating> risks = new EnumMap<>(RiskDimension.class);
        LinkedHashSet<OutsideModelOutcome> outside = new LinkedHashSet<>();
        List<CoursePathway> pathways = new ArrayList<>();
        for (CourseOfAction c : parts) {
            pathways.addAll(c.pathways());
            seeds.addAll(c.seeds());
            levers.addAll(c.levers());
            legal.addAll(c.legal());
            outside.addAll(c.outsideModel());
            for (Map.Entry<RiskDimension, RiskRating> r : c.risks().entrySet()) {
                RiskRating prev = risks.get(r.getKey());
                if (prev == null || r.getValue().level() > prev.level()) {
                    RiskRating v = r.getValue();
                    risks.put(r.getKey(), v.withRationale(words.apply(Phrase.of(Phrases.COMBINATION_FROM, c.id(), v.rationale()))));
                }
            }
        }
        String title = String.join(" + ", parts.stream().map(CourseOfAction::title).toList());
        String summary = words.apply(Phrase.of(Phrases.COMBINATION_TOGETHER, String.join("; ", parts.stream().map(CourseOfAction::summary).toList())));
        return new CourseOfAction(id(parts), title, summary, List.copyOf(seeds), levers, List.copyOf(legal), risks, List.copyOf(outside), pathways);
    }
}
