package org.cartellab.policy;

import java.util.List;
import java.util.Map;
import org.cartellab.law.CoursePathway;

/**
 * One course of action from the review the seeds describe: what it is, which seed articles report it, the levers it
 * pulls, its legal basis and constraints, its risks, outcomes outside the engines, and its legal pathway (one for a
 * catalog entry, one per part for a combination; empty only for hand-built fixtures).
 */
public record CourseOfAction(String id, String title, String summary, List<String> seeds, List<LeverEffect> levers,
                             List<LegalBasis> legal, Map<RiskDimension, RiskRating> risks,
                             List<OutsideModelOutcome> outsideModel, List<CoursePathway> pathways) {
    public CourseOfAction {
        seeds = List.copyOf(seeds);
        levers = List.copyOf(levers);
        legal = List.copyOf(legal);
        risks = Map.copyOf(risks);
        outsideModel = List.copyOf(outsideModel);
        pathways = List.copyOf(pathways);
    }

    /** A course without a pathway (hand-built fixtures). */
    public CourseOfAction(String id, String title, String summary, List<String> seeds, List<LeverEffect> levers,
                          List<LegalBasis> legal, Map<RiskDimension, RiskRating> risks, List<OutsideModelOutcome> outsideModel) {
        this(id, title, summary, seeds, levers, legal, risks, outsideModel, List.of());
    }

    /** The status quo: no levers. */
    public boolean isStatusQuo() { return levers.isEmpty(); }
}
