package org.cartellab.app.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.data.YamlNodes;
import org.cartellab.i18n.Language;

/**
 * The one strict reading of query parameters, used by every endpoint: a parameter the endpoint does not know is
 * refused, a parameter given twice is refused (never "the last one wins"), and numbers follow the same rules as the
 * YAML 1.2 core schema used for every file ({@link YamlNodes#coreNumber}): {@code 1d}, {@code 0x1p3}, {@code NaN},
 * {@code Infinity}, {@code 1_000} or surrounding spaces are not numbers, and (as in JSON) only decimal digits are:
 * the core schema's {@code 0x1F} and {@code 0o17} are refused here. A list-valued parameter is declared repeatable
 * and read with {@link #all}: only those may be given several times. Every problem is an {@link ApiException}
 * 400 naming the parameter.
 */
final class QueryParams {
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?[0-9.]+([eE][-+]?[0-9]+)?");
    /** The query parameter every data endpoint takes ({@link #language()}): the language of the answer's text and of its error messages (in the request's language too). */
    static final String LANG = "lang";
    private final Map<String, List<String>> query;

    /** Refuses (400) any parameter not in {@code allowed} (an empty set: the endpoint takes none). */
    QueryParams(Map<String, List<String>> query, Set<String> allowed) { this(query, allowed, Set.of()); }

    /** As {@link #QueryParams(Map, Set)}, except that the parameters in {@code repeatable} (a subset of {@code allowed}) may be given several times. */
    QueryParams(Map<String, List<String>> query, Set<String> allowed, Set<String> repeatable) {
        this.query = query;
        for (String key : query.keySet()) {
            if (!allowed.contains(key)) {
                if (allowed.isEmpty()) throw ApiException.of(400, "query_none", key);
                throw allowed.equals(Set.of(LANG)) ? ApiException.of(400, "query_only_lang", key)
                        : ApiException.of(400, "query_unknown", key, String.join(", ", allowed.stream().sorted().toList()));
            }
            if (!repeatable.contains(key)) single(key);
        }
    }

    /** Every value of a repeatable parameter in the order given (empty when absent); 400 for an empty value. */
    List<String> all(String key) {
        List<String> v = query.getOrDefault(key, List.of());
        for (String x : v) if (x.isBlank()) throw ApiException.badRequest("query parameter '" + key + "': empty value");
        return List.copyOf(v);
    }

    /** The parameter's text, or null when it is absent or empty; 400 when it is given more than once. */
    String single(String key) {
        List<String> v = query.get(key);
        if (v == null || v.isEmpty()) return null;
        if (v.size() > 1) throw ApiException.of(400, "query_twice", key, v.size());
        return v.get(0).isEmpty() ? null : v.get(0);
    }

    /**
     * The language of the answer ({@code ?lang=en|es}, English when absent). The code must be exactly one of
     * {@link Language#ids()}; anything else is a 400 that says so in both languages (the request's own language is
     * the unknown).
     */
    Language language() {
        String v = single(LANG);
        if (v == null) return Language.EN;
        for (Language l : Language.values()) if (l.id().equals(v)) return l;
        throw ApiException.badRequest("query parameter 'lang': expected one of " + Language.ids() + ", found '" + v
                + "' / parámetro de consulta 'lang': se esperaba uno de " + Language.ids() + "; se recibió '" + v + "'");
    }

    /** A finite number from {@code min} to {@code max} (YAML 1.2 core syntax), or {@code fallback} when absent. */
    double number(String key, double fallback, double min, double max) {
        String v = single(key);
        return v == null ? fallback : number(key, v, min, max);
    }

    /** A whole number from {@code min} to {@code max} (YAML 1.2 core syntax), or {@code fallback} when absent. */
    int integer(String key, int fallback, int min, int max) {
        String v = single(key);
        return v == null ? fallback : integer(key, v, min, max);
    }

    /** {@code v}, the value of parameter {@code key}, as a finite number from {@code min} to {@code max}; 400 otherwise. */
    static double number(String key, String v, double min, double max) {
        Double d = DECIMAL.matcher(v).matches() ? YamlNodes.coreNumber(v) : null;
        if (d == null) throw ApiException.of(400, "query_number", key, v);
        if (d < min || d > max) {
            throw min == -Double.MAX_VALUE ? ApiException.of(400, "query_number_any", key, v) : ApiException.of(400, "query_number_range", key, min, max, v);
        }
        return d == 0 ? 0 : d; // no negative zero in cache keys
    }

    /** {@code v}, the value of parameter {@code key}, as a whole number from {@code min} to {@code max}; 400 otherwise. */
    static int integer(String key, String v, int min, int max) {
        Long i = DECIMAL.matcher(v).matches() ? YamlNodes.coreInteger(v) : null;
        if (i == null) throw ApiException.of(400, "query_integer", key, v);
        if (i < min || i > max) throw ApiException.of(400, "query_integer_range", key, min, max, v);
        return i.intValue();
    }
}
