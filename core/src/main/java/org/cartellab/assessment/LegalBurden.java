package org.cartellab.assessment;

import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LegalBasis;

/**
 * The transparent rule behind the matrix's legal feasibility column: burden = (constraints under US law) + 2 x
 * (constraints under Mexican or international law). A Mexican or international constraint counts double because
 * meeting it needs the other state's consent (UN Charter art. 2(4); Mexican Constitution art. 76(III)) rather than a
 * US procedure. Authorities do not reduce the burden: they say what the action would rest on, not that it is allowed.
 */
public final class LegalBurden {
    private LegalBurden() {}

    /**
     * The burden that scores 0 on the legal criterion's fixed scale: 16 points, e.g. eight constraints that need
     * Mexico's consent. Bundled courses score 0 to 13 (unilateral strikes); a course beyond 16 is noted, not clamped.
     * When the legal criterion's value source becomes the pathway assessment ({@code org.cartellab.law.LegalScore},
     * fixed scale 0..2), this scale becomes 0..2 with it.
     */
    public static final double SCALE_WORST = 16;
    /** Unit of the raw legal value. */
    public static final String UNIT = "burden points";
    /** Why the legal scale has these ends. */
    public static final String SCALE_BASIS = "burden points (US constraint 1, Mexican or international 2): 0 scores 1, 16 scores 0; linear, not clamped";

    public static int of(CourseOfAction coa) {
        int burden = 0;
        for (LegalBasis b : coa.legal()) {
            if (b.role() != LegalBasis.Role.CONSTRAINT) continue;
            burden += b.jurisdiction() == org.cartellab.law.Jurisdiction.US ? 1 : 2;
        }
        return burden;
    }

    /** Whether any constraint is Mexican or international, i.e. the course needs Mexico's consent to be lawful. */
    public static boolean needsConsent(CourseOfAction coa) {
        return coa.legal().stream().anyMatch(b -> b.role() == LegalBasis.Role.CONSTRAINT && b.jurisdiction() != org.cartellab.law.Jurisdiction.US);
    }
}
