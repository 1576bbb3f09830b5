package org.cartellab.network;

import java.util.Arrays;

/**
 * Everything a weekly row needs, as functions of the cardinal weights of one step's dense output
 * ({@link StepPolynomial}), so that a week costs a few dozen flops instead of a pass over all organisations.
 *
 * <p>On a step, the state is {@code y = sum_d w_d x_d} for the step's condition vectors {@code x_d}. Total
 * members and the cumulative flows are linear in y; exits ({@code omega sum C_i^2}) and casualties
 * ({@code theta sum_i C_i (K C)_i}, see {@link ConflictNetwork#conflictTotal}) are quadratic. So once per step we
 * take the linear sums and the (degree + 1)^2 second moments of the x_d, and each week evaluates
 * {@code w' M w}. Rounding stays at the level of the direct computation: the cardinal weights are O(1) and the
 * terms do not cancel (checked against the direct path at every week in StepPolynomialTest). Not thread-safe.
 */
final class StepMoments {
    private final ConflictNetwork network;
    private final int n;
    private final int m;
    /** The members of the condition vectors, interleaved: x_d[i] at [i * m + d]. */
    private final double[] interleaved;
    private final double[] total;
    private final double[][] cumulative;
    private final double[] squares;
    private final double[] pairs;
    private final double[] linear;
    private final double[] quadratic;

    /** @param conditions number of condition vectors (the dense output's degree + 1) */
    StepMoments(ConflictNetwork network, int conditions) {
        this.network = network;
        this.n = network.size();
        this.m = conditions;
        this.interleaved = new double[n * m];
        this.total = new double[m];
        this.cumulative = new double[4][m];
        this.squares = new double[m * m];
        this.pairs = new double[m * m];
        this.linear = new double[m];
        this.quadratic = new double[m * m];
    }

    /** Takes the moments of the condition vectors (members first, then the four cumulative flows). */
    void prepare(double[][] x) {
        if (x.length != m) throw new IllegalArgumentException("expected " + m + " condition vectors, got " + x.length);
        for (int d = 0; d < m; d++) {
            double[] xd = x[d];
            for (int k = 0; k < 4; k++) cumulative[k][d] = xd[n + k];
            for (int i = 0; i < n; i++) interleaved[i * m + d] = xd[i];
        }
        Arrays.fill(total, 0);
        Arrays.fill(squares, 0);
        for (int i = 0; i < n; i++) {
            int base = i * m;
            for (int d = 0; d < m; d++) {
                double xd = interleaved[base + d];
                total[d] += xd;
                int row = d * m;
                for (int e = 0; e < m; e++) squares[row + e] += xd * interleaved[base + e];
            }
        }
        network.conflictMoments(interleaved, m, pairs, linear, quadratic);
    }

    /** Total members. */
    double total(double[] w) { return dot(total, 0, w); }

    /** Cumulative flow k (NetworkDynamics.CUM_*). */
    double cumulative(int k, double[] w) { return dot(cumulative[k], 0, w); }

    /** {@code sum_i C_i^2}. */
    double squares(double[] w) { return form(squares, w); }

    /** {@code sum_i C_i (K C)_i} given total members T. */
    double conflictTotal(double[] w, double totalMembers) {
        return form(pairs, w) + totalMembers * dot(linear, 0, w) - form(quadratic, w);
    }

    private double dot(double[] a, int offset, double[] w) {
        double s = 0;
        for (int d = 0; d < m; d++) s += a[offset + d] * w[d];
        return s;
    }

    private double form(double[] a, double[] w) {
        double s = 0;
        for (int d = 0; d < m; d++) s += w[d] * dot(a, d * m, w);
        return s;
    }
}
