package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;
import org.cartellab.law.Conditions;
import org.cartellab.i18n.Localizer;
import org.cartellab.i18n.Language;
import org.cartellab.app.i18n.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.app.law.LawViews;
import org.cartellab.app.law.LawWords;
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

    static void append(StringBuilder b, CourseOfAction c, KnowledgeBase kb, LocalDate today) { append(b, c, kb, today, Messages.english()); }

    /** As above in the language of {@code t}. */
    static void append(StringBuilder b, CourseOfAction c, KnowledgeBase kb, LocalDate today, Messages t) {
        boolean en = t.language() == Language.EN;
        Localizer loc = t.localizer();
        b.append("<div class=\"pathway\"><h4>").append(esc(t.get("report.pathway.h4"))).append(" <small>(")
                .append(esc(en ? kb.asOf() : t.get("report.pathway.as_of", t.date(kb.reviewed())))).append(")</small></h4>");
        b.append("<p><small>").append(esc(en ? LawViews.SCALE : t.get("pathway.scale"))).append("</small></p>");
        if (c.pathways().isEmpty()) {
            b.append("<p class=\"flag\">").append(esc(t.get("report.pathway.none"))).append("</p></div>");
            return;
        }
        StringBuilder per = new StringBuilder();
        for (Map.Entry<Jurisdiction, Assessment> e : LegalScore.perJurisdiction(c.pathways()).entrySet()) {
            if (per.length() > 0) per.append(", ");
            per.append(e.getKey().name()).append(' ').append(label(e.getValue(), t));
        }
        b.append("<p>").append(esc(t.get("report.pathway.criterion"))).append(" <strong>").append(String.format(Locale.ROOT, "%.2f", LegalScore.of(c.pathways())))
                .append("</strong> ").append(esc(t.get("report.pathway.of2"))).append(" (").append(esc(per.toString())).append(").</p>");
        for (CoursePathway cp : c.pathways()) {
            if (!cp.block().part().isEmpty()) b.append("<p><strong>").append(esc(t.get("pathway.part"))).append(' ').append(esc(cp.block().part())).append("</strong></p>");
            b.append("<p><small>").append(esc(t.get("pathway.conditions"))).append(' ').append(esc(en ? conditions(cp) : conditionsEs(cp, t))).append("</small></p>");
            b.append("<table class=\"pathway\"><thead><tr>");
            for (String k : List.of("jurisdiction", "assessment", "basis", "needs", "decides", "notify", "exposure", "reasoning", "counter")) {
                b.append("<th>").append(esc(t.get("report.pathway.th." + k))).append("</th>");
            }
            b.append("</tr></thead><tbody>");
            for (JurisdictionPathway j : cp.assumed().jurisdictions()) {
                b.append("<tr><td>").append(j.jurisdiction().name()).append("</td><td class=\"assessment ").append(j.assessment().name().toLowerCase(Locale.ROOT))
                        .append("\">").append(esc(label(j.assessment(), t))).append("</td><td>").append(ids(j.basis(), kb, today, t))
                        .append("</td><td>").append(ids(j.needs(), kb, today, t)).append("</td><td>")
                        .append(esc(String.join("; ", org.cartellab.law.Deciders.merge(j.deciders().stream().map(d -> loc.lawText(d, kb)).toList()))))
                        .append("</td><td>");
                for (String id : j.notices()) {
                    Provision p = loc.provision(kb.get(id));
                    b.append(esc(p.notifyWho() + ": " + p.notifyWhen())).append(" <small>(").append(esc(id)).append(")</small><br/>");
                }
                b.append("</td><td>").append(ids(j.exposure(), kb, today, t)).append("</td><td>").append(esc(String.join(" ", ReportText.reasons(j, t))))
                        .append("</td><td>").append(esc(ReportText.counter(j.counter(), t))).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (cp.consentFixed()) {
                b.append("<p class=\"consent-fixed\">").append(esc(t.get(cp.block().conditions().consent() ? "pathway.consent_fixed_with" : "pathway.consent_fixed_without")));
                if (!cp.block().counterpart().isEmpty()) {
                    b.append(' ').append(esc(t.get("pathway.consent_counterpart", cp.block().counterpart(), c.id(), cp.block().counterpart())));
                }
                b.append("</p>");
            } else if (cp.consentMatters()) {
                b.append("<table class=\"consent\"><thead><tr>");
                for (String k : List.of("jurisdiction", "with", "without", "only_with", "only_without")) {
                    b.append("<th>").append(esc(t.get("report.consent.th." + k))).append("</th>");
                }
                b.append("</tr></thead><tbody>");
                for (Map<String, Object> r : LawViews.comparison(cp)) {
                    String with = (String) r.get("with_consent");
                    String without = (String) r.get("without_consent");
                    b.append("<tr><td>").append(esc((String) r.get("jurisdiction"))).append("</td><td>").append(esc(t.getOr("assessment." + with.replace(' ', '_'), with)))
                            .append("</td><td>").append(esc(t.getOr("assessment." + without.replace(' ', '_'), without))).append("</td><td>").append(esc(join(r.get("only_with_consent"))))
                            .append("</td><td>").append(esc(join(r.get("only_without_consent")))).append("</td></tr>");
                }
                b.append("</tbody></table><p><small>").append(esc(t.get("report.consent.note"))).append("</small></p>");
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

    /** Spanish conditions: the same facts as {@link #conditions(CoursePathway)}, labelled from the bundle. */
    private static String conditionsEs(CoursePathway cp, Messages t) {
        Conditions c = cp.block().conditions();
        List<String> places = c.places().stream().sorted().map(p -> t.getOr("place." + p.name().toLowerCase(Locale.ROOT), p.label())).toList();
        return t.get("pathway.conditions_text", t.get(c.consent() ? "report.yes" : "report.no"),
                t.getOr("branch." + c.branch().name().toLowerCase(Locale.ROOT), c.branch().label()), String.join(", ", places),
                t.getOr("force." + c.force().name().toLowerCase(Locale.ROOT), c.force().id()),
                t.get(c.usPersonsExposed() ? "report.yes" : "report.no"), t.get(c.armedConflictClaimed() ? "report.yes" : "report.no"));
    }

    private static String label(Assessment a, Messages t) { return t.getOr("assessment." + a.name().toLowerCase(Locale.ROOT), a.label()); }

    private static String ids(List<String> ids, KnowledgeBase kb, LocalDate today, Messages t) {
        boolean en = t.language() == Language.EN;
        StringBuilder s = new StringBuilder();
        for (String id : ids) {
            Provision p = t.localizer().provision(kb.get(id));
            String status = LawWords.status(kb.get(id), t);
            s.append(esc(p.citation())).append(" <small>(").append(esc(id)).append(", ").append(esc(status)).append(")</small>");
            if (!p.verified()) s.append(" <span class=\"flag\">").append(esc(t.get("report.pathway.unverified"))).append("</span>");
            if (p.possiblyStale(today)) s.append(" <span class=\"flag\">").append(esc(t.get("report.pathway.stale"))).append("</span>");
            s.append("<br/>");
        }
        return s.length() == 0 ? esc(t.get("common.none")) : s.toString();
    }

    @SuppressWarnings("unchecked")
    private static String join(Object list) {
        List<String> l = (List<String>) list;
        return l.isEmpty() ? "-" : String.join(", ", l);
    }
}
