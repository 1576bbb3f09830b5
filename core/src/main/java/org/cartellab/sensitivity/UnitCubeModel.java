package org.cartellab.sensitivity;

import java.util.List;

/**
 * A model as global sensitivity analysis sees it: named inputs scaled to [0, 1] and named outputs, f: [0,1]^d -> R^k.
 * Any engine (network, cohort, a test function) plugs into {@link SobolAnalysis} through this. Must be thread-safe.
 */
public interface UnitCubeModel {
    List<String> inputs();

    List<String> outputs();

    /** The outputs at point {@code u} (length {@code inputs().size()}, each coordinate in [0, 1]). */
    double[] value(double[] u);
}
