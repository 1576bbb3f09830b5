package org.cartellab.app.web;

/**
 * Runs a comparison of courses of action for the web app. The lead binds the real one (ComparisonRunner and its
 * decision matrix) at merge; until then {@link #unavailable()} makes POST /api/compare answer 503.
 */
public interface ComparisonProvider {
    boolean available();

    /** The decision matrix for the requested courses; throws {@link ApiException} (4xx) for unknown ids. */
    ComparisonTable compare(ComparisonRequest request);

    static ComparisonProvider unavailable() {
        return new ComparisonProvider() {
            @Override
            public boolean available() { return false; }

            @Override
            public ComparisonTable compare(ComparisonRequest request) { throw ApiException.of(503, "comparison_unavailable"); }
        };
    }
}
