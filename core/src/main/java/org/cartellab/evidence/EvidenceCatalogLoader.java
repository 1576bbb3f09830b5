package org.cartellab.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the evidence ledger (a YAML list of sources) with file, line and field in every error. */
public final class EvidenceCatalogLoader {
    /** Resource name of the bundled ledger. */
    public static final String BUNDLED = "/org/cartellab/evidence/sources.yaml";
    static final Set<String> SOURCE_KEYS = Set.of("id", "kind", "authors", "title", "venue", "year", "volume", "pages",
            "doi", "url", "supports", "reliability", "published", "local_copy");
    static final Set<String> RELIABILITY_KEYS = Set.of("grade", "reason");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private EvidenceCatalogLoader() {}

    private static final class Bundled { static final EvidenceCatalog VALUE = load(); }

    /** The ledger bundled with core, read once. */
    public static EvidenceCatalog bundled() { return Bundled.VALUE; }

    private static EvidenceCatalog load() {
        try (InputStream in = EvidenceCatalogLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("bundled resource missing: " + BUNDLED);
            return parse("sources.yaml (bundled)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a ledger: a top-level {@code sources:} list. */
    public static EvidenceCatalog parse(String sourceName, String text) {
        YamlNodes y = new YamlNodes(sourceName);
        Node root = y.compose(text);
        if (root == null) throw new DataFormatException(sourceName, 1, null, "the file is empty; expected 'sources:' with a list");
        Map<String, Node> top = y.fields(y.mapping(root, "(top level)"), "", Set.of("sources"));
        List<Source> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int k = 0;
        for (Node item : y.sequence(y.required(top, root, "", "sources", "a list of sources"), "sources")) {
            String path = "sources[" + k++ + "]";
            Source s = source(y, item, path);
            if (!seen.add(s.id())) throw y.error(item, path + ".id", "duplicate source id '" + s.id() + "'");
            out.add(s);
        }
        return new EvidenceCatalog(out);
    }

    private static Source source(YamlNodes y, Node node, String path) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", SOURCE_KEYS);
        String id = y.text(y.required(f, m, path + ".", "id", "a short id in lower case, e.g. dell2015"), path + ".id");
        if (!ID.matcher(id).matches()) throw y.error(f.get("id"), path + ".id", "expected lower-case letters, digits, '.', '_' or '-', found '" + id + "'");
        String kindText = y.text(y.required(f, m, path + ".", "kind", kinds()), path + ".kind");
        SourceKind kind = SourceKind.fromId(kindText);
        if (kind == null) throw y.error(f.get("kind"), path + ".kind", "expected one of " + kinds() + ", found '" + kindText + "'");
        String title = y.text(y.required(f, m, path + ".", "title", "the title of the work, law or data set"), path + ".title");
        String supports = y.text(y.required(f, m, path + ".", "supports", "one line on what this source supports"), path + ".supports");
        int year = f.containsKey("year") ? y.integer(f.get("year"), path + ".year", 1700, 2100) : 0;
        Reliability reliability = null;
        if (f.containsKey("reliability")) {
            MappingNode r = y.mapping(f.get("reliability"), path + ".reliability");
            Map<String, Node> rf = y.fields(r, path + ".reliability.", RELIABILITY_KEYS);
            String g = y.text(y.required(rf, r, path + ".reliability.", "grade", grades()), path + ".reliability.grade");
            Reliability.Grade grade = Reliability.Grade.fromId(g);
            if (grade == null) throw y.error(rf.get("grade"), path + ".reliability.grade", "expected one of " + grades() + ", found '" + g + "'");
            reliability = new Reliability(grade, y.text(y.required(rf, r, path + ".reliability.", "reason", "one line on why"), path + ".reliability.reason"));
        } else if (kind == SourceKind.NEWS) {
            throw y.error(m, path + ".reliability", "missing; a news source needs a reliability grade (" + grades() + ") with a reason");
        }
        String published = opt(y, f, "published", path);
        if (!published.isEmpty() && !published.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            throw y.error(f.get("published"), path + ".published", "expected the publication date as YYYY-MM-DD, YYYY-MM or YYYY, found '" + published + "'");
        }
        return new Source(id, kind, opt(y, f, "authors", path), title, opt(y, f, "venue", path), year, opt(y, f, "volume", path),
                opt(y, f, "pages", path), opt(y, f, "doi", path), opt(y, f, "url", path), supports, reliability, published,
                opt(y, f, "local_copy", path));
    }

    private static String opt(YamlNodes y, Map<String, Node> f, String key, String path) {
        return f.containsKey(key) ? y.text(f.get(key), path + "." + key) : "";
    }

    private static String kinds() {
        List<String> out = new ArrayList<>();
        for (SourceKind k : SourceKind.values()) out.add(k.id());
        return String.join(" | ", out);
    }

    private static String grades() {
        List<String> out = new ArrayList<>();
        for (Reliability.Grade g : Reliability.Grade.values()) out.add(g.id());
        return String.join(" | ", out);
    }
}
