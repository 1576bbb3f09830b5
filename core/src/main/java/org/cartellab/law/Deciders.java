package org.cartellab.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "who decides" text of a knowledge-base entry: one or more deciders separated by "; ", each an actor with its role
 * in brackets where useful, e.g. {@code The President (the determination); Congress (an authorisation)}. A pathway
 * lists each decider once, so the same text in two entries is printed once; the Spanish overlay keeps the same
 * separators, so the parts of a translation match the English parts one to one. Renderers print
 * {@link #merge} of the (localized) deciders, so one actor with two roles appears once with both roles.
 */
public final class Deciders {
    /** The separator between two deciders in one entry's text. */
    public static final String SEPARATOR = "; ";

    private Deciders() {}

    private static final Pattern ACTOR_ROLE = Pattern.compile("^(.*?) \\((.*)\\)$");

    /**
     * One actor once: deciders that name the same actor (the text before a bracketed role, compared without case) become
     * one, "Actor (role 1; role 2)", in order of first appearance; an actor named without a role adds no role. Works on
     * any language's texts.
     */
    public static List<String> merge(List<String> deciders) {
        Map<String, String> actor = new LinkedHashMap<>();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (String d : deciders) {
            Matcher m = ACTOR_ROLE.matcher(d.trim());
            String a = m.matches() ? m.group(1).trim() : d.trim();
            String key = a.toLowerCase(Locale.ROOT);
            actor.putIfAbsent(key, a);
            List<String> r = roles.computeIfAbsent(key, k -> new ArrayList<>());
            if (m.matches() && !r.contains(m.group(2).trim())) r.add(m.group(2).trim());
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : actor.entrySet()) {
            List<String> r = roles.get(e.getKey());
            out.add(r.isEmpty() ? e.getValue() : e.getValue() + " (" + String.join(SEPARATOR, r) + ")");
        }
        return out;
    }

    /** The deciders of one entry's text, trimmed, in order (empty for an empty text). */
    public static List<String> split(String decides) {
        List<String> out = new ArrayList<>();
        if (decides == null || decides.isBlank()) return out;
        for (String part : decides.split(SEPARATOR)) {
            String d = part.trim();
            if (!d.isEmpty()) out.add(d);
        }
        return out;
    }
}
