package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;
import static org.cartellab.app.report.Xml.num;

import org.cartellab.assessment.JudgmentRiskSensitivity;

/**
 * The section of report.html (id "judgment-risks") showing how the ranking moves when risk ratings flagged as the
 * catalog's judgment are dropped and only levels tied to a level-relevant sourced fact enter the decision matrix.
 */
public final class JudgmentRiskSection {
    private JudgmentRiskSection() {}

    public static void append(StringBuilder b, JudgmentRiskSensitivity s) { append(b, s, id -> id, org.cartellab.app.i18n.Messages.english()); }

    /** As above, with course titles ({@code titles}: id to title; ids in English as before) in the language of {@code t}. */
    public static void append(StringBuilder b, JudgmentRiskSensitivity s, java.util.function.UnaryOperator<String> titles, org.cartellab.app.i18n.Messages t) {
        boolean en = t.language() == org.cartellab.i18n.Language.EN;
        int sourced = s.rows().stream().mapToInt(JudgmentRiskSensitivity.Row::sourcedRatings).sum();
        int judged = s.rows().stream().mapToInt(JudgmentRiskSensitivity.Row::judgmentRatings).sum();
        b.append("<h2 id=\"judgment-risks\">").append(esc(t.get("judgment.h2"))).append("</h2>");
        b.append("<p>").append(esc(t.get("judgment.intro", sourced + judged, sourced, judged))).append("</p>");
        b.append("<table id=\"judgment-ranking\"><thead><tr>");
        for (String k : java.util.List.of("rank_without", "course", "score", "rank_all", "moved", "ratings")) b.append("<th>").append(esc(t.get("judgment.th." + k))).append("</th>");
        b.append("</tr></thead><tbody>");
        for (JudgmentRiskSensitivity.Row r : s.bySourcedRank()) {
            int m = r.moved();
            b.append("<tr data-coa=\"").append(esc(r.id())).append("\"><td class=\"n\">").append(r.rankSourcedOnly()).append("</td><td>").append(esc(en ? r.id() : titles.apply(r.id())))
                    .append("</td><td class=\"n\">").append(num(r.scoreSourcedOnly(), 3)).append("</td><td class=\"n\">").append(r.rankAll())
                    .append("</td><td class=\"n\">").append(m == 0 ? "=" : esc(m > 0 ? t.get("judgment.up", m) : t.get("judgment.down", -m)))
                    .append("</td><td class=\"n\">").append(r.sourcedRatings()).append(" / ").append(r.judgmentRatings()).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }
}
