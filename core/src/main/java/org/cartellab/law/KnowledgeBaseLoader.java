package org.cartellab.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the legal knowledge base: an index file ({@code knowledge-base.yaml}: the review date and the entry files)
 * and the entry files ({@code provisions:} lists). Every problem is one {@link DataFormatException} naming file, line
 * and field: an unknown key or pathway condition, a status or source without a date, an unknown id in
 * {@code answers}, {@code about} or {@code needs}, a prohibition or a struck-down or expired entry offered as an
 * exception, a Mexican provision without its Spanish citation, a verified entry without a confirming source.
 */
public final class KnowledgeBaseLoader {
    /** Resource folder of the bundled knowledge base. */
    public static final String BUNDLED_DIR = "/org/cartellab/law/";
    /** The index file in that folder. */
    public static final String INDEX = "knowledge-base.yaml";

    static final Set<String> INDEX_KEYS = Set.of("reviewed", "files");
    static final Set<String> ENTRY_KEYS = Set.of("id", "jurisdiction", "kind", "duty", "citation", "citation_es", "requires",
            "applies_when", "answers", "about", "needs", "decides", "notify", "counter", "status", "reviewed", "sources", "verified");
    static final Set<String> STATUS_KEYS = Set.of("state", "date", "note", "review_by");
    static final Set<String> SOURCE_KEYS = Set.of("role", "title", "url", "date");
    static final Set<String> NOTIFY_KEYS = Set.of("who", "when");
    /** The pathway conditions an {@code applies_when} (and a course's pathway block) may name. */
    public static final Set<String> CONDITION_KEYS = Set.of("consent", "branch", "place", "force", "us_persons_exposed", "armed_conflict_claimed");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private KnowledgeBaseLoader() {}

    private static final class Bundled { static final KnowledgeBase VALUE = load(); }

    /** The knowledge base bundled with core, read once. */
    public static KnowledgeBase bundled() { return Bundled.VALUE; }

    private static KnowledgeBase load() {
        return parse(INDEX + " (bundled)", resource(INDEX), f -> resource(f), " (bundled)");
    }

