package org.cartellab.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cartellab.data.BundledData;
import org.cartellab.data.Cartel;
import org.cartellab.data.DataFormatException;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.evidence.EvidenceCatalogLoader;
import org.cartellab.evidence.Source;
import org.cartellab.law.KnowledgeBase;

/**
 * Loads the course-of-action catalog: the bundled entries (listed in {@code coa/index.txt}) and, optionally, a user
 * folder of {@code *.yaml} files whose entries are added or, with the same id, replace the bundled one (reported in
 * {@link Catalog#overrides()}). A {@code sources.yaml} in the user folder adds sources to the ledger.
 */
public final class CatalogLoader {
    /** Resource folder of the bundled entries. */
    public static final String BUNDLED_DIR = "/org/cartellab/policy/coa/";
    /** File in the bundled folder listing the entries in display order. */
    public static final String INDEX = "index.txt";
    /** Name of the optional extra ledger in a user folder. */
    public static final String USER_SOURCES = "sources.yaml";

    private final EvidenceCatalog sources;
    private final List<String> nodeIds;
    private final KnowledgeBase kb;

    /** A loader validating against this ledger, these organisation node ids and the bundled legal knowledge base. */
    public CatalogLoader(EvidenceCatalog sources, List<String> nodeIds) {
        this(sources, nodeIds, KnowledgeBase.bundled());
    }

    /** A loader validating against this ledger, these organisation node ids and this legal knowledge base. */
    public CatalogLoader(EvidenceCatalog sources, List<String> nodeIds, KnowledgeBase kb) {
        this.sources = sources;
        this.nodeIds = List.copyOf(nodeIds);
        this.kb = kb;
    }

    /** The legal knowledge base the entries are checked against. */
    public KnowledgeBase knowledgeBase() { return kb; }

    /** A loader against the bundled ledger and the bundled 2020 network. */
    public static CatalogLoader standard() {
        List<String> ids = new ArrayList<>();
        for (Cartel c : BundledData.network().cartels()) ids.add(c.node());
        return new CatalogLoader(EvidenceCatalogLoader.bundled(), ids);
    }

    private static final class Bundled { static final Catalog VALUE = standard().load(null); }

    /** The bundled catalog, read once. */
    public static Catalog bundled() { return Bundled.VALUE; }

    /** Bundled entries plus, if {@code userFolder} is not null, the user's. */
    public Catalog load(Path userFolder) {
        EvidenceCatalog ledger = userFolder == null ? sources : withUserSources(userFolder);
        Map<String, CourseOfAction> byId = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (String file : bundledFiles()) {
            String name = "coa/" + file + " (bundled)";
            CourseOfAction c = CourseOfActionParser.parse(name, resource(file), ledger, nodeIds, kb);
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new DataFormatException(name, 0, "id", "id '" + c.id() + "' is also used by " + origins.get(c.id()));
            }
            origins.put(c.id(), name);
        }
        List<String> overrides = new ArrayList<>();
        if (userFolder != null) {
            Map<String, String> userOrigins = new LinkedHashMap<>();
            for (Path file : userFiles(userFolder)) {
                CourseOfAction c = CourseOfActionParser.parse(file.toString(), read(file), ledger, nodeIds, kb);
                if (userOrigins.containsKey(c.id())) {
                    throw new DataFormatException(file.toString(), 0, "id", "id '" + c.id() + "' is also used by " + userOrigins.get(c.id()));
                }
                userOrigins.put(c.id(), file.toString());
                if (byId.containsKey(c.id())) overrides.add(c.id() + ": " + file + " replaces the bundled entry");
                byId.put(c.id(), c);
                origins.put(c.id(), file.toString());
            }
        }
        checkCounterparts(byId, origins);
        return new Catalog(byId, origins, overrides, ledger);
    }

    /**
     * A {@code consent_counterpart} must be a course of the catalog whose own consent is fixed the other way, so the
     * pair reads as one course with and one without Mexico's consent.
     */
    static void checkCounterparts(Map<String, CourseOfAction> byId, Map<String, String> origins) {
        for (CourseOfAction c : byId.values()) {
            for (org.cartellab.law.CoursePathway cp : c.pathways()) {
                String other = cp.block().counterpart();
                if (other.isEmpty()) continue;
                String field = "pathway." + org.cartellab.law.PathwayBlockParser.CONSENT_COUNTERPART;
                CourseOfAction o = byId.get(other);
                if (o == null) throw new DataFormatException(origins.get(c.id()), 0, field, "unknown course '" + other + "'; expected a course id of the catalog");
                boolean consent = cp.block().conditions().consent();
                boolean opposite = o.pathways().stream().anyMatch(op -> op.consentFixed() && op.block().conditions().consent() != consent);
                if (!opposite) {
                    throw new DataFormatException(origins.get(c.id()), 0, field, "'" + other + "' does not fix consent the other way (" + (consent ? "without" : "with")
                            + " Mexico's consent, consent_fixed: true)");
                }
            }
        }
    }

    private EvidenceCatalog withUserSources(Path folder) {
        requireFolder(folder);
        Path extra = folder.resolve(USER_SOURCES);
        if (!Files.isRegularFile(extra)) return sources;
        EvidenceCatalog user = EvidenceCatalogLoader.parse(extra.toString(), read(extra));
        List<Source> all = new ArrayList<>(sources.all());
        for (Source s : user.all()) {
            if (sources.contains(s.id())) {
                throw new DataFormatException(extra.toString(), 0, "id", "source id '" + s.id() + "' already exists in the bundled ledger; choose another id");
            }
            all.add(s);
        }
        return new EvidenceCatalog(all);
    }

    /** The bundled entries' file names in display order. */
    public static List<String> bundledFiles() {
        List<String> out = new ArrayList<>();
        for (String line : resource(INDEX).split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
        }
        return out;
    }

    private static List<Path> userFiles(Path folder) {
        requireFolder(folder);
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> Files.isRegularFile(p))
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(p -> !p.getFileName().toString().equals(USER_SOURCES))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list catalog folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) throw new DataFormatException(folder.toString(), 0, null, "not a folder; expected a folder of course-of-action *.yaml files");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new DataFormatException(file.toString(), 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String file) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUNDLED_DIR + file)) {
            if (in == null) throw new IllegalStateException("bundled resource missing: " + BUNDLED_DIR + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
