package org.cartellab.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.data.DataFormatException;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Provision;
import org.cartellab.policy.CatalogLoader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates the record files: {@code timeline.yaml}, {@code precedents.yaml}, {@code positions.yaml},
 * {@code claims.yaml} and {@code pending_courses.yaml} in {@code org/cartellab/record}. Throws
 * {@link DataFormatException} (file, line, field, what was expected) for an unknown or duplicate key, a missing field, a
 * malformed or future date, a source without a date, an unknown course, law, ledger or seed id, or a checked claim
 * without a source.
 */
public final class RecordLoader {
    /** Folder of the bundled record files (a resource path). */
    public static final String FOLDER = "/org/cartellab/record/";
    public static final String TIMELINE = "timeline.yaml";
    public static final String PRECEDENTS = "precedents.yaml";
    public static final String POSITIONS = "positions.yaml";
    public static final String CLAIMS = "claims.yaml";
    public static final String PENDING = "pending_courses.yaml";

    static final Set<String> EVENT_KEYS = Set.of("id", "date", "actors", "kind", "summary", "courses", "laws", "verified", "note", "sources");
    static final Set<String> PRECEDENT_KEYS = Set.of("id", "title", "from", "to", "actors", "what_happened", "suggests", "courses",
            "verified", "note", "sources");
    static final Set<String> POSITION_KEYS = Set.of("id", "government", "course", "date", "stance", "verified", "note", "sources");
    static final Set<String> CLAIM_KEYS = Set.of("id", "claim", "seeds", "made_by", "status", "correct", "figures", "courses", "note", "sources");
    static final Set<String> FIGURE_KEYS = Set.of("label", "value", "unit", "basis");

    private RecordLoader() {}

    private static final class Bundled {
        static final RecordContext CONTEXT = bundledContextUncached();
        static final PublicRecord VALUE = load(CONTEXT);
    }

    /** The bundled record, read once. */
    public static PublicRecord bundled() { return Bundled.VALUE; }

    /**
     * What bundled and user record files are checked against: the bundled catalog's course ids, the pending ids of
     * {@code pending_courses.yaml}, the ids of the bundled legal knowledge base ({@code org.cartellab.law}) and the
     * bundled evidence ledger.
     */
    public static RecordContext bundledContext() { return Bundled.CONTEXT; }

    private static RecordContext bundledContextUncached() {
        Set<String> catalog = new HashSet<>(CatalogLoader.bundled().ids());
        EvidenceCatalog ledger = EvidenceCatalog.bundled();
        Set<String> pending = parsePending(PENDING + " (bundled)", resource(PENDING), catalog);
        Set<String> laws = new HashSet<>();
        for (Provision p : KnowledgeBase.bundled().all()) laws.add(p.id());
        return new RecordContext(catalog, pending, laws, ledger);
    }

    private static PublicRecord load(RecordContext ctx) {
        return new PublicRecord(parseTimeline(TIMELINE + " (bundled)", resource(TIMELINE), ctx),
                parsePrecedents(PRECEDENTS + " (bundled)", resource(PRECEDENTS), ctx),
                parsePositions(POSITIONS + " (bundled)", resource(POSITIONS), ctx),
                parseClaims(CLAIMS + " (bundled)", resource(CLAIMS), ctx), ctx.pendingCourses());
    }

