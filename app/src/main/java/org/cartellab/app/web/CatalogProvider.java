package org.cartellab.app.web;

import java.util.List;
import java.util.Optional;
import org.cartellab.policy.CourseOfAction;

/**
 * The courses of action the web app shows. The lead binds the real catalog (CatalogLoader) at merge; until then
 * {@link #unavailable()} makes the catalog endpoints answer 503 with a clear message. Never bind invented entries.
 */
public interface CatalogProvider {
    /** Whether a catalog is bound in this build. */
    boolean available();

    /** Every course of action, the status quo included, in display order. */
    List<CourseOfAction> all();

    /** How many courses one comparison request may name: derived from the catalog's size (core's one rule), so the whole catalog fits. */
    default int maxCourses() {
        return org.cartellab.assessment.ComparisonAssessment.maxCourses(available() ? all().size() : 0);
    }

    default Optional<CourseOfAction> find(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The catalog of a build that has none: {@link #available()} is false and {@link #all()} fails. */
    static CatalogProvider unavailable() {
        return new CatalogProvider() {
            @Override
            public boolean available() { return false; }

            @Override
            public List<CourseOfAction> all() { throw ApiException.of(503, "catalog_unavailable"); }
        };
    }

    /** A fixed list, e.g. the bundled catalog: {@code CatalogProvider.of(Catalog.bundled().all())} (ServeCommand's binding). */
    static CatalogProvider of(List<CourseOfAction> courses) {
        List<CourseOfAction> copy = List.copyOf(courses);
        return new CatalogProvider() {
            @Override
            public boolean available() { return true; }

            @Override
            public List<CourseOfAction> all() { return copy; }
        };
    }
}
