package org.cartellab.assessment;

import org.cartellab.law.LegalScore;
import org.cartellab.policy.CourseOfAction;

/**
 * The value of the decision matrix's legal column, taken from the course's legal pathways ({@link LegalScore}): per
 * jurisdiction clear 0, contested 1, prima facie unlawful 2, combined as the equal-weight mean over US, Mexican and
 * international law, so the value lies in [0, 2] and lower is better. The number of citations a course lists plays
 * no part. A course without a pathway (only hand-built entries; catalog files must have one) counts as
 * {@link LegalScore#MAX} and is noted, as an unrated risk counts as severe.
 */
public final class LegalCriterion {
    /** Unit of the raw legal value. */
    public static final String UNIT = "assessment 0-2";
    /** Why the legal scale has these ends. */
    public static final String SCALE_BASIS = "mean pathway assessment over US, Mexican and international law (clear 0, contested 1, "
            + "prima facie unlawful 2): 0 scores 1, 2 scores 0; linear";

    private LegalCriterion() {}

    /** The criterion value in [0, 2]. */
    public static double of(CourseOfAction coa) {
        return coa.pathways().isEmpty() ? LegalScore.MAX : LegalScore.of(coa.pathways());
    }

    /** The note to print when {@code coa} has no pathway, or null. */
    public static org.cartellab.text.Phrase note(CourseOfAction coa) {
        return coa.pathways().isEmpty() ? org.cartellab.text.Phrase.of(org.cartellab.text.Phrases.MATRIX_NO_PATHWAY, coa.id(), (int) LegalScore.MAX) : null;
    }

    /** Whether Mexico's consent changes the course's pathway in any jurisdiction. */
    public static boolean consentMatters(CourseOfAction coa) {
        return LegalScore.consentMatters(coa.pathways());
    }
}
