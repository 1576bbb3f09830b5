package org.cartellab.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import org.cartellab.comparison.ComparisonDefaults;
import org.cartellab.data.BundledData;
import org.cartellab.data.DataFormatException;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.evidence.EvidenceCatalogLoader;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.KnowledgeBaseLoader;
import org.cartellab.data.Cartel;
import org.cartellab.policy.CatalogLoader;
import org.cartellab.policy.CourseOfActionParser;
import org.cartellab.policy.effects.LeverEvidenceTables;
import org.cartellab.record.RecordContext;
import org.cartellab.record.RecordLoader;
import org.junit.jupiter.api.Assertions;

/**
 * The file formats besides scenarios and weights, each with its seed (a bundled file) and its reader, and the one
 * check every fuzz input goes through: the reader accepts it, or throws one {@link DataFormatException} whose message
 * starts with the file name and is one line; anything else (another exception, a second line, over 10 s) fails.
 * Counts per format are kept for the closing note.
 */
enum FileFormats {
    COURSE_OF_ACTION("coa/" + CatalogLoader.bundledFiles().get(0),
            text -> CourseOfActionParser.parse("fuzz.yaml", text, EvidenceCatalog.bundled(), nodeIds(), KnowledgeBase.bundled())),
    SOURCES_LEDGER("sources.yaml", text -> EvidenceCatalogLoader.parse("fuzz.yaml", text)),
    LEVER_EVIDENCE("lever-evidence.yaml", text -> LeverEvidenceTables.parse("fuzz.yaml", text, EvidenceCatalog.bundled())),
    COMPARISON_DEFAULTS("comparison-defaults.yaml", text -> ComparisonDefaults.parse("fuzz.yaml", text, EvidenceCatalog.bundled())),
    KNOWLEDGE_BASE_INDEX("law/" + KnowledgeBaseLoader.INDEX, text -> KnowledgeBaseLoader.parse("fuzz.yaml", text, FileFormats::law, "")),
    KNOWLEDGE_BASE_ENTRIES("law/us.yaml", text -> KnowledgeBaseLoader.parse("knowledge-base.yaml", law(KnowledgeBaseLoader.INDEX),
            name -> name.equals("us.yaml") ? text : law(name), "")),
    TIMELINE("record/" + RecordLoader.TIMELINE, text -> RecordLoader.parseTimeline("fuzz.yaml", text, context())),
    CLAIMS("record/" + RecordLoader.CLAIMS, text -> RecordLoader.parseClaims("fuzz.yaml", text, context())),
    PRECEDENTS("record/" + RecordLoader.PRECEDENTS, text -> RecordLoader.parsePrecedents("fuzz.yaml", text, context())),
    POSITIONS("record/" + RecordLoader.POSITIONS, text -> RecordLoader.parsePositions("fuzz.yaml", text, context()));

    static final String SOURCE = "fuzz.yaml";

    /** One fuzz input: a format and a mutated copy of its seed file. */
    record Input(FileFormats format, String text) {
        void check() { format.check(text); }
    }

    /**
     * The one generator of the file-format fuzz, shared by the fast and heavy tests (which differ only in tries): a
     * format drawn uniformly from all of them, and a mutation of its seed ({@link TextMutations}).
     */
    static net.jqwik.api.Arbitrary<Input> inputs() {
        return net.jqwik.api.Arbitraries.of(values()).withoutEdgeCases().flatMap(f -> TextMutations.of(f.seed()).map(t -> new Input(f, t)));
    }
    final String seedName;
    final Consumer<String> reader;
    final AtomicLongArray counts = new AtomicLongArray(2); // [accepted, refused with one clear message]

    FileFormats(String seedName, Consumer<String> reader) {
        this.seedName = seedName;
        this.reader = reader;
    }

    String seed() {
        String path = switch (this) {
            case COURSE_OF_ACTION -> CatalogLoader.BUNDLED_DIR + seedName.substring(4);
            case SOURCES_LEDGER, LEVER_EVIDENCE -> "/org/cartellab/evidence/" + seedName;
            case COMPARISON_DEFAULTS -> "/" + ComparisonDefaults.RESOURCE;
            default -> "/org/cartellab/" + seedName;
        };
        return resource(path);
    }

    /** Reads one input; any failure but one clear message fails the calling property. */
    void check(String text) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            // a knowledge-base index may name another file; that file's name then leads the message
            String name = this == KNOWLEDGE_BASE_ENTRIES ? "us.yaml" : this == KNOWLEDGE_BASE_INDEX ? ":" : SOURCE;
            try {
                reader.accept(text);
                counts.incrementAndGet(0);
            } catch (DataFormatException e) {
                assertThat(e.getMessage()).as("message of %s", this).contains(name).doesNotContain("\n");
                counts.incrementAndGet(1);
            }
        });
    }

    static String report() {
        Map<String, String> out = new TreeMap<>();
        for (FileFormats f : values()) {
            if (f.counts.get(0) + f.counts.get(1) > 0) out.put(f.name().toLowerCase(), f.counts.get(0) + " accepted, " + f.counts.get(1) + " refused");
        }
        return "file-format fuzz: " + out + ", 0 crashes, 0 hangs";
    }

    private static List<String> nodeIds;

    private static synchronized List<String> nodeIds() {
        if (nodeIds == null) {
            List<String> ids = new ArrayList<>();
            for (Cartel c : BundledData.network().cartels()) ids.add(c.node());
            nodeIds = ids;
        }
        return nodeIds;
    }

    private static RecordContext context() { return RecordLoader.bundledContext(); }

    private static String law(String name) {
        if (FileFormats.class.getResource(KnowledgeBaseLoader.BUNDLED_DIR + name) == null) throw new DataFormatException(name, 0, null, "file not found");
        return resource(KnowledgeBaseLoader.BUNDLED_DIR + name);
    }

    static String resource(String path) {
        try (InputStream in = FileFormats.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("no resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
