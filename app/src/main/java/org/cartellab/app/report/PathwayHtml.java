package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.app.law.LawViews;
import org.cartellab.law.Assessment;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.LegalScore;
import org.cartellab.law.Provision;
import org.cartellab.policy.CourseOfAction;

/** HTML for a course's legal pathways in the comparison report: one table per part, then the consent comparison. */
final class PathwayHtml {
    private PathwayHtml() {}

    static void append(StringBuilder b, CourseOfAction c, KnowledgeBase kb, LocalDate today) {
        b.append("<div class=\"pathway\"><h4>Legal pathway <small>(").append(esc(kb.asOf())).append(")</small></h4>");
        b.append("<p><small>").append(esc(LawViews.SCALE)).append("</small></p>");
        if (c.pathways().isEmpty()) {
            b.append("<p class=\"flag\">No pathway: the legal criterion counts this course as prima facie unlawful (2).</p></div>");
            return;
        }
        StringBuilder per = new StringBuilder();
        for (Map.Entry<Jurisdiction, Assessment> e : LegalScore.perJurisdiction(c.pathways()).entrySet()) {
            if (per.length() > 0) per.append(", ");
            per.append(e.getKey().name()).append(' ').append(e.getValue().label());
        }
        b.append("<p>Legal criterion: <strong>").append(String.format(Locale.ROOT, "%.2f", LegalScore.of(c.pathways()))).append("</strong> of 2 (")
                .append(esc(per.toString())).append(").</p>");
        for (CoursePathway cp : c.pathways()) {
            if (!cp.block().part().isEmpty()) b.append("<p><strong>Part: ").append(esc(cp.block().part())).append("</strong></p>");
            b.append("<p><small>Conditions: ").append(esc(conditions(cp))).append("</small></p>");
            b.append("<table class=\"pathway\"><thead><tr><th>Jurisdiction</th><th>Assessment</th><th>Basis claimed</th><th>Conditions needed</th>"
                    + "<th>Who decides</th><th>Who must be notified, when</th><th>Litigation and liability</th><th>Reasoning</th><th>Strongest counter-argument</th></tr></thead><tbody>");
            for (JurisdictionPathway j : cp.assumed().jurisdictions()) {
                b.append("<tr><td>").append(j.jurisdiction().name()).append("</td><td class=\"assessment ").append(j.assessment().name().toLowerCase(Locale.ROOT))
                        .append("\">").append(esc(j.assessment().label())).append("</td><td>").append(ids(j.basis(), kb, today))
                        .append("</td><td>").append(ids(j.needs(), kb, today)).append("</td><td>").append(esc(String.join("; ", j.deciders())))
                        .append("</td><td>");
                for (String id : j.notices()) {
                    Provision p = kb.get(id);
                    b.append(esc(p.notifyWho() + ": " + p.notifyWhen())).append(" <small>(").append(esc(id)).append(")</small><br/>");
                }
                b.append("</td><td>").append(ids(j.exposure(), kb, today)).append("</td><td>").append(esc(String.join(" ", j.reasoning())))
                        .append("</td><td>").append(esc(j.counter())).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (cp.consentMatters()) {
                b.append("<table class=\"consent\"><thead><tr><th>Jurisdiction</th><th>With Mexico's consent</th><th>Without</th><th>Only with consent</th><th>Only without</th></tr></thead><tbody>");
                for (Map<String, Object> r : LawViews.comparison(cp)) {
                    b.append("<tr><td>").append(esc((String) r.get("jurisdiction"))).append("</td><td>").append(esc((String) r.get("with_consent")))
                            .append("</td><td>").append(esc((String) r.get("without_consent"))).append("</td><td>").append(esc(join(r.get("only_with_consent"))))
                            .append("</td><td>").append(esc(join(r.get("only_without_consent")))).append("</td></tr>");
                }
                b.append("</tbody></table><p><small>Both columns are computed from the same knowledge base and conditions; only consent differs.</small></p>");
            }
        }
        b.append("</div>");
    }

    private static String conditions(CoursePathway cp) {
        Map<String, Object> m = LawViews.conditions(cp.block().conditions());
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (s.length() > 0) s.append("; ");
            s.append(e.getKey().replace('_', ' ')).append(": ").append(e.getValue());
        }
        return s.toString();
    }

    private static String ids(List<String> ids, KnowledgeBase kb, LocalDate today) {
        StringBuilder s = new StringBuilder();
        for (String id : ids) {
            Provision p = kb.get(id);
            s.append(esc(p.citation())).append(" <small>(").append(esc(id)).append(", ").append(esc(p.status().describe())).append(")</small>");
            if (!p.verified()) s.append(" <span class=\"flag\">unverified</span>");
            if (p.possiblyStale(today)) s.append(" <span class=\"flag\">possibly stale</span>");
            s.append("<br/>");
        }
        return s.length() == 0 ? "none" : s.toString();
    }

    @SuppressWarnings("unchecked")
    private static String join(Object list) {
        List<String> l = (List<String>) list;
        return l.isEmpty() ? "-" : String.join(", ", l);
    }
}
