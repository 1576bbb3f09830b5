package org.cartellab.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.evidence.Source;
import org.cartellab.i18n.Language;
import org.cartellab.i18n.Localizer;

/**
 * The bibliography as the web shows it (GET /api/sources): one entry per source of the bundled evidence ledger, with
 * the anchor the pages link to ({@code src-KEY}, the same anchor the HTML report uses), kind, authors, title, outlet,
 * year, volume, pages, DOI and URL where the ledger has them, what it supports and, for news reports, the reliability
 * grade and its reason. Seed articles are flagged as such. Built once; the ledger is immutable.
 */
final class SourceList {
    private SourceList() {}

    /** The page anchor of a source key: {@code src-} followed by the key with anything but letters, digits, {@code _.-} as {@code _}. */
    static String anchor(String key) {
        return "src-" + key.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** The ledger in English. */
    static Map<String, Object> json(EvidenceCatalog ledger) { return json(ledger, Localizer.of(Language.EN)); }

    /** The ledger with what each source supports and its reliability reason in the localizer's language; titles, authors and outlets as published. */
    static Map<String, Object> json(EvidenceCatalog ledger, Localizer loc) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Source s : ledger.all()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", s.id());
            e.put("anchor", anchor(s.id()));
            e.put("kind", s.kind().id());
            e.put("seed", s.id().startsWith(EvidenceCatalog.SEED_PREFIX));
            e.put("authors", s.authors());
            e.put("title", s.title());
            e.put("outlet", s.venue());
            e.put("year", s.year() > 0 ? s.year() : null);
            e.put("published", s.published().isEmpty() ? null : s.published());
            e.put("local_copy", s.localCopy().isEmpty() ? null : s.localCopy());
            e.put("volume", s.volume());
            e.put("pages", s.pages());
            e.put("doi", s.doi());
            e.put("url", s.url().isEmpty() && !s.doi().isEmpty() ? "https://doi.org/" + s.doi() : s.url());
            e.put("supports", loc.supports(s));
            e.put("reliability", s.reliabilityGrade().map(r -> Map.of("grade", r.grade().id(), "reason", loc.reliabilityReason(s))).orElse(null));
            e.put("citation", s.citation());
            out.add(e);
        }
        out.sort((a, b) -> ((String) a.get("id")).compareTo((String) b.get("id")));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sources", out);
        return doc;
    }
}