    /**
     * Reads a knowledge base from a folder holding {@code knowledge-base.yaml} and the files it lists (for reviewing a
     * changed or extended base); every problem is a {@link DataFormatException} naming the file, line and field.
     */
    public static KnowledgeBase load(Path folder) {
        if (!Files.isDirectory(folder)) throw new DataFormatException(folder.toString(), 0, null, "not a folder; expected a folder with " + INDEX + " and its entry files");
        Path index = folder.resolve(INDEX);
        return parse(index.toString(), read(index), name -> read(folder.resolve(name)), "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file.toString(), 0, null, "file not found");
        } catch (MalformedInputException e) {
            throw new DataFormatException(file.toString(), 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses an index and its files. {@code files} reads a file named in the index; {@code suffix} is appended to file
     * names in messages.
     */
    public static KnowledgeBase parse(String indexName, String indexText, Function<String, String> files, String suffix) {
        YamlNodes y = new YamlNodes(indexName);
        Node root = y.compose(indexText);
        if (root == null) throw new DataFormatException(indexName, 1, null, "the file is empty; expected 'reviewed:' and 'files:'");
        MappingNode top = y.mapping(root, "(top level)");
        Map<String, Node> f = y.fields(top, "", INDEX_KEYS);
        LocalDate reviewed = date(y, y.required(f, top, "", "reviewed", "the date the knowledge base was last reviewed (YYYY-MM-DD)"), "reviewed");
        List<String> names = y.texts(y.required(f, top, "", "files", "the entry files, e.g. [international.yaml, us.yaml, mx.yaml]"), "files");
        List<Provision> all = new ArrayList<>();
        List<Reference> refs = new ArrayList<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (String name : names) {
            YamlNodes fy = new YamlNodes(name + suffix);
            for (Provision p : parseFile(fy, files.apply(name), refs, origin, reviewed)) all.add(p);
        }
        Map<String, Provision> byId = new LinkedHashMap<>();
        for (Provision p : all) byId.put(p.id(), p);
        for (Reference r : refs) r.check(byId);
        return new KnowledgeBase(reviewed, all);
    }

    private static List<Provision> parseFile(YamlNodes y, String text, List<Reference> refs, Map<String, String> origin, LocalDate baseReviewed) {
        Node root = y.compose(text);
        if (root == null) throw new DataFormatException(y.source(), 1, null, "the file is empty; expected 'provisions:' with a list");
        MappingNode top = y.mapping(root, "(top level)");
        Map<String, Node> f = y.fields(top, "", Set.of("provisions"));
        List<Provision> out = new ArrayList<>();
        int k = 0;
        for (Node item : y.sequence(y.required(f, top, "", "provisions", "a list of provisions"), "provisions")) {
            String path = "provisions[" + k++ + "]";
            Provision p = entry(y, item, path, refs, baseReviewed);
            String prev = origin.putIfAbsent(p.id(), y.source() + " line " + YamlNodes.line(item));
            if (prev != null) throw y.error(item, path + ".id", "duplicate provision id '" + p.id() + "' (first in " + prev + ")");
            out.add(p);
        }
        return out;
    }

    private static Provision entry(YamlNodes y, Node node, String path, List<Reference> refs, LocalDate baseReviewed) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", ENTRY_KEYS);
        String p = path + ".";
        String id = y.text(y.required(f, m, p, "id", "a short id in lower case, e.g. un-charter-2-4"), p + "id");
        if (!ID.matcher(id).matches()) throw y.error(f.get("id"), p + "id", "expected lower-case letters, digits, '.', '_' or '-', found '" + id + "'");
        String jt = y.text(y.required(f, m, p, "jurisdiction", "US, MX or INTERNATIONAL"), p + "jurisdiction");
        Jurisdiction j = Jurisdiction.fromId(jt);
        if (j == null) throw y.error(f.get("jurisdiction"), p + "jurisdiction", "expected US, MX or INTERNATIONAL, found '" + jt + "'");
        String kt = y.text(y.required(f, m, p, "kind", kinds()), p + "kind");
        ProvisionKind kind = ProvisionKind.fromId(kt);
        if (kind == null) throw y.error(f.get("kind"), p + "kind", "expected one of " + kinds() + ", found '" + kt + "'");
        ProvisionKind.Duty duty = null;
        if (kind == ProvisionKind.PROCEDURAL_DUTY) {
            String dt = y.text(y.required(f, m, p, "duty", "finding, notice, report or authorisation"), p + "duty");
            duty = ProvisionKind.Duty.fromId(dt);
            if (duty == null) throw y.error(f.get("duty"), p + "duty", "expected finding, notice, report or authorisation, found '" + dt + "'");
        } else if (f.containsKey("duty")) {
            throw y.error(f.get("duty"), p + "duty", "only a procedural_duty has a duty subtype; this entry is " + kind.id());
        }
        String citation = y.text(y.required(f, m, p, "citation", "the instrument, e.g. 50 U.S.C. 3093(e)"), p + "citation");
        String citationEs = f.containsKey("citation_es") ? y.text(f.get("citation_es"), p + "citation_es") : "";
        if (j == Jurisdiction.MX && citationEs.isEmpty()) throw y.error(m, p + "citation_es", "missing; a Mexican provision needs its Spanish citation");
        String requires = y.text(y.required(f, m, p, "requires", "what it requires or allows, in our words"), p + "requires");
        AppliesWhen when = f.containsKey("applies_when") ? appliesWhen(y, f.get("applies_when"), p + "applies_when") : null;

        List<String> answers = ids(y, f, "answers", p, refs, id, Reference.Want.ANSWERABLE);
        if (kind == ProvisionKind.EXCEPTION && answers.isEmpty()) throw y.error(m, p + "answers", "missing; an exception must name the prohibitions or duties it answers");
        if (kind != ProvisionKind.EXCEPTION && f.containsKey("answers")) throw y.error(f.get("answers"), p + "answers", "only an exception answers other entries; this entry is " + kind.id());
        List<String> about = ids(y, f, "about", p, refs, id, Reference.Want.ANY);
        if (kind == ProvisionKind.OPEN_QUESTION && about.isEmpty()) throw y.error(m, p + "about", "missing; an open question must name the entries whose reach it puts in doubt");
        if (kind != ProvisionKind.OPEN_QUESTION && f.containsKey("about")) throw y.error(f.get("about"), p + "about", "only an open_question has 'about'; this entry is " + kind.id());
        List<String> needs = ids(y, f, "needs", p, refs, id, Reference.Want.NOT_PROHIBITION);
        String decides = f.containsKey("decides") ? y.text(f.get("decides"), p + "decides") : "";
        String who = "";
        String whenText = "";
        if (duty != null && duty.isNotification()) {
            MappingNode nm = y.mapping(y.required(f, m, p, "notify", "{who: ..., when: ...}"), p + "notify");
            Map<String, Node> nf = y.fields(nm, p + "notify.", NOTIFY_KEYS);
            who = y.text(y.required(nf, nm, p + "notify.", "who", "who must be told"), p + "notify.who");
            whenText = y.text(y.required(nf, nm, p + "notify.", "when", "when, e.g. within 48 hours"), p + "notify.when");
        } else if (f.containsKey("notify")) {
            throw y.error(f.get("notify"), p + "notify", "only a notice or report duty has 'notify'");
        }
        String counter = f.containsKey("counter") ? y.text(f.get("counter"), p + "counter") : "";
        Status status = status(y, y.required(f, m, p, "status", "{state: in_force | contested | struck_down | expired | sunset | amended, date: YYYY-MM-DD}"), p + "status");
        if (kind == ProvisionKind.EXCEPTION && status.state().isDead()) {
            throw y.error(f.get("status"), p + "status.state", "an exception that is " + status.state().id() + " cannot answer anything; record it as an authority or open_question with this status instead");
        }
        LocalDate reviewed = baseReviewed;
        if (f.containsKey("reviewed")) {
            reviewed = date(y, f.get("reviewed"), p + "reviewed");
            if (reviewed.isAfter(baseReviewed)) {
                throw y.error(f.get("reviewed"), p + "reviewed", "after the knowledge base's review date " + baseReviewed + "; an entry cannot be reviewed later than the base");
            }
        }
        if (status.state() != Status.State.SUNSET && status.date().isAfter(reviewed)) {
            throw y.error(f.get("status"), p + "status.date", "the status date " + status.date() + " is after the entry's review date " + reviewed
                    + "; a status is dated when it took effect or was last confirmed in a source, which cannot be later than our review");
        }
        List<LawSource> sources = sources(y, y.required(f, m, p, "sources", "a list of {role: primary | confirmed, title, url, date}"), p + "sources");
        boolean verified = !f.containsKey("verified") || y.bool(f.get("verified"), p + "verified");
        if (verified && sources.stream().noneMatch(s -> s.role() == LawSource.Role.CONFIRMED)) {
            throw y.error(f.get("sources"), p + "sources", "no source with role 'confirmed'; give the page where the entry was confirmed, or mark it 'verified: false'");
        }
        return new Provision(id, j, kind, duty, citation, citationEs, requires, when, answers, about, needs, decides, who, whenText,
                counter, status, sources, verified, reviewed);
    }

    /** Reads an {@code applies_when} or pathway-condition mapping's values (all optional here). */
    static AppliesWhen appliesWhen(YamlNodes y, Node node, String path) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = conditionFields(y, m, path);
        Boolean consent = f.containsKey("consent") ? y.bool(f.get("consent"), path + ".consent") : null;
        Set<Branch> branches = null;
        if (f.containsKey("branch")) {
            branches = EnumSet.noneOf(Branch.class);
            for (Node n : list(y, f.get("branch"), path + ".branch")) branches.add(branch(y, n, path + ".branch"));
        }
        Set<Place> places = null;
        if (f.containsKey("place")) {
            places = EnumSet.noneOf(Place.class);
            for (Node n : list(y, f.get("place"), path + ".place")) places.add(place(y, n, path + ".place"));
        }
        Set<Force> forces = null;
        if (f.containsKey("force")) {
            forces = EnumSet.noneOf(Force.class);
            for (Node n : list(y, f.get("force"), path + ".force")) forces.add(force(y, n, path + ".force"));
        }
        Boolean usp = f.containsKey("us_persons_exposed") ? y.bool(f.get("us_persons_exposed"), path + ".us_persons_exposed") : null;
        Boolean ac = f.containsKey("armed_conflict_claimed") ? y.bool(f.get("armed_conflict_claimed"), path + ".armed_conflict_claimed") : null;
        return new AppliesWhen(consent, branches, places, forces, usp, ac);
    }

    /** The fields of a condition mapping; an unknown key is "a pathway condition that does not exist". */
    static Map<String, Node> conditionFields(YamlNodes y, MappingNode m, String path) {
        for (var t : m.getValue()) {
            String key = y.text(t.getKeyNode(), path + ".(key)");
            if (!CONDITION_KEYS.contains(key)) {
                throw y.error(t.getKeyNode(), path + "." + key, "no such pathway condition; expected one of " + String.join(", ", new TreeSet<>(CONDITION_KEYS)));
            }
        }
        return y.fields(m, path + ".", CONDITION_KEYS);
    }

    private static List<Node> list(YamlNodes y, Node node, String field) {
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode) return List.of(node);
        List<Node> items = y.sequence(node, field);
        if (items.isEmpty()) throw y.error(node, field, "empty list; leave the key out to mean any value");
        return items;
    }

