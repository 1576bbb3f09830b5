package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;

import org.cartellab.briefing.Briefing;
import org.cartellab.briefing.Change;
import org.cartellab.briefing.ConsentCondition;
import org.cartellab.briefing.CourseBriefing;
import org.cartellab.briefing.EvidenceGap;
import org.cartellab.briefing.KnownMiss;
import org.cartellab.briefing.LegalStanding;
import org.cartellab.briefing.TopRisk;
import org.cartellab.law.Jurisdiction;
import org.cartellab.app.i18n.Messages;

/**
 * A briefing as an XHTML section (id "briefing") for the top of the report: per course its changes, standing, legal
 * assessment per jurisdiction with the consent sentence, top risks (sourced or judgment, source keys linked to the
 * bibliography), evidence gaps (folded when long) and the model's known misses. Same sentences as the text form.
 */
public final class BriefingHtml {
    /** Gaps shown before the rest are folded. */
    static final int GAPS_OPEN = 3;

    private BriefingHtml() {}

    public static void append(StringBuilder b, Briefing br, Bibliography bib) { append(b, br, bib, Messages.english()); }

    /** As above, in the language of {@code t}. */
    public static void append(StringBuilder b, Briefing br, Bibliography bib, Messages t) {
        b.append("<section id=\"briefing\" class=\"briefing\"><h2>").append(esc(t.get("brief.bottom_line"))).append("</h2>");
        b.append("<p class=\"asof\">").append(esc(BriefingWords.asOf(br.asOf(), t))).append("</p>");
        for (CourseBriefing c : br.courses()) {
            b.append("<div class=\"brief-course\" data-coa=\"").append(esc(c.id())).append("\"><h3>")
                    .append("<a href=\"#coa-").append(esc(c.id())).append("\">").append(esc(c.title())).append("</a></h3>");
            b.append("<p><strong>").append(esc(BriefingWords.changesHeader(br.horizonYears(), c.changes(), t))).append("</strong></p><ul>");
            for (Change ch : c.changes()) {
                b.append("<li data-metric=\"").append(ch.metric().id()).append("\" data-agree=\"").append(ch.agreement().agreeing()).append('/')
                        .append(ch.agreement().total()).append("\">").append(esc(BriefingWords.changeShort(ch, t))).append("</li>");
            }
            b.append("</ul>");
            c.standing().ifPresent(s -> b.append("<p>").append(esc(BriefingWords.standing(s, br.kind() != Briefing.Kind.COMPARISON, t))).append("</p>"));
            legal(b, c, bib, t);
            b.append("<p><strong>").append(esc(t.get("brief.top_risks"))).append("</strong>:</p>");
            if (c.risks().isEmpty()) b.append("<p>").append(esc(t.get("brief.no_risks"))).append("</p>");
            else {
                b.append("<ul class=\"risks-top\">");
                for (TopRisk r : c.risks()) {
                    b.append("<li data-basis=\"").append(r.judgment() ? "judgment" : "sourced").append("\">").append(esc(t.getOr("risk." + r.dimension().id(), r.dimension().id().replace('_', ' '))))
                            .append(": ").append(esc(t.getOr("risk.level." + r.level(), r.label()))).append(" (").append(r.level()).append("/4, ")
                            .append(r.judgment() ? "<span class=\"flag\">" + esc(t.get("brief.judgment")) + "</span>" : esc(t.get("brief.sourced")) + ": " + bib.links(r.sources())).append("). ")
                            .append(esc(r.rationale())).append("</li>");
                }
                b.append("</ul>");
            }
            gaps(b, c, bib, t);
            b.append("</div>");
        }
        b.append("<h3>").append(esc(t.get("brief.known_misses"))).append("</h3><ul id=\"known-misses\">");
        for (KnownMiss m : br.knownMisses()) {
            b.append("<li>").append(esc(m.statement())).append(m.source().isEmpty() ? "" : " <small>(" + esc(m.source()) + ")</small>").append("</li>");
        }
        b.append("</ul></section>");
    }

    private static void legal(StringBuilder b, CourseBriefing c, Bibliography bib, Messages t) {
        b.append("<p><strong>").append(esc(t.get("brief.legal_basis"))).append("</strong> ").append(esc(t.get("brief.legal_html_note"))).append("</p>");
        if (c.legal().isEmpty()) {
            b.append("<p>").append(esc(t.get("brief.no_pathway"))).append("</p>");
            return;
        }
        b.append("<table class=\"brief-legal\"><thead><tr><th>").append(esc(t.get("brief.part"))).append("</th>");
        for (Jurisdiction j : Jurisdiction.values()) b.append("<th>").append(esc(t.getOr("jurisdiction." + j.name().toLowerCase(java.util.Locale.ROOT), j.label()))).append("</th>");
        b.append("</tr></thead><tbody>");
        for (ConsentCondition cc : c.consent()) {
            b.append("<tr><td>").append(esc(cc.part())).append("</td>");
            for (LegalStanding l : c.legal()) {
                if (!l.part().equals(cc.part())) continue;
                b.append("<td data-assessment=\"").append(esc(l.assessment().name())).append("\">").append(esc(BriefingWords.assessment(l.assessment(), t)));
                if (!l.basis().isEmpty()) b.append("<br/><small>").append(esc(t.get("brief.basis"))).append(": ").append(bib.lawLinks(l.basis())).append("</small>");
                if (!l.prohibitions().isEmpty()) b.append("<br/><small>").append(esc(t.get("brief.prohibitions"))).append(": ").append(bib.lawLinks(l.prohibitions())).append("</small>");
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table><ul class=\"consent\">");
        for (ConsentCondition cc : c.consent()) b.append("<li>").append(esc(BriefingWords.consent(cc, c.legal(), t))).append("</li>");
        b.append("</ul>");
    }

    private static void gaps(StringBuilder b, CourseBriefing c, Bibliography bib, Messages t) {
        b.append("<p><strong>").append(esc(t.get("brief.gaps"))).append("</strong>:</p>");
        if (c.gaps().isEmpty()) {
            b.append("<p>").append(esc(t.get("brief.no_gaps"))).append("</p>");
            return;
        }
        b.append("<ul class=\"gaps\">");
        for (int i = 0; i < c.gaps().size(); i++) {
            if (i == GAPS_OPEN) b.append("</ul><details><summary>").append(esc(t.get("brief.more", c.gaps().size() - GAPS_OPEN))).append("</summary><ul class=\"gaps\">");
            EvidenceGap g = c.gaps().get(i);
            b.append("<li data-kind=\"").append(g.kind().name()).append("\">").append(esc(t.phrase(g.phrase())));
            if (!g.sources().isEmpty()) b.append(" <small>(").append(bib.links(g.sources())).append(")</small>");
            b.append("</li>");
        }
        b.append("</ul>");
        if (c.gaps().size() > GAPS_OPEN) b.append("</details>");
    }
}
