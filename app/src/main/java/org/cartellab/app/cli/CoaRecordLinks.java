package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.record.Event;
import org.cartellab.record.Position;
import org.cartellab.record.PublicRecord;

/**
 * What {@code coa show} adds from the public record: per cited seed, its flagged claims; per course, the timeline
 * events, stated positions and precedents linked to it, with the commands that list them.
 */
final class CoaRecordLinks {
    private CoaRecordLinks() {}

    /** One line under a cited seed, or nothing when the seed has no flagged claim. */
    static void seed(PrintWriter out, String seedId) {
        String link = ClaimsCommand.seedLink(seedId);
        if (!link.isEmpty()) out.println("        " + link); // one line, so the command can be copied
    }

    /** The "Public record" section of coa show. */
    static void section(PrintWriter out, String courseId) {
        PublicRecord r = PublicRecord.bundled();
        CoaText.heading(out, "Public record (as of " + r.timeline().asOf() + ")");
        List<Event> events = r.timeline().select(courseId, null, null);
        List<Position> positions = r.positions().forCourse(courseId);
        out.println("  timeline: " + events.size() + " events" + (events.isEmpty() ? "" : " - see cartel-lab timeline --course " + courseId));
        for (Position p : positions) {
            CoaText.wrap(out, p.government().id() + " (" + p.date() + (p.verified() ? "" : ", UNVERIFIED") + "): " + p.stance(), "  ");
        }
        if (positions.isEmpty()) out.println("  stated positions: none recorded");
        List<String> precedents = r.precedents().forCourse(courseId).stream().map(p -> p.id()).toList();
        CoaText.wrap(out, "precedents: " + (precedents.isEmpty() ? "none linked" : String.join(", ", precedents)
                + " - see cartel-lab timeline --precedents --course " + courseId), "  ");
    }

    /** The same for JSON. */
    static Map<String, Object> json(String courseId) {
        PublicRecord r = PublicRecord.bundled();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", r.timeline().asOf().toString());
        m.put("events", r.timeline().select(courseId, null, null).stream().map(Event::id).toList());
        m.put("positions", r.positions().forCourse(courseId).stream().map(RecordJson::position).toList());
        m.put("precedents", r.precedents().forCourse(courseId).stream().map(p -> p.id()).toList());
        return m;
    }

    /** Flagged-claim count and command for a seed, for JSON. */
    static Map<String, Object> seedJson(String seedId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("flagged_claims", PublicRecord.bundled().claims().flagged(seedId).size());
        m.put("command", "cartel-lab claims --seed " + seedId);
        return m;
    }
}
