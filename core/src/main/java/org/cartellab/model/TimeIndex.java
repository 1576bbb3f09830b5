package org.cartellab.model;

/**
 * A dimensionless index k(t) over model weeks that weights indexed {@link ParameterChange}s (Mexico's cooperation,
 * 1 = today's), with the weeks where it jumps or bends.
 */
public interface TimeIndex {
    /** k at model week t. */
    double at(double week);

    /** Weeks where k jumps or its slope changes, ascending. */
    double[] breakpoints();

    /** k = 1 throughout. */
    TimeIndex ONE = new TimeIndex() {
        @Override
        public double at(double week) { return 1; }

        @Override
        public double[] breakpoints() { return new double[0]; }

        @Override
        public String toString() { return "1"; }
    };
}
