package org.cartellab.app.web;

import java.util.ArrayList;
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
        List<String> allowed = new ArrayList<>(List.of("name", "weeks", "from"));
        for (LeverControl l : ParameterCatalog.levers()) allowed.add(l.id());
        allowed.addAll(ParameterCatalog.POLICY_LEVER_IDS);
        for (String key : query.keySet()) {
            if (!allowed.contains(key)) throw ApiException.badRequest("query parameter '" + key + "': unknown; expected one of " + String.join(", ", allowed));
        }
        int weeks = integer(query, "weeks", DEFAULT_WEEKS, 1, maxWeeks);
        int from = integer(query, "from", Math.min(DEFAULT_FROM, weeks), 0, weeks);
        Map<String, Double> factors = new LinkedHashMap<>();
        for (LeverControl l : ParameterCatalog.levers()) {
            if (ParameterCatalog.POLICY_LEVER_IDS.contains(l.id())) continue;
            String v = single(query, l.id());
            if (v == null) continue;
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("query parameter '" + l.id() + "': expected a number, found '" + v + "'");
            }
            if (!Double.isFinite(d) || d < l.min() || d > l.max()) {
                throw ApiException.badRequest("query parameter '" + l.id() + "': expected a number from " + l.min() + " to " + l.max() + ", found " + v);
            }
            if (d != l.neutral()) factors.put(l.parameter(), d);
        }
        String name = single(query, "name");
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
        int weeks = integer(query, "weeks", DEFAULT_WEEKS, 1, maxWeeks);
        int from = integer(query, "from", Math.min(DEFAULT_FROM, weeks), 0, weeks);
        PolicyLevers none = PolicyLevers.none(from);
        int targets = integer(query, "leadership_targets", 0, 0, PolicyLevers.MAX_TARGETS);
        int factions = integer(query, "factions", PolicyLevers.DEFAULT_FACTIONS, PolicyLevers.MIN_FACTIONS, PolicyLevers.MAX_FACTIONS);
        double cooperation = number(query, "cooperation", 0, PolicyLevers.MIN_COOPERATION, PolicyLevers.MAX_COOPERATION);
        int recovery = integer(query, "recovery_weeks", none.recoveryWeeks(), 0, PolicyLevers.MAX_RECOVERY_WEEKS);
        double sentence = number(query, "sentence", 1, PolicyLevers.MIN_SENTENCE, PolicyLevers.MAX_SENTENCE);
        return new PolicyLevers(from, targets, factions, cooperation, recovery, sentence);
    }

    private static double number(Map<String, List<String>> query, String key, double fallback, double min, double max) {
        String v = single(query, key);
        if (v == null || v.isEmpty()) return fallback;
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter '" + key + "': expected a number, found '" + v + "'");
        }
        if (!Double.isFinite(d) || d < min || d > max) {
            throw ApiException.badRequest("query parameter '" + key + "': expected a number from " + min + " to " + max + ", found " + v);
        }
        return d == 0 ? 0 : d; // no negative zero in cache keys
    }

    private static String describe(Map<String, Double> factors, int from) {
        if (factors.isEmpty()) return "Status quo (reference parameters)";
        StringBuilder sb = new StringBuilder();
        factors.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" x").append(v));
        return sb.append(" from week ").append(from).toString();
    }

    private static String single(Map<String, List<String>> query, String key) {
        List<String> v = query.get(key);
        if (v == null || v.isEmpty()) return null;
        if (v.size() > 1) throw ApiException.badRequest("query parameter '" + key + "': given " + v.size() + " times; expected once");
        return v.get(0).trim();
    }

    private static int integer(Map<String, List<String>> query, String key, int fallback, int min, int max) {
        String v = single(query, key);
        if (v == null || v.isEmpty()) return fallback;
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw ApiException.badRequest("query parameter '" + key + "': expected a whole number from " + min + " to " + max + ", found " + v);
            return i;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter '" + key + "': expected a whole number, found '" + v + "'");
        }
    }
}
