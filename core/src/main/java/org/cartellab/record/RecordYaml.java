package org.cartellab.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reading shared by the four record files, on top of {@link YamlNodes}: the top level ({@code as_of} plus one list),
 * ids, dates no later than the review date, dated sources, course and law links. Every problem is a
 * {@link DataFormatException} with file, line and field.
 */
final class RecordYaml {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    static final Set<String> SOURCE_KEYS = Set.of("title", "publisher", "date", "url", "primary", "ledger");

    final YamlNodes y;
    final RecordContext ctx;
    final String listKey;
    final Node root;
    final List<Node> items;
    final LocalDate asOf;
    private final Set<String> ids = new HashSet<>();

    /** Composes the file and reads its top level: {@code as_of} (a day) and the list under {@code listKey}. */
    RecordYaml(String sourceName, String text, RecordContext ctx, String listKey, String what) {
        this.y = new YamlNodes(sourceName);
        this.ctx = ctx;
        this.listKey = listKey;
        Node r = y.compose(text);
        if (r == null) throw new DataFormatException(sourceName, 1, null, "the file is empty; expected 'as_of:' and '" + listKey + ":' with a list of " + what);
        this.root = r;
        Map<String, Node> top = y.fields(y.mapping(r, "(top level)"), "", Set.of("as_of", listKey));
        Node asOfNode = y.required(top, r, "", "as_of", "the review date (YYYY-MM-DD)");
        PartialDate d = PartialDate.parse(y.text(asOfNode, "as_of"));
        if (d == null || d.precision() != PartialDate.Precision.DAY) {
            throw y.error(asOfNode, "as_of", "expected the review date as YYYY-MM-DD, found '" + y.text(asOfNode, "as_of") + "'");
        }
        this.asOf = d.earliest();
        this.items = y.sequence(y.required(top, r, "", listKey, "a list of " + what), listKey);
    }

    /** The entry's fields, with only {@code allowed} keys. */
    Map<String, Node> fields(Node item, String path, Set<String> allowed) {
        return y.fields(y.mapping(item, path), path + ".", allowed);
    }

    String text(Map<String, Node> f, Node parent, String path, String key, String expected) {
        return y.text(y.required(f, parent, path + ".", key, expected), path + "." + key);
    }

    String optText(Map<String, Node> f, String path, String key) {
        return f.containsKey(key) ? y.text(f.get(key), path + "." + key) : "";
    }

    List<String> optTexts(Map<String, Node> f, String path, String key) {
        return f.containsKey(key) ? y.texts(f.get(key), path + "." + key) : List.of();
    }

    /** A unique id in lower case. */
    String id(Map<String, Node> f, Node parent, String path) {
        Node n = y.required(f, parent, path + ".", "id", "a short id in lower case");
        String id = y.text(n, path + ".id");
        if (!ID.matcher(id).matches()) throw y.error(n, path + ".id", "expected lower-case letters, digits, '.', '_' or '-', found '" + id + "'");
        if (!ids.add(id)) throw y.error(n, path + ".id", "duplicate id '" + id + "'");
        return id;
    }

    /** A date (YYYY, YYYY-MM or YYYY-MM-DD) that does not begin after the review date. */
    PartialDate date(Node n, String field) {
        String v = y.text(n, field);
        PartialDate d = PartialDate.parse(v);
        if (d == null) throw y.error(n, field, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found '" + v + "'");
        if (d.earliest().isAfter(asOf)) throw y.error(n, field, "date " + d + " is after the review date (as_of " + asOf + ")");
        return d;
    }

    PartialDate date(Map<String, Node> f, Node parent, String path, String key) {
        return date(y.required(f, parent, path + ".", key, "a date (YYYY-MM-DD, YYYY-MM or YYYY)"), path + "." + key);
    }

    boolean bool(Map<String, Node> f, Node parent, String path, String key) {
        return y.bool(y.required(f, parent, path + ".", key, "true or false"), path + "." + key);
    }

    /** Course-of-action ids, each in the catalog or announced as pending. */
    List<String> courses(Map<String, Node> f, Node parent, String path, boolean required) {
        if (!f.containsKey("courses")) {
            if (required) throw y.error(parent, path + ".courses", "missing; expected a list of course-of-action ids this entry bears on");
            return List.of();
        }
        List<Node> list = y.sequence(f.get("courses"), path + ".courses");
        if (required && list.isEmpty()) throw y.error(f.get("courses"), path + ".courses", "expected at least one course-of-action id");
        List<String> out = new ArrayList<>();
        int k = 0;
        for (Node n : list) out.add(course(n, path + ".courses[" + k++ + "]"));
        return out;
    }

    /** One course-of-action id known to the catalog or announced as pending. */
    String course(Node n, String field) {
        String id = y.text(n, field);
        if (!ctx.knowsCourse(id)) {
            TreeSet<String> known = new TreeSet<>(ctx.catalogCourses());
            known.addAll(ctx.pendingCourses());
            throw y.error(n, field, "unknown course of action '" + id + "'; expected one of " + String.join(", ", known));
        }
        return id;
    }

    /** Legal knowledge-base ids; each must exist in the loaded base. */
    List<String> laws(Map<String, Node> f, String path) {
        if (!f.containsKey("laws")) return List.of();
        List<String> out = new ArrayList<>();
        int k = 0;
        for (Node n : y.sequence(f.get("laws"), path + ".laws")) {
            String field = path + ".laws[" + k++ + "]";
            String id = y.text(n, field);
            if (!ctx.laws().contains(id)) {
                throw y.error(n, field, ctx.laws().isEmpty() ? "no legal knowledge base is loaded, so no law id can be linked (found '" + id + "')"
                        : "unknown legal knowledge-base id '" + id + "'");
            }
            out.add(id);
        }
        return out;
    }

    /** The dated sources; at least one unless {@code optional}. */
    List<RecordSource> sources(Map<String, Node> f, Node parent, String path, boolean optional) {
        if (!f.containsKey("sources")) {
            if (optional) return List.of();
            throw y.error(parent, path + ".sources", "missing; expected a list of dated sources (title, publisher, date)");
        }
        List<Node> list = y.sequence(f.get("sources"), path + ".sources");
        if (list.isEmpty() && !optional) throw y.error(f.get("sources"), path + ".sources", "expected at least one dated source");
        List<RecordSource> out = new ArrayList<>();
        int k = 0;
        for (Node n : list) out.add(source(n, path + ".sources[" + k++ + "]"));
        return out;
    }

    private RecordSource source(Node node, String path) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", SOURCE_KEYS);
        String title = text(f, m, path, "title", "what the document is");
        String publisher = text(f, m, path, "publisher", "who published it");
        if (!f.containsKey("date")) throw y.error(m, path + ".date", "missing; every source needs the date it was published (YYYY-MM-DD, YYYY-MM or YYYY)");
        PartialDate date = date(f.get("date"), path + ".date");
        boolean primary = f.containsKey("primary") && y.bool(f.get("primary"), path + ".primary");
        String ledger = optText(f, path, "ledger");
        if (!ledger.isEmpty() && !ctx.ledger().contains(ledger)) {
            throw y.error(f.get("ledger"), path + ".ledger", "unknown evidence-ledger id '" + ledger + "'");
        }
        return new RecordSource(title, publisher, date, optText(f, path, "url"), primary, ledger);
    }
}
