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

/**
 * A briefing as an XHTML section (id "briefing") for the top of the report: per course its changes, standing, legal
 * assessment per jurisdiction with the consent sentence, top risks (sourced or judgment, source keys linked to the
 * bibliography), evidence gaps (folded when long) and the model's known misses. Same sentences as the text form.
 */
public final class BriefingHtml {
    /** Gaps shown before the rest are folded. */
    static final int GAPS_OPEN = 3;

    private BriefingHtml() {}

    public static void append(StringBuilder b, Briefing br, Bibliography bib) {
        b.append("<section id=\"briefing\" class=\"briefing\"><h2>Bottom line</h2>");
        b.append("<p class=\"asof\">").append(esc(BriefingWords.asOf(br.asOf()))).append("</p>");
        for (CourseBriefing c : br.courses()) {
            b.append("<div class=\"brief-course\" data-coa=\"").append(esc(c.id())).append("\"><h3>")
                    .append("<a href=\"#coa-").append(esc(c.id())).append("\">").append(esc(c.title())).append("</a></h3>");
            b.append("<p><strong>").append(esc(BriefingWords.changesHeader(br.horizonYears(), c.changes()))).append("</strong></p><ul>");
            for (Change ch : c.changes()) {
                b.append("<li data-metric=\"").append(ch.metric().id()).append("\" data-agree=\"").append(ch.agreement().agreeing()).append('/')
                        .append(ch.agreement().total()).append("\">").append(esc(BriefingWords.changeShort(ch))).append("</li>");
            }
            b.append("</ul>");
            c.standing().ifPresent(s -> b.append("<p>").append(esc(BriefingWords.standing(s, br.kind() != Briefing.Kind.COMPARISON))).append("</p>"));
            legal(b, c, bib);
            b.append("<p><strong>Top risks</strong>:</p>");
            if (c.risks().isEmpty()) b.append("<p>None rated moderate or above.</p>");
            else {
                b.append("<ul class=\"risks-top\">");
                for (TopRisk r : c.risks()) {
                    b.append("<li data-basis=\"").append(r.basis().id()).append("\">").append(esc(r.dimension().id().replace('_', ' ')))
                            .append(": ").append(esc(r.label())).append(" (").append(r.level()).append("/4, ")
                            .append(r.judgment() ? "<span class=\"flag\">" + r.basis().id() + "</span>" : r.basis().id() + ": " + bib.links(r.sources()))
                            .append(r.lowReliabilityOnly() ? "; <span class=\"flag caution\">" + esc(org.cartellab.app.i18n.Messages.english().get("coa.risk.caution", String.join(", ", r.sources()))) + "</span>" : "")
                            .append("). ")
                            .append(esc(r.rationale())).append("</li>");
                }
                b.append("</ul>");
            }
            gaps(b, c, bib);
            b.append("</div>");
        }
        b.append("<h3>Known misses of the model</h3><ul id=\"known-misses\">");
        for (KnownMiss m : br.knownMisses()) {
            b.append("<li>").append(esc(m.statement())).append(m.source().isEmpty() ? "" : " <small>(" + esc(m.source()) + ")</small>").append("</li>");
        }
        b.append("</ul></section>");
    }

    private static void legal(StringBuilder b, CourseBriefing c, Bibliography bib) {
        b.append("<p><strong>Legal basis</strong> (pathway assessment under the course's own conditions; not legal advice):</p>");
        if (c.legal().isEmpty()) {
            b.append("<p>No pathway recorded for this course in the catalog.</p>");
            return;
        }
        b.append("<table class=\"brief-legal\"><thead><tr><th>Part</th>");
        for (Jurisdiction j : Jurisdiction.values()) b.append("<th>").append(esc(j.label())).append("</th>");
        b.append("</tr></thead><tbody>");
        for (ConsentCondition cc : c.consent()) {
            b.append("<tr><td>").append(esc(cc.part())).append("</td>");
            for (LegalStanding l : c.legal()) {
                if (!l.part().equals(cc.part())) continue;
                b.append("<td data-assessment=\"").append(esc(l.assessment().name())).append("\">").append(esc(l.assessment().label()));
                if (!l.basis().isEmpty()) b.append("<br/><small>basis: ").append(bib.lawLinks(l.basis())).append("</small>");
                if (!l.prohibitions().isEmpty()) b.append("<br/><small>prohibitions: ").append(bib.lawLinks(l.prohibitions())).append("</small>");
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table><ul class=\"consent\">");
        for (ConsentCondition cc : c.consent()) b.append("<li>").append(esc(BriefingWords.consent(cc, c.legal()))).append("</li>");
        b.append("</ul>");
    }

    private static void gaps(StringBuilder b, CourseBriefing c, Bibliography bib) {
        b.append("<p><strong>What the evidence does not pin down</strong>:</p>");
        if (c.gaps().isEmpty()) {
            b.append("<p>Nothing flagged: no weak effect, no judgment-graded lever, no assumed effect size.</p>");
            return;
        }
        b.append("<ul class=\"gaps\">");
        for (int i = 0; i < c.gaps().size(); i++) {
            if (i == GAPS_OPEN) b.append("</ul><details><summary>").append(c.gaps().size() - GAPS_OPEN).append(" more</summary><ul class=\"gaps\">");
            EvidenceGap g = c.gaps().get(i);
            b.append("<li data-kind=\"").append(g.kind().name()).append("\">").append(esc(g.text()));
            if (!g.sources().isEmpty()) b.append(" <small>(").append(bib.links(g.sources())).append(")</small>");
            b.append("</li>");
        }
        b.append("</ul>");
        if (c.gaps().size() > GAPS_OPEN) b.append("</details>");
    }
}
