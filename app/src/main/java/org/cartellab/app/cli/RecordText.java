package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cartellab.app.i18n.Messages;
import org.cartellab.record.Claim;
import org.cartellab.record.ClaimFigure;
import org.cartellab.record.Event;
import org.cartellab.record.Position;
import org.cartellab.record.Precedent;
import org.cartellab.record.PublicRecord;
import org.cartellab.record.RecordSource;

/**
 * Plain-text rendering of record entries for the timeline and claims verbs (wrapped like coa show), in the messages'
 * language: entries are localized here (texts and actors), labels come from the bundle, dates are in prose for Spanish.
 */
final class RecordText {
    private RecordText() {}

    static void event(PrintWriter out, Event en, Messages m) {
        Event e = m.localizer().event(en);
        out.println(m.date(e.date()) + "  " + m.getOr("event.kind." + e.kind().id(), e.kind().id())
                + (e.verified() ? "" : "  " + m.get("record.unverified")) + "  [" + e.id() + "]");
        CoaText.wrap(out, m.get("record.actors") + " " + String.join(", ", e.actors()), "    ");
        CoaText.wrap(out, e.summary(), "    ");
        courses(out, e.courses(), m);
        if (!e.laws().isEmpty()) CoaText.wrap(out, m.get("record.laws") + " " + String.join(", ", e.laws()), "    ");
        if (!e.note().isEmpty()) CoaText.wrap(out, m.get("record.note") + " " + e.note(), "    ");
        sources(out, e.sources(), m);
    }

    static void precedent(PrintWriter out, Precedent en, Messages m) {
        Precedent p = m.localizer().precedent(en);
        String period = p.end().isEmpty() ? m.get("record.period_open", m.date(p.from()))
                : m.get("record.period", m.date(p.from()), m.date(p.end().get()));
        out.println(p.title() + "  (" + period + ")" + (p.verified() ? "" : "  " + m.get("record.unverified")) + "  [" + p.id() + "]");
        CoaText.wrap(out, m.get("record.actors") + " " + String.join(", ", p.actors()), "    ");
        CoaText.wrap(out, m.get("record.what_happened") + " " + p.whatHappened(), "    ");
        CoaText.wrap(out, m.get("record.suggests") + " " + p.suggests(), "    ");
        courses(out, p.courses(), m);
        if (!p.note().isEmpty()) CoaText.wrap(out, m.get("record.note") + " " + p.note(), "    ");
        sources(out, p.sources(), m);
    }

    static void position(PrintWriter out, Position en, Messages m) {
        Position p = m.localizer().position(en);
        out.println(m.date(p.date()) + "  " + m.getOr("government." + p.government().id(), p.government().label()) + " " + m.get("record.on") + " " + courseLabel(p.course(), m)
                + (p.verified() ? "" : "  " + m.get("record.unverified")) + "  [" + p.id() + "]");
        CoaText.wrap(out, p.stance(), "    ");
        if (!p.note().isEmpty()) CoaText.wrap(out, m.get("record.note") + " " + p.note(), "    ");
        sources(out, p.sources(), m);
    }

    static void claim(PrintWriter out, Claim en, Messages m) {
        Claim c = m.localizer().claim(en);
        out.println(m.get("claim.status." + c.status().id()).toUpperCase(m.language().locale()) + "  [" + c.id() + "]"
                + (c.seeds().isEmpty() ? "" : "  " + m.get("record.seed") + " " + String.join(", ", c.seeds())));
        CoaText.wrap(out, m.get("record.claim") + " " + c.claim(), "    ");
        if (!c.madeBy().isEmpty()) CoaText.wrap(out, m.get("record.made_by") + " " + c.madeBy(), "    ");
        if (!c.correct().isEmpty()) CoaText.wrap(out, m.get("record.correct") + " " + c.correct(), "    ");
        for (ClaimFigure f : c.figures()) {
            CoaText.wrap(out, "- " + f.label() + ": " + CoaText.num(f.value()) + " " + f.unit() + " (" + f.basis() + ")", "      ");
        }
        if (!c.courses().isEmpty()) courses(out, c.courses(), m);
        if (!c.note().isEmpty()) CoaText.wrap(out, m.get("record.note") + " " + c.note(), "    ");
        sources(out, c.sources(), m);
    }

    /** A course id, marked pending when it is announced but not yet in the catalog. */
    static String courseLabel(String id, Messages m) {
        return PublicRecord.bundled().isPending(id) ? id + " (" + m.get("record.pending") + ")" : id;
    }

    private static void courses(PrintWriter out, List<String> ids, Messages m) {
        CoaText.wrap(out, m.get("record.courses") + " " + String.join(", ", ids.stream().map(id -> courseLabel(id, m)).toList()), "    ");
    }

    private static void sources(PrintWriter out, List<RecordSource> sources, Messages m) {
        String label = m.get("record.source");
        for (RecordSource s : sources) {
            String citation = s.citation().endsWith(" [primary]")
                    ? s.citation().substring(0, s.citation().length() - " [primary]".length()) + " [" + m.get("law.role.primary") + "]" : s.citation();
            CoaText.wrap(out, label + " " + citation + (s.url().isEmpty() ? "" : " " + s.url()), "      ");
        }
    }

}
