package org.cartellab.assessment;

import org.cartellab.policy.RiskRating;

/**
 * Which risk ratings enter the decision matrix. {@link #ALL} takes every rating as the catalog gives it;
 * {@link #SOURCED_ONLY} leaves out each rating flagged as a judgment ({@link RiskRating#judgment()}), so a course is
 * scored only on the criteria it has values for (the weighted mean over its present criteria, the weights of the
 * absent ones left out). This is the sensitivity check "how does the ranking move when judgment-only ratings are
 * dropped"; it changes what enters, never how a criterion is normalised.
 */
public enum RiskInclusion {
    ALL,
    SOURCED_ONLY;

    /** Whether this rating enters the matrix. */
    public boolean enters(RiskRating r) {
        return this == ALL || !r.judgment();
    }
}
