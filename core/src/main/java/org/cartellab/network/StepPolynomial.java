package org.cartellab.network;

import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;

/**
 * The integrator's own dense output over one accepted step, rebuilt once per step so that many weekly samples inside
 * the step cost a few multiply-adds each instead of a full Hipparchus interpolation.
 *
 * <p>An embedded Runge-Kutta method's continuous extension is, on each step, a polynomial of fixed degree {@code p}
 * in the normalised time {@code s = (t - t_a) / (t_b - t_a)} (degree 7 for Dormand-Prince 8(5,3), 4 for
 * Dormand-Prince 5(4)). Such a polynomial is fixed by {@code p + 1} Hermite conditions. Four come free with the
 * step (state and derivative at both ends, which Hipparchus stores with it); the other {@code p - 3} are the state
 * and derivative at evenly spaced interior points, which are the only calls to Hipparchus's interpolator (two per
 * step for degree 7). Any later sample is then {@code y(s) = sum_d w_d(s) data_d}, with cardinal weights
 * {@code w_d(s)} from a precomputed inverse of the confluent Vandermonde matrix. This reproduces Hipparchus's
 * interpolant to rounding error (checked in {@code StepPolynomialTest}, for every week of a run, against
 * Hipparchus's own interpolation), so it changes the cost of sampling, not the numbers.
 *
 * <p>Works on restricted steps too (after an event): the restriction of a degree-p polynomial is one. Not
 * thread-safe; one instance per integration.
 */
final class StepPolynomial {
    private final int degree;
    /** {@code cardinal[d][m]}: coefficient of u^m (u = 2s - 1) in the cardinal polynomial of condition d. */
    private final double[][] cardinal;
    private final double[] interiorNodes;
    /** Conditions: y(0), h y'(0), y(1), h y'(1), then per interior node y(s_j) and, while needed, h y'(s_j). */
    private final double[][] data;
    private final double[] weights;
    private final double[] powers;
    private double start;
    private double length;
    private boolean fitted;

    /**
     * @param degree degree of the integrator's continuous extension in normalised time (at least 3)
     * @param dimension number of state components
     */
    /** The cardinal matrices by degree: the same for every step and run, so computed once (read only). */
    private static final java.util.Map<Integer, double[][]> CARDINALS = new java.util.concurrent.ConcurrentHashMap<>();

    StepPolynomial(int degree, int dimension) {
        if (degree < 3) throw new IllegalArgumentException("degree must be >= 3, got " + degree);
        this.degree = degree;
        int conditions = degree + 1;
        int interior = (degree - 3 + 1) / 2;
        this.interiorNodes = new double[interior];
        for (int j = 0; j < interior; j++) interiorNodes[j] = (j + 1.0) / (interior + 1);
        this.cardinal = CARDINALS.computeIfAbsent(degree, d -> confluentVandermondeInverse(d, interiorNodes).transpose().getData());
        this.data = new double[conditions][dimension];
        this.weights = new double[conditions];
        this.powers = new double[conditions];
    }

    /** Number of Hipparchus interpolations one {@link #fit} costs. */
    int interpolationsPerFit() { return interiorNodes.length; }

    /** Rebuilds the polynomial for the step the interpolator covers (its soft bounds, if restricted). */
    void fit(ODEStateInterpolator step) {
        ODEStateAndDerivative a = step.getPreviousState();
        ODEStateAndDerivative b = step.getCurrentState();
        start = a.getTime();
        length = b.getTime() - start;
        copy(a.getPrimaryState(), data[0], 1);
        copy(a.getPrimaryDerivative(), data[1], length);
        copy(b.getPrimaryState(), data[2], 1);
        copy(b.getPrimaryDerivative(), data[3], length);
        int d = 4;
        for (double node : interiorNodes) {
            ODEStateAndDerivative inside = step.getInterpolatedState(start + node * length);
            copy(inside.getPrimaryState(), data[d++], 1);
            if (d <= degree) copy(inside.getPrimaryDerivative(), data[d++], length);
        }
        fitted = true;
    }

