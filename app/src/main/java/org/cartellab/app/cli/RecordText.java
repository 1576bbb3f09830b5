package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.cartellab.record.Claim;
import org.cartellab.record.ClaimFigure;
import org.cartellab.record.Event;
import org.cartellab.record.Position;
import org.cartellab.record.Precedent;
import org.cartellab.record.RecordSource;

/** Plain-text rendering of record entries for the timeline and claims verbs (wrapped like coa show). */
final class RecordText {
    private RecordText() {}

    static void event(PrintWriter out, Event e) {
        out.println(e.date() + "  " + e.kind().id() + (e.verified() ? "" : "  UNVERIFIED") + "  [" + e.id() + "]");
        CoaText.wrap(out, "Actors: " + String.join(", ", e.actors()), "    ");
        CoaText.wrap(out, e.summary(), "    ");
        courses(out, e.courses());
        if (!e.laws().isEmpty()) CoaText.wrap(out, "Laws: " + String.join(", ", e.laws()), "    ");
        if (!e.note().isEmpty()) CoaText.wrap(out, "Note: " + e.note(), "    ");
        sources(out, e.sources());
    }

    static void precedent(PrintWriter out, Precedent p) {
        out.println(p.title() + "  (" + p.period() + ")" + (p.verified() ? "" : "  UNVERIFIED") + "  [" + p.id() + "]");
        CoaText.wrap(out, "Actors: " + String.join(", ", p.actors()), "    ");
        CoaText.wrap(out, "What happened: " + p.whatHappened(), "    ");
        CoaText.wrap(out, "What it suggests: " + p.suggests(), "    ");
        courses(out, p.courses());
        if (!p.note().isEmpty()) CoaText.wrap(out, "Note: " + p.note(), "    ");
        sources(out, p.sources());
    }

    static void position(PrintWriter out, Position p) {
        out.println(p.date() + "  " + p.government().label() + " on " + RecordFiles.courseLabel(p.course())
                + (p.verified() ? "" : "  UNVERIFIED") + "  [" + p.id() + "]");
        CoaText.wrap(out, p.stance(), "    ");
        if (!p.note().isEmpty()) CoaText.wrap(out, "Note: " + p.note(), "    ");
        sources(out, p.sources());
    }

    static void claim(PrintWriter out, Claim c) {
        out.println(c.status().id().toUpperCase(Locale.ROOT) + "  [" + c.id() + "]"
                + (c.seeds().isEmpty() ? "" : "  seed " + String.join(", ", c.seeds())));
        CoaText.wrap(out, "Claim: " + c.claim(), "    ");
        if (!c.madeBy().isEmpty()) CoaText.wrap(out, "Made by: " + c.madeBy(), "    ");
        if (!c.correct().isEmpty()) CoaText.wrap(out, "Correct: " + c.correct(), "    ");
        for (ClaimFigure f : c.figures()) {
            CoaText.wrap(out, "- " + f.label() + ": " + CoaText.num(f.value()) + " " + f.unit() + " (" + f.basis() + ")", "      ");
        }
        if (!c.courses().isEmpty()) courses(out, c.courses());
        if (!c.note().isEmpty()) CoaText.wrap(out, "Note: " + c.note(), "    ");
        sources(out, c.sources());
    }

    private static void courses(PrintWriter out, List<String> ids) {
        CoaText.wrap(out, "Courses: " + String.join(", ", ids.stream().map(RecordFiles::courseLabel).toList()), "    ");
    }

    private static void sources(PrintWriter out, List<RecordSource> sources) {
        for (RecordSource s : sources) {
            CoaText.wrap(out, "source: " + s.citation() + (s.url().isEmpty() ? "" : " " + s.url()), "      ");
        }
    }
}
