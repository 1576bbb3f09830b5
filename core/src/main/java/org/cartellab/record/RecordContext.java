package org.cartellab.record;

import java.util.Set;
import org.cartellab.evidence.EvidenceCatalog;

/**
 * What record files are checked against when they are read.
 *
 * @param catalogCourses ids of the courses of action in the catalog at load time
 * @param pendingCourses ids announced but not yet in the catalog
 * @param laws           ids of legal knowledge-base entries (empty while no base is loaded: then no law link is valid)
 * @param ledger         the evidence ledger, for {@code ledger:} references and seed ids
 */
public record RecordContext(Set<String> catalogCourses, Set<String> pendingCourses, Set<String> laws, EvidenceCatalog ledger) {
    public RecordContext {
        catalogCourses = Set.copyOf(catalogCourses);
        pendingCourses = Set.copyOf(pendingCourses);
        laws = Set.copyOf(laws);
        if (ledger == null) throw new IllegalArgumentException("a record context needs the evidence ledger");
    }

    public boolean knowsCourse(String id) { return catalogCourses.contains(id) || pendingCourses.contains(id); }
}
