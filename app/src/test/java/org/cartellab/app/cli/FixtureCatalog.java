package org.cartellab.app.cli;

import org.cartellab.law.Jurisdiction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.CourseOfActionSource;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.LegalBasis;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.OutsideModelOutcome;
import org.cartellab.policy.Range;
import org.cartellab.policy.RiskDimension;
import org.cartellab.policy.RiskRating;

/**
 * TEST FIXTURES ONLY: made-up courses of action in the catalog's shape, for testing the compare verb before the real
 * catalog is merged. Every effect size is flagged as an assumption. Never shipped, never bound at runtime.
 */
public final class FixtureCatalog {
    private FixtureCatalog() {}

    static final Evidence ASSUMED = new Evidence(List.of(), true, "test fixture value, not a catalog entry");

    static LeverEffect lever(Lever l, double lo, double mid, double hi, int start, int ramp, boolean coop, Map<String, Object> settings) {
        return new LeverEffect(l, new Range(lo, mid, hi), start, ramp, coop, settings, ASSUMED);
    }

    static Map<RiskDimension, RiskRating> risks(int... levels) {
        Map<RiskDimension, RiskRating> m = new EnumMap<>(RiskDimension.class);
        RiskDimension[] d = RiskDimension.values();
        for (int k = 0; k < levels.length; k++) m.put(d[k], new RiskRating(d[k], levels[k], "fixture rating", ASSUMED));
        return m;
    }

    static LegalBasis legal(LegalBasis.Role role, Jurisdiction j, String citation) {
        return new LegalBasis(role, j, citation, "fixture reading", "fixture source");
    }

    public static List<CourseOfAction> all() {
        return List.of(
                new CourseOfAction("fx-demand", "Fixture: demand reduction", "fixture <summary> & text", List.of("002"),
                        List.of(lever(Lever.RECRUITMENT, 0.80, 0.90, 0.97, 0, 104, false, Map.of())),
                        List.of(legal(LegalBasis.Role.AUTHORITY, Jurisdiction.US, "fixture authority")), risks(0, 0, 0, 0, 0, 0),
                        List.of(new OutsideModelOutcome("us_overdose_deaths", "deaths per year", new Range(80_000, 90_000, 100_000),
                                new Evidence(List.of("fixture-source"), false, "fixture outside-model range")))),
                new CourseOfAction("fx-vetted", "Fixture: vetted units", "fixture", List.of("004"),
                        List.of(lever(Lever.INCAPACITATION, 1.1, 1.3, 1.6, 0, 52, true, Map.of())),
                        List.of(legal(LegalBasis.Role.CONSTRAINT, Jurisdiction.MX, "fixture MX constraint")), risks(1, 1, 1, 1, 0, 0), List.of()),
                new CourseOfAction("fx-unilateral", "Fixture: leadership removal without consent", "fixture", List.of("003"),
                        List.of(lever(Lever.LEADERSHIP_REMOVAL, 2, 3, 4, 4, 0, false, Map.of("targets", "top-3", "rival_weight", 2.0,
                                        "succession_weeks", 26, "succession_conflict", 1.5)),
                                lever(Lever.COOPERATION, -0.8, -0.5, -0.2, 4, 0, false, Map.of("recovery_weeks", 260)),
                                lever(Lever.INCAPACITATION, 1.0, 1.1, 1.2, 0, 26, true, Map.of())),
                        List.of(legal(LegalBasis.Role.CONSTRAINT, Jurisdiction.US, "fixture US constraint"),
                                legal(LegalBasis.Role.CONSTRAINT, Jurisdiction.INTERNATIONAL, "fixture international constraint")),
                        risks(3, 4, 4, 4, 4, 1), List.of()),
                new CourseOfAction("fx-sentences", "Fixture: longer sentences", "fixture", List.of(),
                        List.of(lever(Lever.SENTENCE_MULTIPLIER, 1.2, 1.5, 2.0, 0, 0, false, Map.of())),
                        List.of(), risks(0, 1, 0, 0, 0, 2), List.of()));
    }

    public static CourseOfActionSource source() { return CourseOfActionSource.of(all(), "TEST FIXTURES (not a catalog)"); }
}
