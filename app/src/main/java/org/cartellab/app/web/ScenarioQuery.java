package org.cartellab.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.model.Intervention;
import org.cartellab.model.ModelClock;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;

/**
 * The simulator page's scenario as a query string (so a link reproduces it): {@code weeks}, {@code from} (the week
 * the levers start), one multiplier per lever id, and an optional {@code name}. Levers left at 1 add nothing.
 */
public final class ScenarioQuery {
    /** Twice the reference run: 20 model years from the network origin (1040 weeks, to 2031-12-07). */
    public static final int DEFAULT_WEEKS = 2 * ModelClock.NETWORK.defaultWeeks();
    /** The 2022 start (week 520, 2021-12-19), the end of the paper's calibration window. */
    public static final int DEFAULT_FROM = ModelClock.START_2022;

    private ScenarioQuery() {}

    /** Builds a scenario from query parameters; every problem is an {@link ApiException} 400 naming the parameter. */
    public static Scenario parse(Map<String, List<String>> query, int maxWeeks) {
        QueryParams q = new QueryParams(query, allowed());
        int weeks = q.integer("weeks", DEFAULT_WEEKS, 1, maxWeeks);
        int from = q.integer("from", Math.min(DEFAULT_FROM, weeks), 0, weeks);
        Map<String, Double> factors = new LinkedHashMap<>();
        for (LeverControl l : ParameterCatalog.levers()) {
            if (ParameterCatalog.POLICY_LEVER_IDS.contains(l.id())) continue;
            double d = q.number(l.id(), l.neutral(), l.min(), l.max());
            if (d != l.neutral()) factors.put(l.parameter(), d);
        }
        String name = q.single("name");
        if (name != null && name.length() > 200) throw ApiException.badRequest("query parameter 'name': longer than 200 characters");
        if (name == null || name.isBlank()) {
            String extra = levers(query, maxWeeks).describe();
            name = describe(factors, from);
            if (!extra.isEmpty()) name = (factors.isEmpty() ? extra + " from week " + from : name + "; " + extra);
        }
        List<Intervention> interventions = factors.isEmpty() ? List.of() : List.of(Intervention.multiply(from, factors));
        return new Scenario(name, ModelKind.NETWORK, weeks, 1, Map.of(), interventions);
    }

    /**
     * The leadership, cooperation and sentence levers of a query ({@code leadership_targets}, {@code factions},
     * {@code cooperation}, {@code recovery_weeks}, {@code sentence}), from the query's {@code from} week; every
     * problem is an {@link ApiException} 400 naming the parameter.
     */
    public static PolicyLevers levers(Map<String, List<String>> query, int maxWeeks) {
        QueryParams q = new QueryParams(query, allowed());
        int weeks = q.integer("weeks", DEFAULT_WEEKS, 1, maxWeeks);
        int from = q.integer("from", Math.min(DEFAULT_FROM, weeks), 0, weeks);
        PolicyLevers none = PolicyLevers.none(from);
        int targets = q.integer("leadership_targets", 0, 0, PolicyLevers.MAX_TARGETS);
        int factions = q.integer("factions", PolicyLevers.DEFAULT_FACTIONS, PolicyLevers.MIN_FACTIONS, PolicyLevers.MAX_FACTIONS);
        double cooperation = q.number("cooperation", 0, PolicyLevers.MIN_COOPERATION, PolicyLevers.MAX_COOPERATION);
        int recovery = q.integer("recovery_weeks", none.recoveryWeeks(), 0, PolicyLevers.MAX_RECOVERY_WEEKS);
        double sentence = q.number("sentence", 1, PolicyLevers.MIN_SENTENCE, PolicyLevers.MAX_SENTENCE);
        return new PolicyLevers(from, targets, factions, cooperation, recovery, sentence);
    }

    /** The query parameters of the simulator endpoints: name, weeks, from and every lever id. */
    static java.util.Set<String> allowed() {
        java.util.Set<String> allowed = new java.util.LinkedHashSet<>(List.of("name", "weeks", "from"));
        for (LeverControl l : ParameterCatalog.levers()) allowed.add(l.id());
        allowed.addAll(ParameterCatalog.POLICY_LEVER_IDS);
        return allowed;
    }

    private static String describe(Map<String, Double> factors, int from) {
        if (factors.isEmpty()) return "Status quo (reference parameters)";
        StringBuilder sb = new StringBuilder();
        factors.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" x").append(v));
        return sb.append(" from week ").append(from).toString();
    }
}
