package org.cartellab.law;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, readable name of a knowledge-base entry for use inside sentences ("50 U.S.C. 3093(a)", "Executive Order
 * 12333, sec. 2.11", "Hernandez v. Mesa, 589 U.S. 93 (2020)") instead of its id. It is cut from the citation (the
 * English one, or the Spanish one of a localized entry): explanatory parentheses of three or more words are dropped
 * (a year or a court and year stay), then comma-separated parts are kept while they carry a locator (a digit, or an
 * article or section mark); the first part is always kept.
 */
public final class ShortCitation {
    private static final Pattern PAREN = Pattern.compile("\\s\\(([^()]*)\\)");
    private static final Pattern LOCATOR = Pattern.compile("\\d|^(art|arts|sec|secs|artículo|artículos|fracción)\\.?\\s", Pattern.CASE_INSENSITIVE);

    private ShortCitation() {}

    /** The short citation of {@code p} (from {@code p.citation()}); never empty, never the id. */
    public static String of(Provision p) { return of(p.citation()); }

    /** The short form of a citation text. */
    public static String of(String citation) {
        String c = citation.strip();
        Matcher m = PAREN.matcher(c);
        StringBuilder kept = new StringBuilder();
        while (m.find()) m.appendReplacement(kept, m.group(1).strip().split("\\s+").length >= 3 ? "" : Matcher.quoteReplacement(m.group()));
        m.appendTail(kept);
        String[] parts = kept.toString().split(",\\s+");
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String s = part.strip();
            if (s.isEmpty()) continue;
            if (!out.isEmpty() && !LOCATOR.matcher(s).find()) break;
            out.add(s);
        }
        String r = String.join(", ", out).replaceAll("\\s+", " ").strip();
        return r.isEmpty() ? c : r;
    }
}
