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

    public static void append(StringBuilder b, JudgmentRiskSensitivity s) {
        int sourced = s.rows().stream().mapToInt(JudgmentRiskSensitivity.Row::sourcedRatings).sum();
        int judged = s.rows().stream().mapToInt(JudgmentRiskSensitivity.Row::judgmentRatings).sum();
        b.append("<h2 id=\"judgment-risks\">The ranking without judgment-only risk ratings</h2>");
        b.append("<p>Of the ").append(sourced + judged).append(" risk ratings of the courses compared, ").append(sourced)
                .append(" are tied to a source giving a fact that bears on the level, and ").append(judged)
                .append(" are the catalog's judgment (sources, where cited, give only a direction). Below, judgment ratings are left out: each course is scored on ")
                .append("the modelled outcomes, legal burden and its sourced risk levels only (the weights of the left-out criteria are dropped for that course). ")
                .append("A large move means the course's place rests on judgment. Same weights and central runs as the decision matrix.</p>");
        b.append("<table id=\"judgment-ranking\"><thead><tr><th>Rank without judgments</th><th>Course of action</th><th>Score</th>")
                .append("<th>Rank with all ratings</th><th>Moved</th><th>Risk ratings sourced / judged</th></tr></thead><tbody>");
        for (JudgmentRiskSensitivity.Row r : s.bySourcedRank()) {
            int m = r.moved();
            b.append("<tr data-coa=\"").append(esc(r.id())).append("\"><td class=\"n\">").append(r.rankSourcedOnly()).append("</td><td>").append(esc(r.id()))
                    .append("</td><td class=\"n\">").append(num(r.scoreSourcedOnly(), 3)).append("</td><td class=\"n\">").append(r.rankAll())
                    .append("</td><td class=\"n\">").append(m == 0 ? "=" : (m > 0 ? "up " + m : "down " + (-m)))
                    .append("</td><td class=\"n\">").append(r.sourcedRatings()).append(" / ").append(r.judgmentRatings()).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }
}
