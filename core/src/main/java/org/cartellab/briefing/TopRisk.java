package org.cartellab.briefing;

import java.util.List;
import org.cartellab.policy.RiskDimension;

/**
 * One of a course's highest-rated risks.
 *
 * @param dimension the risk
 * @param level     0 none .. 4 severe
 * @param label     the level's word
 * @param rationale the catalog's one-line rationale
 * @param sources   evidence-ledger ids the rating rests on (empty for a judgment)
 * @param judgment  true when the level is the catalog's judgment (an assumption) rather than sourced
 */
public record TopRisk(RiskDimension dimension, int level, String label, String rationale, List<String> sources, boolean judgment) {
    public TopRisk {
        sources = List.copyOf(sources);
    }
}
