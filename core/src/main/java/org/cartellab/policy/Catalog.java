package org.cartellab.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cartellab.evidence.EvidenceCatalog;

/**
 * The loaded course-of-action catalog: entries in order (bundled first, then user files), lookup by id, the evidence
 * ledger they cite, where each entry came from, and which user entries replaced a bundled one.
 */
public final class Catalog {
    private final Map<String, CourseOfAction> byId;
    private final Map<String, String> origins;
    private final List<String> overrides;
    private final EvidenceCatalog sources;

    Catalog(Map<String, CourseOfAction> byId, Map<String, String> origins, List<String> overrides, EvidenceCatalog sources) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        this.origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
        this.overrides = List.copyOf(overrides);
        this.sources = sources;
    }

    /** The bundled catalog against the bundled ledger and network. */
    public static Catalog bundled() { return CatalogLoader.bundled(); }

    public List<String> ids() { return List.copyOf(byId.keySet()); }

    public List<CourseOfAction> all() { return List.copyOf(byId.values()); }

    public Optional<CourseOfAction> find(String id) { return Optional.ofNullable(byId.get(id)); }

    /** The file (or bundled resource) an entry was read from. */
    public String origin(String id) { return origins.get(id); }

    /** One line per user entry that replaced a bundled entry with the same id. */
    public List<String> overrides() { return overrides; }

    public EvidenceCatalog sources() { return sources; }

    public int size() { return byId.size(); }

    /** Every {@link Evidence} an entry carries: levers, risk ratings and outside-model outcomes, in that order. */
    public static List<Evidence> evidenceOf(CourseOfAction coa) {
        List<Evidence> out = new ArrayList<>();
        for (LeverEffect e : coa.levers()) out.add(e.evidence());
        for (RiskDimension d : RiskDimension.values()) {
            RiskRating r = coa.risks().get(d);
            if (r != null) out.add(r.evidence());
        }
        for (OutsideModelOutcome o : coa.outsideModel()) out.add(o.evidence());
        return out;
    }

    /** How many of an entry's numbers rest on an assumption (or, for risk levels, a judgment) rather than a source. */
    public static int assumptionCount(CourseOfAction coa) {
        int n = 0;
        for (Evidence e : evidenceOf(coa)) if (e.assumption()) n++;
        return n;
    }

    /** How many of an entry's risk levels are tied to a sourced, level-relevant fact (the rest are judgments). */
    public static int sourcedRiskCount(CourseOfAction coa) {
        int n = 0;
        for (RiskRating r : coa.risks().values()) if (!r.judgment()) n++;
        return n;
    }

    /** The highest risk level of an entry (0 when it has no ratings). */
    public static int maxRisk(CourseOfAction coa) {
        int m = 0;
        for (RiskRating r : coa.risks().values()) m = Math.max(m, r.level());
        return m;
    }
}
