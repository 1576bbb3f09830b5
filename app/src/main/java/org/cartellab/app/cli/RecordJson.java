package org.cartellab.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.record.Claim;
import org.cartellab.record.ClaimFigure;
import org.cartellab.record.Event;
import org.cartellab.record.Position;
import org.cartellab.record.Precedent;
import org.cartellab.record.RecordSource;

/** JSON maps of record entries (keys as in the YAML files; dates as written there). Written with CoaJson.write. */
final class RecordJson {
    private RecordJson() {}

    static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("date", e.date().toString());
        m.put("date_precision", e.date().precision().name().toLowerCase(Locale.ROOT));
        m.put("kind", e.kind().id());
        m.put("actors", e.actors());
        m.put("summary", e.summary());
        m.put("courses", e.courses());
        m.put("pending_courses", e.courses().stream().filter(c -> RecordFiles.courseLabel(c).endsWith("(pending)")).toList());
        m.put("laws", e.laws());
        m.put("verified", e.verified());
        m.put("note", e.note());
        m.put("sources", sources(e.sources()));
        return m;
    }

    static Map<String, Object> precedent(Precedent p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("from", p.from().toString());
        m.put("to", p.end().map(Object::toString).orElse(null));
        m.put("actors", p.actors());
        m.put("what_happened", p.whatHappened());
        m.put("suggests", p.suggests());
        m.put("courses", p.courses());
        m.put("verified", p.verified());
        m.put("note", p.note());
        m.put("sources", sources(p.sources()));
        return m;
    }

    static Map<String, Object> position(Position p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("government", p.government().id());
        m.put("course", p.course());
        m.put("date", p.date().toString());
        m.put("stance", p.stance());
        m.put("verified", p.verified());
        m.put("note", p.note());
        m.put("sources", sources(p.sources()));
        return m;
    }

    static Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("claim", c.claim());
        m.put("seeds", c.seeds());
        m.put("made_by", c.madeBy());
        m.put("status", c.status().id());
        m.put("correct", c.correct());
        List<Map<String, Object>> figures = new ArrayList<>();
        for (ClaimFigure f : c.figures()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("label", f.label());
            fm.put("value", f.value());
            fm.put("unit", f.unit());
            fm.put("basis", f.basis());
            figures.add(fm);
        }
        m.put("figures", figures);
        m.put("courses", c.courses());
        m.put("note", c.note());
        m.put("sources", sources(c.sources()));
        return m;
    }

    static List<Map<String, Object>> sources(List<RecordSource> sources) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RecordSource s : sources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", s.title());
            m.put("publisher", s.publisher());
            m.put("date", s.date().toString());
            m.put("url", s.url());
            m.put("primary", s.primary());
            m.put("ledger", s.ledger());
            out.add(m);
        }
        return out;
    }
}
