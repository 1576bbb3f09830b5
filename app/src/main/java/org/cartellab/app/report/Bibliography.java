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
            else entry(b, s.get(), t);
            if (key.startsWith(EvidenceCatalog.SEED_PREFIX)) {
                int n = flaggedClaims.applyAsInt(key.substring(EvidenceCatalog.SEED_PREFIX.length()));
                if (n > 0) b.append(". <span class=\"flag\">").append(esc(t.get(n == 1 ? "bib.flagged_one" : "bib.flagged_many", n)))
                        .append("</span> ").append(esc(t.get("bib.in_the"))).append(" <a href=\"#claims\">").append(esc(t.get("bib.claim_register"))).append("</a>");
            }
            b.append("</li>");
        }
        b.append("</ol>");
        if (lawUsed.isEmpty()) return;
        b.append("<h3 id=\"bibliography-law\">").append(esc(t.get("report.bib.law", t.date(law.reviewed())))).append("</h3><ol class=\"bib\">");
        for (String id : new TreeSet<>(lawUsed)) {
            org.cartellab.law.Provision p = law.get(id);
            b.append("<li id=\"").append(lawAnchor(id)).append("\"><strong>").append(esc(id)).append("</strong>: ").append(esc(t.language() == org.cartellab.i18n.Language.EN ? p.fullCitation() : t.localizer().provision(p).fullCitation()))
                    .append(" <small>[").append(esc(t.getOr("jurisdiction." + p.jurisdiction().name().toLowerCase(java.util.Locale.ROOT), p.jurisdiction().label())))
                    .append(", ").append(esc(p.kindLabel())).append(", ").append(esc(org.cartellab.app.law.LawWords.status(p, t))).append("]</small>");
            if (!p.verified()) b.append(" <span class=\"flag\">").append(esc(t.get("report.pathway.unverified"))).append("</span>");
            // a source keeps the title the knowledge base records (English): marked so in other languages
            String lang = t.language() != org.cartellab.i18n.Language.EN ? " lang=\"en\"" : "";
            for (org.cartellab.law.LawSource src : p.sources()) {
                b.append(". ").append(esc(t.getOr("law.role." + src.role().id(), src.role().id()))).append(": ");
                if (src.url().isEmpty()) b.append("<cite").append(lang).append('>').append(esc(src.title())).append("</cite>");
                else b.append("<a href=\"").append(esc(src.url())).append("\"").append(lang).append('>').append(esc(src.title())).append("</a>");
                b.append(" (").append(esc(t.date(src.date()))).append(')');
            }
            b.append("</li>");
        }
        b.append("</ol>");
    }

    private static void entry(StringBuilder b, Source s, org.cartellab.app.i18n.Messages t) {
        org.cartellab.i18n.Localizer loc = t.localizer();
        boolean seed = s.id().startsWith(EvidenceCatalog.SEED_PREFIX);
        if (seed) {
            // cited as the article it is: outlet, date, title (in its own language); the project's copy is secondary
            b.append(esc(s.venue().isEmpty() ? t.get("bib.news_outlet_unnamed") : s.venue())).append(", ")
                    .append(esc(!s.published().isEmpty() ? s.published() : s.year() > 0 ? String.valueOf(s.year()) : t.get("bib.undated")))
                    .append(": <cite").append(t.language() == org.cartellab.i18n.Language.EN ? "" : " lang=\"en\"").append('>').append(esc(s.title())).append("</cite>");
            if (!s.localCopy().isEmpty()) b.append(" <small>(").append(esc(t.get("bib.local_copy"))).append(": ").append(esc(s.localCopy())).append(")</small>");
        } else {
            if (!s.authors().isEmpty()) b.append(esc(s.authors())).append(". ");
            b.append("<cite>").append(esc(s.title())).append("</cite>");
            if (!s.venue().isEmpty()) b.append(". ").append(esc(s.venue()));
            if (!s.volume().isEmpty()) b.append(' ').append(esc(s.volume()));
            if (!s.pages().isEmpty()) b.append(", ").append(esc(s.pages()));
            if (s.year() > 0) b.append(" (").append(s.year()).append(')');
        }
        b.append(" <small>[").append(esc(t.getOr("source.kind." + s.kind().id(), kind(s.kind())))).append("]</small>");
        if (!s.doi().isEmpty()) {
            b.append(". <a href=\"https://doi.org/").append(esc(s.doi())).append("\">doi:").append(esc(s.doi())).append("</a>");
        } else if (!s.url().isEmpty()) {
            b.append(". <a href=\"").append(esc(s.url())).append("\">").append(esc(s.url())).append("</a>");
        }
        s.reliabilityGrade().ifPresent(r -> b.append(". <span class=\"flag\">").append(esc(t.get("bib.reliability"))).append(": ").append(esc(t.getOr("reliability." + r.grade().id(), r.grade().id()))).append("</span> (")
                .append(esc(loc.reliabilityReason(s).isEmpty() ? r.reason() : loc.reliabilityReason(s))).append(')'));
        b.append(". <small>").append(esc(t.get("bib.supports"))).append(": ").append(esc(loc.supports(s))).append("</small>");
    }

    private static String kind(SourceKind k) { return k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '); }
}
