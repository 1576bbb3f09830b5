package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.i18n.Messages;
import picocli.CommandLine.Mixin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.record.Event;
import org.cartellab.record.EventKind;
import org.cartellab.record.Position;
import org.cartellab.record.Precedent;
import org.cartellab.record.PrecedentLibrary;
import org.cartellab.record.PublicRecord;
import org.cartellab.record.RecordLoader;
import org.cartellab.record.StatedPositions;
import org.cartellab.record.Timeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cartel-lab timeline}: the dated events since January 2025, or the precedent library, or the stated positions. */
@Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Dated events since January 2025: designations, transfers, strikes,",
                "notices to Congress, votes, rulings, Mexico's reforms and statements,",
                "each with dated sources and the courses and laws it bears on.",
                "--precedents lists the precedent library, --positions both",
                "governments' stated positions. Unconfirmed entries say UNVERIFIED.",
                "States and organisations only; not legal advice."})
final class TimelineCommand implements Runnable {
    @Option(names = "--course", paramLabel = "ID", description = "Only entries linked to this course of action.")
    String course;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only events that may fall on or after this day.")
    String since;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only events of this kind (e.g. strike, vote, transfer, court_ruling).")
    String kind;

    @Option(names = "--precedents", description = "List the precedent library instead of the events (filter: --course).")
    boolean precedents;

    @Option(names = "--positions", description = "List the governments' stated positions instead of the events (filters: --course, --since).")
    boolean positions;

    @Option(names = "--json", description = "Write JSON instead of text.")
    boolean json;

    @Option(names = "--file", paramLabel = "FILE", description = "Read this timeline (or precedents/positions) file instead of the bundled one; it is validated the same way.")
    Path file;

    @Mixin
    LangOption lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Messages m = Messages.english();

    @Override
    public void run() {
        m = lang.messages();
        if (precedents && positions) throw new BadInputException(m.get("err.precedents_positions"));
        String c = RecordFiles.course(course);
        LocalDate from = RecordFiles.day("--since", since);
        EventKind k = null;
        if (kind != null) {
            k = EventKind.fromId(kind);
            if (k == null) throw new BadInputException(m.get("err.expected_one_of", "--kind " + kind, String.join(", ", EventKind.ids())));
        }
        if ((precedents || positions) && kind != null) throw new BadInputException(m.get("err.kind_events_only"));
        if (precedents && since != null) throw new BadInputException(m.get("err.since_events_positions"));
        PrintWriter out = spec.commandLine().getOut();
        if (precedents) printPrecedents(out, c);
        else if (positions) printPositions(out, c, from);
        else printEvents(out, c, from, k);
        out.flush();
    }

    private void printEvents(PrintWriter out, String c, LocalDate from, EventKind k) {
        Timeline t = file == null ? PublicRecord.bundled().timeline()
                : RecordLoader.parseTimeline(RecordFiles.sourceName(file), RecordFiles.read(file), RecordLoader.bundledContext());
        List<Event> events = t.select(c, from, k);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Event e : events) rows.add(RecordJson.event(m.localizer().event(e)));
            Map<String, Object> doc = header(t.asOf(), "events", events.size());
            doc.put("filters", filters(c, from, k));
            doc.put("events", rows);
            out.println(CoaJson.write(doc));
            return;
        }
        CoaText.wrap(out, RecordNotice.text(t.asOf(), m), "");
        out.println();
        long unverified = events.stream().filter(e -> !e.verified()).count();
        out.println(m.get("timeline.count", events.size(), t.events().size()) + describe(c, from, k)
                + (unverified > 0 ? " (" + m.get("timeline.unverified", unverified) + ")" : ""));
        for (Event e : events) {
            out.println();
            RecordText.event(out, e, m);
        }
    }

    private void printPrecedents(PrintWriter out, String c) {
        PrecedentLibrary lib = file == null ? PublicRecord.bundled().precedents()
                : RecordLoader.parsePrecedents(RecordFiles.sourceName(file), RecordFiles.read(file), RecordLoader.bundledContext());
        List<Precedent> list = lib.forCourse(c);
        if (json) {
            Map<String, Object> doc = header(lib.asOf(), "precedents", list.size());
            doc.put("precedents", list.stream().map(p -> RecordJson.precedent(m.localizer().precedent(p))).toList());
            out.println(CoaJson.write(doc));
            return;
        }
        CoaText.wrap(out, RecordNotice.text(lib.asOf(), m), "");
        out.println();
        out.println(m.get("timeline.precedents", list.size(), lib.precedents().size()) + (c == null ? "" : " " + m.get("timeline.linked_to", c)));
        for (Precedent p : list) {
            out.println();
            RecordText.precedent(out, p, m);
        }
    }

    private void printPositions(PrintWriter out, String c, LocalDate from) {
        StatedPositions sp = file == null ? PublicRecord.bundled().positions()
                : RecordLoader.parsePositions(RecordFiles.sourceName(file), RecordFiles.read(file), RecordLoader.bundledContext());
        List<Position> list = sp.forCourse(c).stream().filter(p -> from == null || !p.date().latest().isBefore(from)).toList();
        if (json) {
            Map<String, Object> doc = header(sp.asOf(), "positions", list.size());
            doc.put("positions", list.stream().map(p -> RecordJson.position(m.localizer().position(p))).toList());
            out.println(CoaJson.write(doc));
            return;
        }
        CoaText.wrap(out, RecordNotice.text(sp.asOf(), m), "");
        out.println();
        out.println(m.get("timeline.positions", list.size(), sp.positions().size()) + (c == null ? "" : " " + m.get("timeline.on", c)));
        for (Position p : list) {
            out.println();
            RecordText.position(out, p, m);
        }
    }

    private Map<String, Object> header(LocalDate asOf, String what, int count) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("as_of", asOf.toString());
        doc.put("notice", RecordNotice.text(asOf, m));
        doc.put("count", count);
        return doc;
    }

    private static Map<String, Object> filters(String c, LocalDate from, EventKind k) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("course", c);
        f.put("since", from == null ? null : from.toString());
        f.put("kind", k == null ? null : k.id());
        return f;
    }

    private String describe(String c, LocalDate from, EventKind k) {
        List<String> parts = new ArrayList<>();
        if (c != null) parts.add(m.get("timeline.filter_course", c));
        if (from != null) parts.add(m.get("timeline.filter_since", m.date(from)));
        if (k != null) parts.add(m.get("timeline.filter_kind", m.getOr("event.kind." + k.id(), k.id())));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
