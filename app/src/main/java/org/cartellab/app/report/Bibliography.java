package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.evidence.Source;
import org.cartellab.evidence.SourceKind;

/**
 * The report's bibliography: every source key the report prints goes through {@link #link(String)}, which returns a
 * link to the key's anchor ({@code #src-KEY}) and remembers the key; {@link #render(StringBuilder)} then writes one
 * entry per key with outlet, date, title and a URL or DOI where the evidence ledger has one. Seed articles are cited
 * as the news articles they are, with their reliability grade and its reason. Keys the ledger does not hold (test
 * fixtures, other catalogs) are listed with the citation the catalog gives.
 */
public final class Bibliography {
    private final Function<String, Optional<Source>> ledger;
    private final UnaryOperator<String> fallback;
    private final Set<String> used = new LinkedHashSet<>();
    private java.util.function.ToIntFunction<String> flaggedClaims = seed -> 0;
    private final Set<String> lawUsed = new LinkedHashSet<>();
    private org.cartellab.law.KnowledgeBase law = org.cartellab.law.KnowledgeBase.bundled();

    /**
     * @param ledger   looks a key up in the evidence ledger
     * @param fallback the citation for a key the ledger does not hold
     */
    public Bibliography(Function<String, Optional<Source>> ledger, UnaryOperator<String> fallback) {
        this.ledger = ledger;
        this.fallback = fallback;
    }

    /** With the bundled evidence ledger, and {@code fallback} for other keys. */
    public static Bibliography bundled(UnaryOperator<String> fallback) {
        EvidenceCatalog c = EvidenceCatalog.bundled();
        Bibliography b = new Bibliography(c::find, fallback);
        org.cartellab.record.ClaimRegister claims = org.cartellab.record.PublicRecord.bundled().claims();
        b.flaggedClaims = seed -> claims.flagged(seed).size();
        return b;
    }

