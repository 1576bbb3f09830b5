package org.cartellab.law;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking's legal criterion, taken from the pathways: each jurisdiction's assessment on the fixed scale (clear 0,
 * contested 1, prima facie unlawful 2), combined as the weighted mean with {@link #WEIGHTS} (US, Mexico and
 * international law weigh the same: each can stop or expose the course on its own). The result lies in [0, 2], lower
 * is better. A course with several pathways (a combination) takes, per jurisdiction, the worst of its parts. Listing
 * more citations in a course's {@code legal:} list does not change it.
 */
public final class LegalScore {
    /** Weight of each jurisdiction in the mean (equal; see the class comment). */
    public static final Map<Jurisdiction, Double> WEIGHTS = Map.of(Jurisdiction.US, 1.0, Jurisdiction.MX, 1.0, Jurisdiction.INTERNATIONAL, 1.0);
    /** Highest possible value. */
    public static final double MAX = 2.0;
    /** One line for tables and reports. */
    public static final String SCALE = "legal assessment from the pathways: per jurisdiction clear 0, contested 1, prima facie unlawful 2; "
            + "equal-weight mean over US, Mexican and international law (0 best, 2 worst)";

    private LegalScore() {}

    /** The worst assessment per jurisdiction over the pathways' assumed conditions. */
    public static Map<Jurisdiction, Assessment> perJurisdiction(List<CoursePathway> pathways) {
        if (pathways.isEmpty()) throw new IllegalArgumentException("a course without a pathway has no legal assessment");
        Map<Jurisdiction, Assessment> out = new EnumMap<>(Jurisdiction.class);
        for (CoursePathway cp : pathways) {
            for (JurisdictionPathway jp : cp.assumed().jurisdictions()) out.merge(jp.jurisdiction(), jp.assessment(), Assessment::worse);
        }
        return out;
    }

    /** The criterion value in [0, 2]. */
    public static double of(List<CoursePathway> pathways) {
        double sum = 0;
        double weights = 0;
        for (Map.Entry<Jurisdiction, Assessment> e : perJurisdiction(pathways).entrySet()) {
            double w = WEIGHTS.get(e.getKey());
            sum += w * e.getValue().score();
            weights += w;
        }
        return sum / weights;
    }

    /**
     * Whether Mexico's consent bears on the course: some part's pathway changes with consent, or some part assumes
     * consent as part of its definition (a Mexican-led course needs it even though no variant without it is shown).
     */
    public static boolean consentMatters(List<CoursePathway> pathways) {
        return pathways.stream().anyMatch(p -> p.consentMatters() || (p.consentFixed() && p.block().conditions().consent()));
    }
}
