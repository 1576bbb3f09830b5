package org.cartellab.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The evidence ledger: every source the catalog may cite, by id, in file order. Immutable. */
public final class EvidenceCatalog {
    /** Prefix of the ids of the seed articles: seed 003 is {@code seed-003}. */
    public static final String SEED_PREFIX = "seed-";

    private final Map<String, Source> byId;

    public EvidenceCatalog(List<Source> sources) {
        Map<String, Source> m = new LinkedHashMap<>();
        for (Source s : sources) {
            if (m.putIfAbsent(s.id(), s) != null) throw new IllegalArgumentException("duplicate source id " + s.id());
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    /** The ledger bundled with core. */
    public static EvidenceCatalog bundled() { return EvidenceCatalogLoader.bundled(); }

    public Optional<Source> find(String id) { return Optional.ofNullable(byId.get(id)); }

    /** The source with this id; an unknown id is a programming error here (files are validated on load). */
    public Source get(String id) {
        Source s = byId.get(id);
        if (s == null) throw new IllegalArgumentException("unknown source id '" + id + "'");
        return s;
    }

    public boolean contains(String id) { return byId.containsKey(id); }

    public List<String> ids() { return List.copyOf(byId.keySet()); }

    public List<Source> all() { return List.copyOf(byId.values()); }

    /** The seed article with this file id ("000".."004"), if the ledger has it. */
    public Optional<Source> seed(String fileId) { return find(SEED_PREFIX + fileId); }

    /** The file ids of the seed articles in the ledger, in order. */
    public List<String> seedIds() {
        List<String> out = new ArrayList<>();
        for (String id : byId.keySet()) if (id.startsWith(SEED_PREFIX)) out.add(id.substring(SEED_PREFIX.length()));
        return out;
    }

    public int size() { return byId.size(); }
}
