package org.cartellab.app.cli;

import org.cartellab.policy.CourseOfActionSource;

/**
 * Where the CLI takes its courses of action from. Until the catalog is merged there is none, and commands that need
 * it stop with this message; at merge, bind {@link #source()} to the catalog loader (see docs/comparison.md).
 */
final class CatalogBinding {
    private CatalogBinding() {}

    static CourseOfActionSource source() {
        return CourseOfActionSource.unavailable("no course-of-action catalog is available in this build, so there is nothing to compare "
                + "(the catalog ships with the CatalogLoader merge)");
    }
}