    private static void copy(double[] from, double[] to, double scale) {
        if (from.length != to.length) throw new IllegalStateException("state has " + from.length + " components, expected " + to.length);
        for (int i = 0; i < to.length; i++) to[i] = scale * from[i];
    }

    /** The condition vectors of the fitted step (owned by this object; read only). */
    double[][] conditions() { return data; }

    /**
     * Checks the states the fit used (both step ends and the interior points) for non-finite values and negative
     * populations; the first {@code cartels} components are organisations.
     */
    void checkStates(int cartels) {
        NetworkSimulator.check(start, data[0], cartels);
        NetworkSimulator.check(start + length, data[2], cartels);
        int d = 4;
        for (double node : interiorNodes) {
            NetworkSimulator.check(start + node * length, data[d], cartels);
            d += 2;
        }
    }

    /**
     * The cardinal weights at time {@code t} (inside the fitted step): the state there is
     * {@code sum_d w[d] conditions()[d]}. The array is reused by the next call.
     */
    double[] weightsAt(double t) {
        if (!fitted) throw new IllegalStateException("no step fitted");
        double u = 2 * (t - start) / length - 1;
        powers[0] = 1;
        for (int m = 1; m <= degree; m++) powers[m] = powers[m - 1] * u;
        for (int d = 0; d <= degree; d++) {
            double[] coefficients = cardinal[d];
            double w = 0;
            for (int m = 0; m <= degree; m++) w += powers[m] * coefficients[m];
            weights[d] = w;
        }
        return weights;
    }

    /** Writes the state at time {@code t} (inside the fitted step) into {@code out}. */
    void stateAt(double t, double[] out) {
        weightsAt(t);
        if (degree == 4) {
            combineFive(out);
            return;
        }
        int dim = out.length;
        double w0 = weights[0];
        double[] d0 = data[0];
        for (int i = 0; i < dim; i++) out[i] = w0 * d0[i];
        for (int d = 1; d <= degree; d++) {
            double w = weights[d];
            double[] dd = data[d];
            for (int i = 0; i < dim; i++) out[i] += w * dd[i];
        }
    }

    /** The degree-4 case (Dormand-Prince 5(4)) in one pass over the state, which the JIT vectorises. */
    private void combineFive(double[] out) {
        double w0 = weights[0], w1 = weights[1], w2 = weights[2], w3 = weights[3], w4 = weights[4];
        double[] d0 = data[0], d1 = data[1], d2 = data[2], d3 = data[3], d4 = data[4];
        for (int i = 0; i < out.length; i++) {
            out[i] = (w0 * d0[i] + w1 * d1[i]) + (w2 * d2[i] + w3 * d3[i]) + w4 * d4[i];
        }
    }

    /**
     * Inverse of the matrix whose rows apply the conditions (in {@link #data}'s order) to the monomials
     * u^0..u^degree of the centred variable {@code u = 2s - 1}, whose Vandermonde matrix is far better conditioned
     * than that of s on [0, 1]; row m of the result gives monomial coefficient m as a combination of the conditions.
     */
    private static RealMatrix confluentVandermondeInverse(int degree, double[] nodes) {
        int size = degree + 1;
        double[][] v = new double[size][size];
        int row = 0;
        double[] points = new double[nodes.length + 2];
        points[0] = 0;
        points[1] = 1;
        System.arraycopy(nodes, 0, points, 2, nodes.length);
        for (double s : points) {
            for (int derivative = 0; derivative <= 1 && row < size; derivative++, row++) {
                double u = 2 * s - 1;
                for (int m = 0; m < size; m++) {
                    // d/ds u^m = 2 m u^(m-1): derivative conditions are in s, as the data are (h y')
                    v[row][m] = derivative == 0 ? Math.pow(u, m) : (m == 0 ? 0 : 2 * m * Math.pow(u, m - 1));
                }
            }
        }
        return new LUDecomposition(MatrixUtils.createRealMatrix(v)).getSolver().getInverse();
    }
}
