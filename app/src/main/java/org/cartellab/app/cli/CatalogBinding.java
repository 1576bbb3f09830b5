package org.cartellab.app.cli;

import java.nio.file.Path;
import org.cartellab.app.i18n.Messages;
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
    static CourseOfActionSource source(Path userFolder) { return source(userFolder, Messages.english()); }

    /** {@link #source(Path)} described in {@code t}'s language ("bundled catalog (22 courses of action)"). */
    static CourseOfActionSource source(Path userFolder, Messages t) {
        Catalog c = userFolder == null ? Catalog.bundled() : CatalogLoader.standard().load(userFolder);
        String what = userFolder == null ? t.get("catalog.bundled", c.size()) : t.get("catalog.bundled_with", userFolder, c.size());
        return CourseOfActionSource.of(c.all(), what, id -> c.sources().find(id).map(Source::citation).orElse(id));
    }
}
