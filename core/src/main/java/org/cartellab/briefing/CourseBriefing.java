package org.cartellab.briefing;

import java.util.List;
import java.util.Optional;

/**
 * The bottom line for one course of action (or one combination).
 *
 * @param id          course id (a combination's is "A+B")
 * @param title       course title
 * @param parts       the ids of a combination's parts, or the course's own id
 * @param changes     what it changes against the status quo (members, casualties per week, cumulative casualties)
 * @param consent     what each part assumes about Mexico's consent (empty when the course has no pathway)
 * @param legal       legal standing per part and jurisdiction (empty when the course has no pathway)
 * @param risks       its highest-rated risks, highest first
 * @param gaps        what the evidence does not pin down
 * @param standing    its score and rank in the decision matrix, and how it fares against the status quo
 */
public record CourseBriefing(String id, String title, List<String> parts, List<Change> changes, List<ConsentCondition> consent,
                             List<LegalStanding> legal, List<TopRisk> risks, List<EvidenceGap> gaps, Optional<Standing> standing) {
    public CourseBriefing {
        parts = List.copyOf(parts);
        changes = List.copyOf(changes);
        consent = List.copyOf(consent);
        legal = List.copyOf(legal);
        risks = List.copyOf(risks);
        gaps = List.copyOf(gaps);
    }

    /**
     * The decision-matrix standing.
     *
     * @param rank              rank among the compared courses (1 best)
     * @param of                number of ranked courses
     * @param score             weighted score on the fixed scales, 0..1
     * @param statusQuoScore    the status quo's score (NaN if it is not in the comparison)
     * @param shareAboveStatusQuo share of random weightings under which it scores above the status quo (NaN if absent)
     * @param horizonYears      the matrix horizon
     * @param tiedWith          ids of the courses sharing the rank (scores within the matrix's rank resolution), rank order
     */
    public record Standing(int rank, int of, double score, double statusQuoScore, double shareAboveStatusQuo, int horizonYears, List<String> tiedWith) {
        public Standing {
            tiedWith = List.copyOf(tiedWith);
        }
    }
}
