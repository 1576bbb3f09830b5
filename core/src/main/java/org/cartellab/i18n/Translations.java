package org.cartellab.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.YamlNodes;
import org.cartellab.policy.Catalog;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The Spanish texts of the bundled data, read from the overlay files in {@code org/cartellab/i18n/es/}: one file per
 * course of action ({@code coa/ID.yaml}), {@code law.yaml}, {@code record.yaml}, {@code sources.yaml}, {@code levers.yaml} (lever evidence summaries), {@code defaults.yaml} (the comparison defaults' rationale) and
 * {@code phrases.yaml} (patterns of generated sentences, flat keys such as {@code weak.rank_flips}). An overlay
 * is a YAML mapping nested like the key paths of {@link EnglishTexts} below the file's prefix ({@code coa/ID/},
 * {@code law/}, {@code record/}, {@code sources/}), with a text at every leaf. A leaf whose key has no English text
 * (a stale or misspelled translation), a duplicate key or a non-text leaf is a {@link DataFormatException} naming
 * file, line and field. Missing translations are not an error here (the {@link Localizer} falls back to English);
 * the test suite requires them for the bundled data.
 */
public final class Translations {
    /** Resource folder of the Spanish overlays. */
    public static final String ES_FOLDER = "org/cartellab/i18n/es/";

    private final Map<String, String> texts;

    public Translations(Map<String, String> texts) { this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts)); }

    /** No translations (English). */
    public static Translations none() { return new Translations(Map.of()); }

    /** The bundled Spanish overlays, validated against the bundled English texts; read once. */
    public static Translations bundledSpanish() { return Holder.VALUE; }

    /** Key to translated text. */
    public Map<String, String> all() { return texts; }

    /** The translation of a key, or null. */
    public String get(String key) { return texts.get(key); }

    /**
     * Reads one overlay file into {@code into}.
     *
     * @param source  file or resource name errors name
     * @param text    the YAML text
     * @param prefix  the key prefix of the file, e.g. {@code coa/status_quo/} or {@code law/}
     * @param english the texts the keys must exist in
     * @throws DataFormatException for invalid YAML, a duplicate key, a non-text leaf or a key with no English text
     */
    public static void read(String source, String text, String prefix, EnglishTexts english, Map<String, String> into) {
        YamlNodes y = new YamlNodes(source);
        Node root = y.compose(text);
        if (root == null) return;
        walk(y, y.mapping(root, "(document)"), prefix, "", english, into);
    }

    private static void walk(YamlNodes y, MappingNode node, String prefix, String path, EnglishTexts english, Map<String, String> into) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple t : node.getValue()) {
            String key = y.text(t.getKeyNode(), path + "(key)");
            String field = path.isEmpty() ? key : path + "/" + key;
            if (!seen.add(key)) throw y.error(t.getKeyNode(), field, "duplicate key");
            Node v = t.getValueNode();
            if (v instanceof MappingNode m) {
                walk(y, m, prefix, field, english, into);
            } else if (v instanceof ScalarNode) {
                String full = prefix + field;
                if (!english.contains(full)) {
                    throw y.error(t.getKeyNode(), field, "no English text has this id and field (stale or misspelled translation)");
                }
                into.put(full, y.text(v, field));
            } else {
                throw y.error(v, field, "expected a text or a mapping");
            }
        }
    }

    /** Reads the overlays for the bundled data (files that do not exist are skipped: English fallback). */
    static Translations loadBundledSpanish(List<String> courseIds, EnglishTexts english) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String id : courseIds) readResource(ES_FOLDER + "coa/" + id + ".yaml", "coa/" + id + "/", english, m);
        readResource(ES_FOLDER + "law.yaml", "law/", english, m);
        readResource(ES_FOLDER + "record.yaml", "record/", english, m);
        readResource(ES_FOLDER + "sources.yaml", "sources/", english, m);
        readResource(ES_FOLDER + "levers.yaml", "levers/", english, m);
        readResource(ES_FOLDER + "defaults.yaml", "defaults/", english, m);
        readResource(ES_FOLDER + "phrases.yaml", "phrases/", english, m);
        readResource(ES_FOLDER + "data.yaml", "data/", english, m);
        return new Translations(m);
    }

    private static void readResource(String resource, String prefix, EnglishTexts english, Map<String, String> into) {
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return;
            read(resource + " (bundled)", new String(in.readAllBytes(), StandardCharsets.UTF_8), prefix, english, into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final Translations VALUE = loadBundledSpanish(Catalog.bundled().ids(), EnglishTexts.bundled());
    }
}
