package org.cartellab.record;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The declared list of outlets the record does not accept as the only source of an entry: aggregators that rewrite
 * other outlets' reporting without attribution of their own, sites that re-host press releases or wire copy under
 * their own name, and partisan sites. A source is weak when its address is on one of these domains (or a subdomain)
 * or its publisher names one of these outlets. Such a source may stay beside a primary document or an outlet of
 * record, as a copy or a detail; it may not carry an entry alone (RecordSourceQualityTest). Wire copy carried by a
 * named newspaper or broadcaster (AP via Manila Bulletin, CNN via an affiliate) is not on the list.
 */
public final class WeakOutlets {
    /** Domains of aggregators, re-hosting sites and partisan sites met while building the record. */
    public static final Set<String> DOMAINS = Set.of(
            "breitbart.com", "pledgetimes.com", "menafn.com", "global-fox.com", "thenexgenusa.com", "salurankabar.com",
            "saluranwarta.com", "newsgrasp.xyz", "newszop.com", "frousa.org", "tradevae.com", "tradeiqai.com",
            "publicnonprofitleadership.com", "localnewswave.com", "charm-retirement.com", "newssummedup.com", "scoop.co.nz",
            "miragenews.com", "pubt.io", "thefederalnewswire.com", "prismedia.ai", "worldtribune.com", "washingtoninsider.us",
            "newsoflosangeles.com", "mestios.com", "webpressnews.com", "particle.news", "devdiscourse.com");

    /** The same outlets by the names they appear under as publishers (lower case). */
    public static final List<String> PUBLISHERS = List.of(
            "breitbart", "pledge times", "menafn", "global fox", "nexgen", "saluran", "newsgrasp", "newspoint", "fro usa",
            "tradevae", "tradeiq", "local news wave", "charm retirement", "newssummedup", "scoop", "mirage news",
            "federal newswire", "pubt.io", "prismedia", "worldtribune", "washington insider", "news of los angeles");

    private WeakOutlets() {}

    /** Whether {@code s} comes from a listed outlet (by address or by publisher name). */
    public static boolean isWeak(RecordSource s) {
        String pub = s.publisher().toLowerCase(Locale.ROOT);
        if (PUBLISHERS.stream().anyMatch(pub::contains)) return true;
        String host = host(s.url());
        return !host.isEmpty() && DOMAINS.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
    }

    /** Whether at least one of {@code sources} is not weak. */
    public static boolean carriedByAStrongSource(List<RecordSource> sources) {
        return sources.stream().anyMatch(s -> !isWeak(s));
    }

    static String host(String url) {
        if (url == null || url.isBlank()) return "";
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