    static Branch branch(YamlNodes y, Node n, String field) {
        String v = y.text(n, field);
        Branch b = Branch.fromId(v);
        if (b == null) throw y.error(n, field, "expected one of armed_forces, covert_action, law_enforcement, intelligence, treasury_state, civilian, found '" + v + "'");
        return b;
    }

    static Place place(YamlNodes y, Node n, String field) {
        String v = y.text(n, field);
        Place pl = Place.fromId(v);
        if (pl == null) throw y.error(n, field, "expected one of mx_territory, mx_airspace, mx_waters, international_waters, us_territory, found '" + v + "'");
        return pl;
    }

    static Force force(YamlNodes y, Node n, String field) {
        String v = y.text(n, field);
        Force fo = Force.fromId(v);
        if (fo == null) throw y.error(n, field, "expected one of lethal, non_forcible, none, found '" + v + "'");
        return fo;
    }

    private static List<String> ids(YamlNodes y, Map<String, Node> f, String key, String p, List<Reference> refs, String self, Reference.Want want) {
        if (!f.containsKey(key)) return List.of();
        List<Node> items = y.sequence(f.get(key), p + key);
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String field = p + key + "[" + i + "]";
            String v = y.text(items.get(i), field);
            if (v.equals(self)) throw y.error(items.get(i), field, "an entry cannot refer to itself");
            if (!seen.add(v)) throw y.error(items.get(i), field, "'" + v + "' listed twice");
            refs.add(new Reference(y, items.get(i), field, v, want));
            out.add(v);
        }
        return out;
    }

    private static Status status(YamlNodes y, Node node, String path) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", STATUS_KEYS);
        String st = y.text(y.required(f, m, path + ".", "state", "in_force, contested, struck_down, expired, sunset or amended"), path + ".state");
        Status.State state = Status.State.fromId(st);
        if (state == null) throw y.error(f.get("state"), path + ".state", "expected in_force, contested, struck_down, expired, sunset or amended, found '" + st + "'");
        LocalDate date = date(y, y.required(f, m, path + ".", "date", "the date of this status (YYYY-MM-DD): in force since, struck down on, sunset on, or last confirmed in a source (never just the date we reviewed it)"), path + ".date");
        String note = f.containsKey("note") ? y.text(f.get("note"), path + ".note") : "";
        LocalDate review = f.containsKey("review_by") ? date(y, f.get("review_by"), path + ".review_by") : null;
        return new Status(state, date, note, review);
    }

    private static List<LawSource> sources(YamlNodes y, Node node, String path) {
        List<Node> items = y.sequence(node, path);
        if (items.isEmpty()) throw y.error(node, path, "empty; every entry needs at least its primary source");
        List<LawSource> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            MappingNode m = y.mapping(items.get(i), p);
            Map<String, Node> f = y.fields(m, p + ".", SOURCE_KEYS);
            String rt = y.text(y.required(f, m, p + ".", "role", "primary or confirmed"), p + ".role");
            LawSource.Role role = LawSource.Role.fromId(rt);
            if (role == null) throw y.error(f.get("role"), p + ".role", "expected primary or confirmed, found '" + rt + "'");
            String title = y.text(y.required(f, m, p + ".", "title", "the title of the instrument or page"), p + ".title");
            String url = f.containsKey("url") ? y.text(f.get("url"), p + ".url") : "";
            LocalDate date = date(y, y.required(f, m, p + ".", "date", "the date of the instrument, ruling or page (YYYY-MM-DD)"), p + ".date");
            out.add(new LawSource(role, title, url, date));
        }
        return out;
    }

    /** A YYYY-MM-DD date. */
    public static LocalDate date(YamlNodes y, Node node, String field) {
        String v = y.text(node, field);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw y.error(node, field, "expected a date YYYY-MM-DD, found '" + v + "'");
        }
    }

    private static String kinds() {
        List<String> out = new ArrayList<>();
        for (ProvisionKind k : ProvisionKind.values()) out.add(k.id());
        return String.join(" | ", out);
    }

    private static String resource(String file) {
        try (InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(BUNDLED_DIR + file)) {
            if (in == null) throw new IllegalStateException("bundled resource missing: " + BUNDLED_DIR + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reference from one entry to another, checked once every file is read. */
    private record Reference(YamlNodes y, Node node, String field, String id, Want want) {
        enum Want { ANY, ANSWERABLE, NOT_PROHIBITION }

        void check(Map<String, Provision> byId) {
            Provision p = byId.get(id);
            if (p == null) throw y.error(node, field, "unknown provision id '" + id + "'; every id must be an entry of the knowledge base");
            if (want == Want.ANSWERABLE && p.kind() != ProvisionKind.PROHIBITION && p.kind() != ProvisionKind.PROCEDURAL_DUTY) {
                throw y.error(node, field, "'" + id + "' is " + p.kind().id() + "; an exception answers only prohibitions and procedural duties");
            }
            if (want == Want.NOT_PROHIBITION && p.kind() == ProvisionKind.PROHIBITION) {
                throw y.error(node, field, "'" + id + "' is a prohibition; 'needs' lists duties or conditions, not prohibitions");
            }
        }
    }
}
