package org.cartellab.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.law.Branch;
import org.cartellab.law.Conditions;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.Force;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.PathwayBlock;
import org.cartellab.law.Place;

/**
 * TEST FIXTURES ONLY: a few made-up courses of action in the shape of the catalog, so the comparison can be tested
 * before the real catalog is merged. Every effect is flagged as an assumption; none of this is shipped or shown.
 */
public final class FixtureCourses {
    private FixtureCourses() {}

    static final Evidence ASSUMED = new Evidence(List.of(), true, "test fixture value, not a catalog entry");

    public static LeverEffect lever(Lever l, double lo, double mid, double hi, int start, int ramp, boolean coop, Map<String, Object> settings) {
        return new LeverEffect(l, new Range(lo, mid, hi), start, ramp, coop, settings, ASSUMED);
    }

    public static Map<RiskDimension, RiskRating> risks(int... levels) {
        Map<RiskDimension, RiskRating> m = new EnumMap<>(RiskDimension.class);
        RiskDimension[] d = RiskDimension.values();
        for (int k = 0; k < levels.length; k++) m.put(d[k], new RiskRating(d[k], levels[k], "fixture rating", ASSUMED));
        return m;
    }

    static LegalBasis constraint(Jurisdiction j, String citation) {
        return new LegalBasis(LegalBasis.Role.CONSTRAINT, j, citation, "fixture", "fixture");
    }

    static LegalBasis authority(String citation) {
        return new LegalBasis(LegalBasis.Role.AUTHORITY, Jurisdiction.US, citation, "fixture", "fixture");
    }

    /** A pathway computed from the bundled knowledge base, as a catalog file's pathway block would give. */
    public static List<CoursePathway> pathway(boolean consent, Branch branch, Place place, Force force, List<String> us, List<String> mx, List<String> intl) {
        Conditions c = new Conditions(consent, branch, Set.of(place), force, false, force == Force.LETHAL);
        Map<Jurisdiction, List<String>> claims = Map.of(Jurisdiction.US, us, Jurisdiction.MX, mx, Jurisdiction.INTERNATIONAL, intl);
        return List.of(CoursePathway.of(new PathwayBlock("", c, claims), KnowledgeBase.bundled()));
    }

    public static CourseOfAction demandReduction() {
        return new CourseOfAction("fx-demand", "Fixture: demand reduction", "fixture", List.of("002"),
                List.of(lever(Lever.RECRUITMENT, 0.80, 0.90, 0.97, 0, 104, false, Map.of())),
                List.of(authority("fixture authority")), risks(0, 0, 0, 0, 0, 0), List.of(),
                pathway(false, Branch.CIVILIAN, Place.US_TERRITORY, Force.NONE, List.of("usc42-300x-21"), List.of(), List.of()));
    }

    public static CourseOfAction vettedUnits() {
        return new CourseOfAction("fx-vetted", "Fixture: vetted units", "fixture", List.of("004"),
                List.of(lever(Lever.INCAPACITATION, 1.1, 1.3, 1.6, 0, 52, true, Map.of())),
                List.of(constraint(Jurisdiction.MX, "fixture MX")), risks(1, 1, 1, 1, 0, 0), List.of(),
                pathway(true, Branch.ARMED_FORCES, Place.MX_TERRITORY, Force.NONE, List.of("usc10-333"), List.of("mx-const-89-x"), List.of("us-mx-joint-statement-2025")));
    }

    public static CourseOfAction strikesWithConsent() {
        return new CourseOfAction("fx-strikes", "Fixture: leadership removal with consent", "fixture", List.of("001"),
                List.of(lever(Lever.LEADERSHIP_REMOVAL, 2, 3, 4, 4, 0, false,
                                Map.of("targets", 3, "rival_weight", 2.0, "succession_weeks", 26, "succession_conflict", 1.5)),
                        lever(Lever.INCAPACITATION, 1.0, 1.1, 1.2, 0, 26, true, Map.of())),
                List.of(constraint(Jurisdiction.US, "fixture US"), constraint(Jurisdiction.INTERNATIONAL, "fixture UN")),
                risks(2, 3, 2, 4, 3, 1), List.of(),
                pathway(true, Branch.ARMED_FORCES, Place.MX_TERRITORY, Force.LETHAL, List.of("us-const-art-ii"), List.of("mx-const-89-x"), List.of()));
    }

    public static CourseOfAction strikesWithoutConsent() {
        return new CourseOfAction("fx-unilateral", "Fixture: leadership removal without consent", "fixture", List.of("003"),
                List.of(lever(Lever.LEADERSHIP_REMOVAL, 2, 3, 4, 4, 0, false, Map.of("targets", "top-3", "rival_weight", 2.0)),
                        lever(Lever.COOPERATION, -0.8, -0.5, -0.2, 4, 0, false, Map.of("recovery_weeks", 260)),
                        lever(Lever.INCAPACITATION, 1.0, 1.1, 1.2, 0, 26, true, Map.of())),
                List.of(constraint(Jurisdiction.US, "fixture US"), constraint(Jurisdiction.MX, "fixture MX"),
                        constraint(Jurisdiction.INTERNATIONAL, "fixture UN")),
                risks(3, 4, 4, 4, 4, 1), List.of(),
                pathway(false, Branch.ARMED_FORCES, Place.MX_TERRITORY, Force.LETHAL, List.of("us-const-art-ii"), List.of(), List.of()));
    }

    public static CourseOfAction longerSentences() {
        return new CourseOfAction("fx-sentences", "Fixture: longer sentences", "fixture", List.of(),
                List.of(lever(Lever.SENTENCE_MULTIPLIER, 1.2, 1.5, 2.0, 0, 0, false, Map.of())),
                List.of(), risks(0, 1, 0, 0, 0, 2), List.of(),
                pathway(false, Branch.LAW_ENFORCEMENT, Place.US_TERRITORY, Force.NONE, List.of("usc21-960a"), List.of(), List.of()));
    }

    public static List<CourseOfAction> all() {
        return List.of(demandReduction(), vettedUnits(), strikesWithConsent(), strikesWithoutConsent(), longerSentences());
    }
}
