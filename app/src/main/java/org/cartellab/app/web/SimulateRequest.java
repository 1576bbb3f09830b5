package org.cartellab.app.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.model.Intervention;
import org.cartellab.policy.Combination;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.Range;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;
import org.cartellab.simulation.HandSetLevers;
import org.cartellab.simulation.SimulatorInput;

/**
 * The simulator's query string, parsed once: the horizon {@code weeks} and the levers' start {@code from} (model
 * weeks), then either a course of action ({@code coa=ID}, or {@code coa=A+B} for a combination) with optional
 * replacements of its lever values by position ({@code coa_values=0.7,,3}; empty = central), or hand-set levers (one
 * query parameter per slider, {@link ParameterCatalog#levers()}). Every problem is an {@link ApiException} 400 naming
 * the parameter. A link with the same query reproduces the run.
 */
public record SimulateRequest(int weeks, int from, String name, List<String> coa, List<Double> coaValues,
                              Map<String, Double> sliders, HandSetLevers hand) {
    /** Ten years after the 2022 start (1040 weeks from the model's origin: to the end of 2031). */
    public static final int DEFAULT_WEEKS = org.cartellab.model.ModelClock.yearsAfter(org.cartellab.model.ModelClock.START_2022, 10);
    /** The comparison's start, 2022 (model week 520). */
    public static final int DEFAULT_FROM = org.cartellab.model.ModelClock.START_2022;

    public SimulateRequest {
        coa = coa == null ? List.of() : List.copyOf(coa);
        coaValues = coaValues == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(coaValues));
        sliders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sliders));
    }

    /** Whether the levers are a course of action's (else hand-set). */
    public boolean isCourse() { return !coa.isEmpty(); }

    /** The course id as in the query ({@code A+B} for a combination), or null. */
    public String coaId() { return coa.isEmpty() ? null : String.join("+", coa); }

    public static SimulateRequest parse(Map<String, List<String>> query, int maxWeeks) {
        List<String> allowed = new ArrayList<>(List.of("name", "weeks", "from", "coa", "coa_values"));
        for (LeverControl l : ParameterCatalog.levers()) allowed.add(l.id());
        new QueryParams(query, new java.util.LinkedHashSet<>(allowed)); // the one strict reading: unknown or repeated parameters refused
        int weeks = integer(query, "weeks", DEFAULT_WEEKS, 1, maxWeeks);
        int from = integer(query, "from", Math.min(DEFAULT_FROM, weeks), 0, weeks);
        String name = single(query, "name");
        if (name != null && name.length() > 200) throw ApiException.badRequest("query parameter 'name': longer than 200 characters");
        Map<String, Double> sliders = new LinkedHashMap<>();
        for (LeverControl l : ParameterCatalog.levers()) {
            String v = single(query, l.id());
            if (v == null || v.isEmpty()) continue;
            boolean whole = l.kind().equals("count") || l.kind().equals("weeks");
            sliders.put(l.id(), whole ? (double) integer(query, l.id(), 0, (int) l.min(), (int) l.max()) : number(l.id(), v, l.min(), l.max()));
        }
        String coa = single(query, "coa");
        List<String> ids = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        if (coa != null && !coa.isEmpty()) {
            ids.addAll(courseIds("coa", coa));
            if (!sliders.isEmpty()) {
                throw ApiException.badRequest("query parameter '" + sliders.keySet().iterator().next() + "': a course of action sets the levers; "
                        + "change its values with coa_values, or leave out coa to set levers by hand");
            }
            String v = single(query, "coa_values");
            if (v != null && !v.isEmpty()) {
                for (String part : v.split(",", -1)) values.add(part.isBlank() ? null : number("coa_values", part.trim(), -Double.MAX_VALUE, Double.MAX_VALUE));
            }
        } else if (query.containsKey("coa_values")) {
            throw ApiException.badRequest("query parameter 'coa_values': belongs to a course of action (coa)");
        }
        return new SimulateRequest(weeks, from, name, ids, values, sliders, hand(sliders));
    }

    /**
     * The parts of a {@code coa} value: one course id, or ids joined by '+' for a combination (a '+' left unencoded in a
     * URL arrives as a space, which is read the same way). Used by every endpoint that takes a course in its query.
     *
     * @throws ApiException 400 naming {@code key} for an empty part or a part given twice
     */
    static List<String> courseIds(String key, String coa) {
        List<String> ids = new ArrayList<>();
        for (String id : coa.split("[+ ]", -1)) {
            if (id.isBlank()) throw ApiException.badRequest("query parameter '" + key + "': expected a course id or ids joined by '+', found '" + coa + "'");
            if (ids.contains(id.trim())) throw ApiException.badRequest("query parameter '" + key + "': '" + id.trim() + "' given twice");
            ids.add(id.trim());
        }
        return ids;
    }

    private static HandSetLevers hand(Map<String, Double> s) {
        Map<Lever, Double> multipliers = new EnumMap<>(Lever.class);
        for (Lever l : HandSetLevers.MULTIPLIERS) if (s.containsKey(l.id()) && s.get(l.id()) != 1) multipliers.put(l, s.get(l.id()));
        return new HandSetLevers(multipliers,
                s.getOrDefault("leadership_targets", 0.0).intValue(),
                s.getOrDefault("factions", (double) ParameterCatalog.DEFAULT_FACTIONS).intValue(),
                s.getOrDefault("cooperation", 0.0) == 0 ? 0 : s.get("cooperation"), // no negative zero
                s.getOrDefault("recovery_weeks", (double) ParameterCatalog.DEFAULT_RECOVERY_WEEKS).intValue(),
                s.getOrDefault("sentence", 1.0));
    }

    /** The course of action (or combination) asked for, from the catalog; 404 for an unknown id. */
    public CourseOfAction course(CatalogProvider catalog) {
        if (!catalog.available()) throw new ApiException(503, WebServer.CATALOG_UNAVAILABLE);
        List<CourseOfAction> parts = new ArrayList<>();
        for (String id : coa) {
            parts.add(catalog.find(id).orElseThrow(() -> new ApiException(404, "query parameter 'coa': no course of action with id '" + id + "'")));
        }
        return parts.size() == 1 ? parts.get(0) : Combination.of(parts);
    }

    /** The lever settings this request stands for: the course's (at central values unless replaced) or the hand-set ones. */
    public List<LeverSetting> levers(CatalogProvider catalog) {
        if (!isCourse()) return hand.settings();
        CourseOfAction c = course(catalog);
        if (coaValues.size() > c.levers().size()) {
            throw ApiException.badRequest("query parameter 'coa_values': " + coaValues.size() + " values for the " + c.levers().size() + " levers of '" + c.id() + "'");
        }
        try {
            return SimulatorInput.course(c, Range.Point.CENTRAL, coaValues.toArray(new Double[0]));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query parameter 'coa_values': " + e.getMessage());
        }
    }

    /**
     * The run as a scenario file (v1), when it can say it: hand-set multipliers only, as one {@code multiply} at the
     * start week; otherwise null (leadership removal, a cooperation change and courses' ramps need the link).
     */
    public Scenario scenarioFile() {
        if (isCourse() || hand.leadershipTargets() > 0 || hand.cooperation() != 0) return null;
        Map<String, Double> factors = new LinkedHashMap<>();
        hand.multipliers().forEach((l, v) -> factors.put(l.id(), v));
        List<Intervention> interventions = factors.isEmpty() ? List.of() : List.of(Intervention.multiply(from, factors));
        return new Scenario(describe(null), ModelKind.NETWORK, weeks, 1, Map.of(), interventions);
    }

    /** The run's name: the query's, else the course's title, else a description of the hand-set levers. */
    public String describe(CourseOfAction course) {
        if (name != null && !name.isBlank()) return name;
        if (course != null) return course.title() + " (levers at central values" + (coaValues.stream().anyMatch(java.util.Objects::nonNull) ? " except where set" : "") + ")";
        StringBuilder sb = new StringBuilder();
        hand.multipliers().forEach((l, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(l.id()).append(" x").append(v));
        if (hand.leadershipTargets() > 0) sb.append(sb.length() == 0 ? "" : ", ").append("top ").append(hand.leadershipTargets())
                .append(" organisations split in ").append(hand.factions());
        if (hand.cooperation() != 0) {
            sb.append(sb.length() == 0 ? "" : ", ").append("cooperation ").append(hand.cooperation() > 0 ? "+" : "").append(hand.cooperation())
                    .append(hand.recoveryWeeks() == 0 ? " (no recovery)" : " (recovers over " + hand.recoveryWeeks() + " weeks)");
        }
        if (hand.sentence() != 1) sb.append(sb.length() == 0 ? "" : ", ").append("sentences x").append(hand.sentence());
        return sb.length() == 0 ? "Status quo (reference parameters)" : sb.append(" from week ").append(from).toString();
    }

    /** What changes the run (for caches): horizon, start and levers; not the name. */
    public String runKey() {
        return weeks + "/" + from + "/" + coaId() + "/" + coaValues + "/" + hand;
    }

    private static double number(String key, String v, double min, double max) { return QueryParams.number(key, v, min, max); }

    private static String single(Map<String, List<String>> query, String key) {
        List<String> v = query.get(key);
        if (v == null || v.isEmpty()) return null;
        if (v.size() > 1) throw ApiException.badRequest("query parameter '" + key + "': given " + v.size() + " times; expected once");
        return v.get(0);
    }

    private static int integer(Map<String, List<String>> query, String key, int fallback, int min, int max) {
        String v = single(query, key);
        return v == null || v.isEmpty() ? fallback : QueryParams.integer(key, v, min, max);
    }
}