    /** The text of a bundled record file. */
    public static String resource(String file) {
        try (InputStream in = RecordLoader.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IllegalStateException("bundled resource missing: " + FOLDER + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the list of pending course ids and returns those the catalog does not have yet: an id that has landed in
     * the catalog is an ordinary link from then on (so merging the catalog work breaks nothing; the list can then be
     * emptied).
     *
     * @param catalogCourses the catalog's ids at load time
     */
    public static Set<String> parsePending(String sourceName, String text, Set<String> catalogCourses) {
        RecordYaml r = new RecordYaml(sourceName, text, new RecordContext(catalogCourses, Set.of(), Set.of(), EvidenceCatalog.bundled()),
                "pending_courses", "course ids");
        Set<String> out = new HashSet<>();
        Set<String> seen = new HashSet<>();
        int k = 0;
        for (Node n : r.items) {
            String field = "pending_courses[" + k++ + "]";
            String id = r.y.text(n, field);
            if (!RecordYaml.ID.matcher(id).matches()) throw r.y.error(n, field, "expected a course id in lower case, found '" + id + "'");
            if (!seen.add(id)) throw r.y.error(n, field, "duplicate id '" + id + "'");
            if (!catalogCourses.contains(id)) out.add(id); // once the catalog has it, it is an ordinary link
        }
        return out;
    }

    /** Parses a timeline file: {@code as_of} and {@code events}. */
    public static Timeline parseTimeline(String sourceName, String text, RecordContext ctx) {
        RecordYaml r = new RecordYaml(sourceName, text, ctx, "events", "events");
        List<Event> out = new ArrayList<>();
        int k = 0;
        for (Node item : r.items) {
            String p = "events[" + k++ + "]";
            Map<String, Node> f = r.fields(item, p, EVENT_KEYS);
            String id = r.id(f, item, p);
            PartialDate date = r.date(f, item, p, "date");
            List<String> actors = r.y.texts(r.y.required(f, item, p + ".", "actors", "a list of states, organisations, programmes or laws"), p + ".actors");
            Node kindNode = r.y.required(f, item, p + ".", "kind", String.join(" | ", EventKind.ids()));
            EventKind kind = EventKind.fromId(r.y.text(kindNode, p + ".kind"));
            if (kind == null) throw r.y.error(kindNode, p + ".kind", "expected one of " + String.join(" | ", EventKind.ids()) + ", found '" + r.y.text(kindNode, p + ".kind") + "'");
            String summary = r.text(f, item, p, "summary", "what happened, in our own words");
            List<String> courses = r.courses(f, item, p, true);
            List<String> laws = r.laws(f, p);
            boolean verified = r.bool(f, item, p, "verified");
            out.add(new Event(id, date, actors, kind, summary, courses, laws, verified, r.optText(f, p, "note"), r.sources(f, item, p, false)));
        }
        return new Timeline(r.asOf, out);
    }

    /** Parses a precedent file: {@code as_of} and {@code precedents}. */
    public static PrecedentLibrary parsePrecedents(String sourceName, String text, RecordContext ctx) {
        RecordYaml r = new RecordYaml(sourceName, text, ctx, "precedents", "precedents");
        List<Precedent> out = new ArrayList<>();
        int k = 0;
        for (Node item : r.items) {
            String p = "precedents[" + k++ + "]";
            Map<String, Node> f = r.fields(item, p, PRECEDENT_KEYS);
            String id = r.id(f, item, p);
            String title = r.text(f, item, p, "title", "the precedent's short name");
            PartialDate from = r.date(f, item, p, "from");
            PartialDate to = f.containsKey("to") ? r.date(f.get("to"), p + ".to") : null;
            if (to != null && to.latest().isBefore(from.earliest())) throw r.y.error(f.get("to"), p + ".to", "ends (" + to + ") before it begins (" + from + ")");
            List<String> actors = r.y.texts(r.y.required(f, item, p + ".", "actors", "a list of states, organisations, programmes or laws"), p + ".actors");
            String what = r.text(f, item, p, "what_happened", "what happened, in our own words");
            String suggests = r.text(f, item, p, "suggests", "what it suggests for the courses of action");
            List<String> courses = r.courses(f, item, p, true);
            boolean verified = r.bool(f, item, p, "verified");
            out.add(new Precedent(id, title, from, to, actors, what, suggests, courses, verified, r.optText(f, p, "note"), r.sources(f, item, p, false)));
        }
        return new PrecedentLibrary(r.asOf, out);
    }

    /** Parses a positions file: {@code as_of} and {@code positions}. */
    public static StatedPositions parsePositions(String sourceName, String text, RecordContext ctx) {
        RecordYaml r = new RecordYaml(sourceName, text, ctx, "positions", "positions");
        List<Position> out = new ArrayList<>();
        int k = 0;
        for (Node item : r.items) {
            String p = "positions[" + k++ + "]";
            Map<String, Node> f = r.fields(item, p, POSITION_KEYS);
            String id = r.id(f, item, p);
            Node gNode = r.y.required(f, item, p + ".", "government", "US or MX");
            Government g = Government.fromId(r.y.text(gNode, p + ".government"));
            if (g == null) throw r.y.error(gNode, p + ".government", "expected US or MX, found '" + r.y.text(gNode, p + ".government") + "'");
            String course = r.course(r.y.required(f, item, p + ".", "course", "a course-of-action id"), p + ".course");
            PartialDate date = r.date(f, item, p, "date");
            String stance = r.text(f, item, p, "stance", "the position, in our own words");
            boolean verified = r.bool(f, item, p, "verified");
            out.add(new Position(id, g, course, date, stance, verified, r.optText(f, p, "note"), r.sources(f, item, p, false)));
        }
        return new StatedPositions(r.asOf, out);
    }

    /** Parses a claim register: {@code as_of} and {@code claims}. */
    public static ClaimRegister parseClaims(String sourceName, String text, RecordContext ctx) {
        RecordYaml r = new RecordYaml(sourceName, text, ctx, "claims", "claims");
        List<Claim> out = new ArrayList<>();
        Set<String> seedIds = new HashSet<>(ctx.ledger().seedIds());
        int k = 0;
        for (Node item : r.items) {
            String p = "claims[" + k++ + "]";
            Map<String, Node> f = r.fields(item, p, CLAIM_KEYS);
            String id = r.id(f, item, p);
            String claim = r.text(f, item, p, "claim", "the claim, paraphrased");
            List<String> seeds = r.optTexts(f, p, "seeds");
            for (int s = 0; s < seeds.size(); s++) {
                if (!seedIds.contains(seeds.get(s))) {
                    throw r.y.error(f.get("seeds"), p + ".seeds[" + s + "]", "unknown seed '" + seeds.get(s) + "'; expected one of " + String.join(", ", ctx.ledger().seedIds()));
                }
            }
            String madeBy = r.optText(f, p, "made_by");
            if (seeds.isEmpty() && madeBy.isEmpty()) throw r.y.error(item, p + ".seeds", "missing; a claim needs the seed ids that make it or 'made_by'");
            Node sNode = r.y.required(f, item, p + ".", "status", String.join(" | ", ClaimStatus.ids()));
            ClaimStatus status = ClaimStatus.fromId(r.y.text(sNode, p + ".status"));
            if (status == null) throw r.y.error(sNode, p + ".status", "expected one of " + String.join(" | ", ClaimStatus.ids()) + ", found '" + r.y.text(sNode, p + ".status") + "'");
            String correct = r.optText(f, p, "correct");
            if ((status == ClaimStatus.FALSE || status == ClaimStatus.CONFLICTING || status == ClaimStatus.LOWER_BOUND) && correct.isEmpty()) {
                throw r.y.error(item, p + ".correct", "missing; a " + status.id() + " claim needs the correct figure or wording");
            }
            List<ClaimFigure> figures = figures(r, f, p);
            List<String> courses = r.courses(f, item, p, false);
            List<RecordSource> sources = r.sources(f, item, p, status == ClaimStatus.UNVERIFIED);
            out.add(new Claim(id, claim, seeds, madeBy, status, correct, figures, courses, r.optText(f, p, "note"), sources));
        }
        return new ClaimRegister(r.asOf, out);
    }

    private static List<ClaimFigure> figures(RecordYaml r, Map<String, Node> f, String p) {
        if (!f.containsKey("figures")) return List.of();
        List<ClaimFigure> out = new ArrayList<>();
        int k = 0;
        for (Node n : r.y.sequence(f.get("figures"), p + ".figures")) {
            String q = p + ".figures[" + k++ + "]";
            MappingNode m = r.y.mapping(n, q);
            Map<String, Node> g = r.y.fields(m, q + ".", FIGURE_KEYS);
            String label = r.text(g, m, q, "label", "what the number counts");
            double value = r.y.number(r.y.required(g, m, q + ".", "value", "a number"), q + ".value", -1e15, 1e15);
            out.add(new ClaimFigure(label, value, r.text(g, m, q, "unit", "deaths, members, percent …"), r.text(g, m, q, "basis", "where the number comes from")));
        }
        return out;
    }
}
