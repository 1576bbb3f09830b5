package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;

import java.util.ArrayList;
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
    public static void append(StringBuilder b, PublicRecord r, Set<String> courses) {
        timeline(b, r);
        positions(b, r, courses);
        precedents(b, r, courses);
        claims(b, r);
    }

    /** " (seed 002: 9 flagged claims; seed 001: 3 …, see the claim register)" for a course's seed line, or empty. */
    public static String seedNote(PublicRecord r, List<String> seeds) {
        List<String> parts = new ArrayList<>();
        for (String s : seeds) {
            int n = r.claims().flagged(s).size();
            if (n > 0) parts.add("seed " + s + ": " + n + " flagged claim" + (n == 1 ? "" : "s"));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + "; see the claim register)";
    }

    private static void timeline(StringBuilder b, PublicRecord r) {
        b.append("<h2 id=\"timeline\">Timeline since January 2025 (as of ").append(r.timeline().asOf()).append(")</h2>");
        b.append("<p>Events that bear on the courses of action, described by state, organisation, programme and law; each with dated sources ")
                .append("(primary documents marked). Entries flagged <span class=\"flag\">UNVERIFIED</span> could not be confirmed. Course ids marked ")
                .append("(pending) are not yet in the catalog.</p>");
        b.append("<div class=\"wide\"><table id=\"timeline-table\"><thead><tr><th>Date</th><th>Kind</th><th>What happened</th><th>Courses</th><th>Sources</th></tr></thead><tbody>");
        for (Event e : r.timeline().events()) {
            b.append("<tr><td>").append(e.date()).append("</td><td>").append(esc(e.kind().id())).append("</td><td>");
            if (!e.verified()) b.append("<span class=\"flag\">UNVERIFIED</span> ");
            b.append(esc(e.summary()));
            if (!e.note().isEmpty()) b.append(" <small>").append(esc(e.note())).append("</small>");
            b.append("</td><td>").append(esc(courses(r, e.courses()))).append("</td><td>").append(sources(e.sources())).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static void positions(StringBuilder b, PublicRecord r, Set<String> courses) {
        b.append("<h2 id=\"positions\">Stated positions of the two governments (as of ").append(r.positions().asOf()).append(")</h2>");
        List<Position> list = r.positions().positions().stream().filter(p -> courses.contains(p.course())).toList();
        if (list.isEmpty()) {
            b.append("<p>No stated position is recorded for the compared courses.</p>");
            return;
        }
        b.append("<table id=\"positions-table\"><thead><tr><th>Course</th><th>Government</th><th>Date</th><th>Position (our summary)</th><th>Sources</th></tr></thead><tbody>");
        for (Position p : list) {
            b.append("<tr><td>").append(esc(p.course())).append("</td><td>").append(esc(p.government().label())).append("</td><td>").append(p.date())
                    .append("</td><td>").append(p.verified() ? "" : "<span class=\"flag\">UNVERIFIED</span> ").append(esc(p.stance()))
                    .append("</td><td>").append(sources(p.sources())).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void precedents(StringBuilder b, PublicRecord r, Set<String> courses) {
        b.append("<h2 id=\"precedents\">Precedents (as of ").append(r.precedents().asOf()).append(")</h2>");
        List<Precedent> list = r.precedents().precedents().stream().filter(p -> p.courses().stream().anyMatch(courses::contains)).toList();
        if (list.isEmpty()) {
            b.append("<p>No precedent in the library is linked to the compared courses.</p>");
            return;
        }
        b.append("<table id=\"precedents-table\"><thead><tr><th>Precedent</th><th>Period</th><th>What happened</th><th>What it suggests</th><th>Sources</th></tr></thead><tbody>");
        for (Precedent p : list) {
            b.append("<tr><td>").append(esc(p.title())).append("</td><td>").append(esc(p.period())).append("</td><td>")
                    .append(p.verified() ? "" : "<span class=\"flag\">UNVERIFIED</span> ").append(esc(p.whatHappened())).append("</td><td>")
                    .append(esc(p.suggests())).append("</td><td>").append(sources(p.sources())).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void claims(StringBuilder b, PublicRecord r) {
        b.append("<h2 id=\"claims\">Claim register (as of ").append(r.claims().asOf()).append(")</h2>");
        StringBuilder counts = new StringBuilder();
        r.claims().countByStatus().forEach((s, n) -> counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(s.id()));
        b.append("<p>Claims from the seed articles and other sources, checked against public sources: ").append(esc(counts.toString()))
                .append(". Figures computed by this product from its bundled data say so in their basis and are recomputed by a test.</p>");
        b.append("<div class=\"wide\"><table id=\"claims-table\"><thead><tr><th>Status</th><th>Seed</th><th>Claim</th><th>Correct figure or wording</th><th>Sources</th></tr></thead><tbody>");
        for (Claim c : r.claims().claims()) {
            b.append("<tr class=\"claim-").append(c.status().id()).append("\"><td>")
                    .append(c.status().flagged() ? "<span class=\"flag\">" + c.status().id().toUpperCase(Locale.ROOT) + "</span>" : c.status().id())
                    .append("</td><td>").append(esc(String.join(", ", c.seeds()))).append("</td><td>").append(esc(c.claim()));
            if (!c.madeBy().isEmpty()) b.append(" <small>(").append(esc(c.madeBy())).append(")</small>");
            b.append("</td><td>").append(esc(c.correct()));
            for (ClaimFigure f : c.figures()) {
                String value = f.value() == Math.rint(f.value()) ? Xml.count(f.value()) : Double.toString(f.value());
                b.append("<br/><small>").append(esc(f.label())).append(": ").append(value).append(' ').append(esc(f.unit()))
                        .append(" (").append(esc(f.basis())).append(")</small>");
            }
            if (!c.note().isEmpty()) b.append("<br/><small>").append(esc(c.note())).append("</small>");
            b.append("</td><td>").append(sources(c.sources())).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static String courses(PublicRecord r, List<String> ids) {
        return String.join(", ", ids.stream().map(id -> r.isPending(id) ? id + " (pending)" : id).toList());
    }

    private static String sources(List<RecordSource> sources) {
        StringBuilder b = new StringBuilder();
        for (RecordSource s : sources) {
            if (b.length() > 0) b.append("<br/>");
            b.append("<small>").append(esc(s.publisher())).append(", ").append(s.date()).append(": ").append(esc(s.title()))
                    .append(s.primary() ? " [primary]" : "").append("</small>");
        }
        return b.toString();
    }
}
