package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.i18n.Messages;
import org.cartellab.i18n.Localizer;
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
    static void seed(PrintWriter out, String seedId, Messages m) {
        String link = ClaimsCommand.seedLink(seedId, m);
        if (!link.isEmpty()) out.println("        " + link); // one line, so the command can be copied
    }

    /** The "Public record" section of coa show. */
    static void section(PrintWriter out, String courseId, Messages m) {
        PublicRecord r = PublicRecord.bundled();
        Localizer loc = m.localizer();
        CoaText.heading(out, m.get("coa.record.heading", m.date(r.timeline().asOf())));
        List<Event> events = r.timeline().select(courseId, null, null);
        List<Position> positions = r.positions().forCourse(courseId);
        out.println("  " + m.get("coa.record.timeline", events.size()) + (events.isEmpty() ? "" : " - " + m.get("coa.record.see") + " cartel-lab timeline --course " + courseId));
        for (Position p : positions) {
            CoaText.wrap(out, p.government().id() + " (" + m.date(p.date()) + (p.verified() ? "" : ", " + m.get("record.unverified")) + "): "
                    + loc.position(p).stance(), "  ");
        }
        if (positions.isEmpty()) out.println("  " + m.get("coa.record.no_positions"));
        List<String> precedents = r.precedents().forCourse(courseId).stream().map(p -> p.id()).toList();
        CoaText.wrap(out, m.get("coa.record.precedents") + " " + (precedents.isEmpty() ? m.get("coa.record.none_linked") : String.join(", ", precedents)
                + " - " + m.get("coa.record.see") + " cartel-lab timeline --precedents --course " + courseId), "  ");
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
