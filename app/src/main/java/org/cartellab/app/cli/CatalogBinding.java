package org.cartellab.app.cli;

import java.nio.file.Path;
import org.cartellab.evidence.Source;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CatalogLoader;
import org.cartellab.policy.CourseOfActionSource;

/** Where the CLI takes its courses of action from: the bundled catalog, plus a user folder when one is given. */
final class CatalogBinding {
    private CatalogBinding() {}

    static CourseOfActionSource source() {
        return source(null);
    }

    /** The bundled catalog, with entries from {@code userFolder} (null for none) added or replacing bundled ones. */
    static CourseOfActionSource source(Path userFolder) {
        Catalog c = userFolder == null ? Catalog.bundled() : CatalogLoader.standard().load(userFolder);
        String what = userFolder == null ? "bundled catalog" : "bundled catalog with " + userFolder;
        return CourseOfActionSource.of(c.all(), what + " (" + c.size() + " courses of action)",
                id -> c.sources().find(id).map(Source::citation).orElse(id));
    }
}
