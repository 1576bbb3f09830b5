package org.cartellab.policy;

import java.util.List;
import java.util.Map;

/**
 * One course of action from the review the seeds describe: what it is, which seed articles report it, the levers it
 * pulls, its legal basis and constraints, its risks, and outcomes outside the engines.
 */
public record CourseOfAction(String id, String title, String summary, List<String> seeds, List<LeverEffect> levers,
                             List<LegalBasis> legal, Map<RiskDimension, RiskRating> risks,
                             List<OutsideModelOutcome> outsideModel) {
    public CourseOfAction {
        seeds = List.copyOf(seeds);
        levers = List.copyOf(levers);
        legal = List.copyOf(legal);
        risks = Map.copyOf(risks);
        outsideModel = List.copyOf(outsideModel);
    }

    /** The status quo: no levers. */
    public boolean isStatusQuo() { return levers.isEmpty(); }
}
