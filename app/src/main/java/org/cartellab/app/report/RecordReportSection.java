package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;

import java.util.ArrayList;
import org.cartellab.app.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cartellab.record.Claim;
import org.cartellab.record.ClaimFigure;
import org.cartellab.record.Event;
import org.cartellab.record.Position;
import org.cartellab.record.Precedent;
import org.cartellab.record.PublicRecord;
import org.cartellab.record.RecordSource;

/**
 * The public-record sections of report.html: the dated timeline (id "timeline"), the stated positions and precedents for
 * the compared courses (ids "positions", "precedents") and the claim register (id "claims"), each with its review date.
 * Unverified entries carry a visible flag. Well-formed XHTML.
 */
public final class RecordReportSection {
    private RecordReportSection() {}

    /** Appends the sections for the compared courses (timeline and claims in full; positions and precedents of those courses). */
    public static void append(StringBuilder b, PublicRecord r, Set<String> courses) { append(b, r, courses, Messages.english()); }

    /** As above, in the language of {@code t}: the record localized, headings and labels from the bundle. */
    public static void append(StringBuilder b, PublicRecord en, Set<String> courses, Messages t) {
        PublicRecord r = t.localizer().record(en);
        timeline(b, r, t);
        positions(b, r, courses, t);
        precedents(b, r, courses, t);
        claims(b, r, t);
    }

    /** " (seed 002: 9 flagged claims; seed 001: 3 …, see the claim register)" for a course's seed line, or empty. */
    public static String seedNote(PublicRecord r, List<String> seeds) { return seedNote(r, seeds, Messages.english()); }