    /** The anchor id of a key. */
    public static String anchor(String key) {
        return "src-" + key.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** An XHTML link to the key's entry (the key is escaped); the key will be listed. */
    public String link(String key) {
        used.add(key);
        return "<a class=\"src\" href=\"#" + anchor(key) + "\">" + esc(key) + "</a>";
    }

    /** The anchor id of a knowledge-base entry. */
    public static String lawAnchor(String id) { return "law-" + id.replaceAll("[^A-Za-z0-9_.-]", "_"); }

    /** A link to a legal knowledge-base entry's bibliography line (ids the knowledge base lacks are printed plain). */
    public String lawLink(String id) {
        if (!law.contains(id)) return esc(id);
        lawUsed.add(id);
        return "<a class=\"src law\" href=\"#" + lawAnchor(id) + "\">" + esc(id) + "</a>";
    }

    /** Links for several knowledge-base ids, separated by ", ". */
    public String lawLinks(java.util.Collection<String> ids) {
        StringBuilder b = new StringBuilder();
        for (String k : ids) b.append(b.length() == 0 ? "" : ", ").append(lawLink(k));
        return b.toString();
    }

    /** Links for several keys, separated by "; ". */
    public String links(java.util.Collection<String> keys) {
        StringBuilder b = new StringBuilder();
        for (String k : keys) b.append(b.length() == 0 ? "" : "; ").append(link(k));
        return b.toString();
    }

    /** Keys linked so far. */
    public Set<String> used() { return Set.copyOf(used); }

    /** Writes the bibliography section (id "bibliography"), keys sorted. */
    public void render(StringBuilder b) { render(b, org.cartellab.app.i18n.Messages.english()); }

    /** As above, with the headings and the introduction in the language of {@code t} (the entries stay as the ledger gives them). */
    public void render(StringBuilder b, org.cartellab.app.i18n.Messages t) {
        b.append("<h2 id=\"bibliography\">").append(esc(t.get("report.toc.bibliography"))).append("</h2><p>").append(esc(t.get("report.bib.intro")))
                .append("</p><ol id=\"sources\" class=\"bib\">");
        for (String key : new TreeSet<>(used)) {
            b.append("<li id=\"").append(anchor(key)).append("\"><strong>").append(esc(key)).append("</strong>: ");
            Optional<Source> s = ledger.apply(key);
            if (s.isEmpty()) b.append(esc(fallback.apply(key)));
            else entry(b, s.get());
            if (key.startsWith(EvidenceCatalog.SEED_PREFIX)) {
                int n = flaggedClaims.applyAsInt(key.substring(EvidenceCatalog.SEED_PREFIX.length()));
                if (n > 0) b.append(". <span class=\"flag\">").append(n).append(" claim").append(n == 1 ? "" : "s")
                        .append(" flagged</span> in the <a href=\"#claims\">claim register</a>");
            }
            b.append("</li>");
        }
        b.append("</ol>");
        if (lawUsed.isEmpty()) return;
        b.append("<h3 id=\"bibliography-law\">").append(esc(t.get("report.bib.law", t.date(law.reviewed())))).append("</h3><ol class=\"bib\">");
        for (String id : new TreeSet<>(lawUsed)) {
            org.cartellab.law.Provision p = law.get(id);
            b.append("<li id=\"").append(lawAnchor(id)).append("\"><strong>").append(esc(id)).append("</strong>: ").append(esc(p.fullCitation()))
                    .append(" <small>[").append(esc(p.jurisdiction().label())).append(", ").append(esc(p.kindLabel())).append(", ")
                    .append(esc(org.cartellab.law.StatusPhrase.english(p))).append("]</small>");
            if (!p.verified()) b.append(" <span class=\"flag\">unverified</span>");
            for (org.cartellab.law.LawSource src : p.sources()) {
                b.append(". ").append(esc(src.role().id())).append(": ");
                if (src.url().isEmpty()) b.append(esc(src.title()));
                else b.append("<a href=\"").append(esc(src.url())).append("\">").append(esc(src.title())).append("</a>");
                b.append(" (").append(src.date()).append(')');
            }
            b.append("</li>");
        }
        b.append("</ol>");
    }

    private static void entry(StringBuilder b, Source s) {
        boolean seed = s.id().startsWith(EvidenceCatalog.SEED_PREFIX);
        if (seed) {
            // cited as the article it is: outlet, date, title; the project's copy is secondary
            b.append(esc(s.venue().isEmpty() ? "news article, outlet not named" : s.venue())).append(", ")
                    .append(esc(!s.published().isEmpty() ? s.published() : s.year() > 0 ? String.valueOf(s.year()) : "undated"))
                    .append(": <cite>").append(esc(s.title())).append("</cite>");
            if (!s.localCopy().isEmpty()) b.append(" <small>(local copy: ").append(esc(s.localCopy())).append(")</small>");
        } else {
            if (!s.authors().isEmpty()) b.append(esc(s.authors())).append(". ");
            b.append("<cite>").append(esc(s.title())).append("</cite>");
            if (!s.venue().isEmpty()) b.append(". ").append(esc(s.venue()));
            if (!s.volume().isEmpty()) b.append(' ').append(esc(s.volume()));
            if (!s.pages().isEmpty()) b.append(", ").append(esc(s.pages()));
            if (s.year() > 0) b.append(" (").append(s.year()).append(')');
        }
        b.append(" <small>[").append(esc(kind(s.kind()))).append("]</small>");
        if (!s.doi().isEmpty()) {
            b.append(". <a href=\"https://doi.org/").append(esc(s.doi())).append("\">doi:").append(esc(s.doi())).append("</a>");
        } else if (!s.url().isEmpty()) {
            b.append(". <a href=\"").append(esc(s.url())).append("\">").append(esc(s.url())).append("</a>");
        }
        s.reliabilityGrade().ifPresent(r -> b.append(". <span class=\"flag\">Reliability: ").append(esc(r.grade().id())).append("</span> (")
                .append(esc(r.reason())).append(')'));
        b.append(". <small>Supports: ").append(esc(s.supports())).append("</small>");
    }

    private static String kind(SourceKind k) { return k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '); }
}
