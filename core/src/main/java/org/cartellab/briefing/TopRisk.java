package org.cartellab.briefing;

import java.util.List;
import org.cartellab.policy.RiskBasis;
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
 * @param lowReliabilityOnly true when every source cited is a low-reliability report (every surface shows the caution)
 */
public record TopRisk(RiskDimension dimension, int level, String label, String rationale, List<String> sources, boolean judgment,
                      boolean lowReliabilityOnly) {
    public TopRisk {
        sources = List.copyOf(sources);
    }

    /** The grade's one name ({@link RiskBasis}). */
    public RiskBasis basis() { return judgment ? RiskBasis.JUDGMENT : RiskBasis.SOURCED; }
}