    public static String seedNote(PublicRecord r, List<String> seeds, Messages t) {
        List<String> parts = new ArrayList<>();
        for (String s : seeds) {
            int n = r.claims().flagged(s).size();
            if (n > 0) parts.add(t.get(n == 1 ? "report.seed_flagged_one" : "report.seed_flagged_many", s, n));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + "; " + t.get("report.see_register") + ")";
    }

    private static void timeline(StringBuilder b, PublicRecord r, Messages t) {
        String unverified = "<span class=\"flag\">" + esc(t.get("record.unverified")) + "</span>";
        b.append("<h2 id=\"timeline\">").append(esc(t.get("report.timeline.h2", t.date(r.timeline().asOf())))).append("</h2>");
        b.append("<p>").append(esc(t.get("report.timeline.intro1"))).append(' ').append(unverified).append(' ')
                .append(esc(t.get("report.timeline.intro2"))).append("</p>");
        b.append("<div class=\"wide\"><table id=\"timeline-table\"><thead><tr>").append(th(t, "date", "kind", "what_happened", "courses", "sources"))
                .append("</tr></thead><tbody>");
        for (Event e : r.timeline().events()) {
            b.append("<tr><td>").append(esc(t.date(e.date()))).append("</td><td>").append(esc(t.getOr("event.kind." + e.kind().id(), e.kind().id()))).append("</td><td>");
            if (!e.verified()) b.append(unverified).append(' ');
            b.append(esc(e.summary()));
            if (!e.note().isEmpty()) b.append(" <small>").append(esc(e.note())).append("</small>");
            b.append("</td><td>").append(esc(courses(r, e.courses(), t))).append("</td><td>").append(sources(e.sources(), t)).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static void positions(StringBuilder b, PublicRecord r, Set<String> courses, Messages t) {
        b.append("<h2 id=\"positions\">").append(esc(t.get("report.positions.h2", t.date(r.positions().asOf())))).append("</h2>");
        List<Position> list = r.positions().positions().stream().filter(p -> courses.contains(p.course())).toList();
        if (list.isEmpty()) {
            b.append("<p>").append(esc(t.get("report.positions.none"))).append("</p>");
            return;
        }
        b.append("<table id=\"positions-table\"><thead><tr>").append(th(t, "course", "government", "date", "position", "sources")).append("</tr></thead><tbody>");
        for (Position p : list) {
            b.append("<tr><td>").append(esc(p.course())).append("</td><td>").append(esc(t.getOr("government." + p.government().id(), p.government().label()))).append("</td><td>").append(esc(t.date(p.date())))
                    .append("</td><td>").append(p.verified() ? "" : "<span class=\"flag\">" + esc(t.get("record.unverified")) + "</span> ").append(esc(p.stance()))
                    .append("</td><td>").append(sources(p.sources(), t)).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void precedents(StringBuilder b, PublicRecord r, Set<String> courses, Messages t) {
        b.append("<h2 id=\"precedents\">").append(esc(t.get("report.precedents.h2", t.date(r.precedents().asOf())))).append("</h2>");
        List<Precedent> list = r.precedents().precedents().stream().filter(p -> p.courses().stream().anyMatch(courses::contains)).toList();
        if (list.isEmpty()) {
            b.append("<p>").append(esc(t.get("report.precedents.none"))).append("</p>");
            return;
        }
        b.append("<table id=\"precedents-table\"><thead><tr>").append(th(t, "precedent", "period", "what_happened", "suggests", "sources")).append("</tr></thead><tbody>");
        for (Precedent p : list) {
            String period = p.end().isEmpty() ? t.get("record.period_open", t.date(p.from())) : t.get("record.period", t.date(p.from()), t.date(p.end().get()));
            b.append("<tr><td>").append(esc(p.title())).append("</td><td>").append(esc(period)).append("</td><td>")
                    .append(p.verified() ? "" : "<span class=\"flag\">" + esc(t.get("record.unverified")) + "</span> ").append(esc(p.whatHappened())).append("</td><td>")
                    .append(esc(p.suggests())).append("</td><td>").append(sources(p.sources(), t)).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void claims(StringBuilder b, PublicRecord r, Messages t) {
        b.append("<h2 id=\"claims\">").append(esc(t.get("report.claims.h2", t.date(r.claims().asOf())))).append("</h2>");
        StringBuilder counts = new StringBuilder();
        r.claims().countByStatus().forEach((s, n) -> counts.append(counts.length() == 0 ? "" : ", ").append(t.get("claims.count_item", n, t.get("claim.status." + s.id()))));
        b.append("<p>").append(esc(t.get("report.claims.intro", counts.toString()))).append("</p>");
        b.append("<div class=\"wide\"><table id=\"claims-table\"><thead><tr>").append(th(t, "status", "seed", "claim", "correct", "sources")).append("</tr></thead><tbody>");
        for (Claim c : r.claims().claims()) {
            String status = t.get("claim.status." + c.status().id());
            b.append("<tr class=\"claim-").append(c.status().id()).append("\"><td>")
                    .append(c.status().flagged() ? "<span class=\"flag\">" + esc(status.toUpperCase(t.language().locale())) + "</span>" : esc(status))
                    .append("</td><td>").append(esc(String.join(", ", c.seeds()))).append("</td><td>").append(esc(c.claim()));
            if (!c.madeBy().isEmpty()) b.append(" <small>(").append(esc(c.madeBy())).append(")</small>");
            b.append("</td><td>").append(esc(c.correct()));
            for (ClaimFigure f : c.figures()) {
                String value = f.value() == Math.rint(f.value()) ? Xml.count(f.value()) : Double.toString(f.value());
                b.append("<br/><small>").append(esc(f.label())).append(": ").append(value).append(' ').append(esc(f.unit()))
                        .append(" (").append(esc(f.basis())).append(")</small>");
            }
            if (!c.note().isEmpty()) b.append("<br/><small>").append(esc(c.note())).append("</small>");
            b.append("</td><td>").append(sources(c.sources(), t)).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static String courses(PublicRecord r, List<String> ids, Messages t) {
        return String.join(", ", ids.stream().map(id -> r.isPending(id) ? id + " (" + t.get("record.pending") + ")" : id).toList());
    }

    private static String th(Messages t, String... keys) {
        StringBuilder s = new StringBuilder();
        for (String k : keys) s.append("<th>").append(esc(t.get("report.th." + k))).append("</th>");
        return s.toString();
    }

    private static String sources(List<RecordSource> sources, Messages t) {
        StringBuilder b = new StringBuilder();
        for (RecordSource s : sources) {
            if (b.length() > 0) b.append("<br/>");
            // a source keeps its own publisher and title (English for most of the record's sources): marked so in other languages
            b.append(t.language() == org.cartellab.i18n.Language.EN ? "<small>" : "<small><span lang=\"en\">").append(esc(s.publisher())).append(", ").append(s.date()).append(": ").append(esc(s.title()))
                    .append(t.language() == org.cartellab.i18n.Language.EN ? "" : "</span>")
                    .append(s.primary() ? " [" + esc(t.get("report.primary")) + "]" : "").append("</small>");
        }
        return b.toString();
    }
}
