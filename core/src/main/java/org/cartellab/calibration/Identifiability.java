package org.cartellab.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cartellab.network.NetworkParameters;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Local identifiability of a least-squares optimum: the Gauss-Newton curvature {@code H = 2 J^T J} of the loss in
 * scaled coordinates (J the central-difference Jacobian of the model's weekly series with respect to the five scaled
 * parameters), its eigen-decomposition, and the Laplace covariance {@code s2 H^-1}, {@code s2 = 2 L / (n_eff - p)},
 * with {@code n_eff} the number of independent observations behind the target (10 yearly values, not 520 spline
 * points, which are a deterministic function of them).
 *
 * <p>Why Gauss-Newton and not second differences of the loss: the loss's curvature spans six orders of magnitude
 * across directions, and second differences of a loss near 4e4 drown the flat directions (the ones that matter) in
 * truncation and integrator error; first differences of the model series do not cancel that way, and {@code J^T J}
 * is positive semi-definite by construction. It is also the Fisher information of the Gaussian error model. It drops
 * the term {@code sum r_k d2m_k}, small where the model fits.
 *
 * <p>A flat direction is an eigenvector along which the Laplace standard deviation {@code sqrt(s2 / lambda)}
 * exceeds {@link #POORLY_DETERMINED} of the bound width (or whose eigenvalue is not positive): along it the data
 * leave the parameters free within the paper's bounds. The parameters that dominate a flat direction (component of
 * magnitude 0.5 or more) are reported as not pinned down. Marginal standard deviations need a positive definite
 * curvature; conditional ones ({@code sqrt(s2 / H_ii)}, the others held at the optimum) always exist and are a lower
 * bound on the marginal ones. The differences may step a little outside the box: the model is defined there, so an
 * optimum on a bound still gets a two-sided derivative.
 *
 * @param gradient    gradient of the loss, {@code -2 J^T r} (non-zero at an optimum on a bound)
 * @param hessian     the loss's Gauss-Newton curvature {@code 2 J^T J} in scaled coordinates
 * @param eigenvalues ascending
 * @param eigenvectors eigenvectors[k] belongs to eigenvalues[k], unit length, largest component positive
 * @param sd          Laplace standard deviation per parameter, scaled units (share of the bound width); NaN if the
 *                    Hessian is not positive definite
 * @param conditionalSd {@code sqrt(s2 / H_ii)}, scaled units
 * @param correlation Laplace correlation matrix (NaN if not positive definite)
 */
public record Identifiability(double[] point, double loss, double step, int effectiveObservations, double[] gradient,
                              double[][] hessian, double[] eigenvalues, double[][] eigenvectors, double[] sd,
                              double[] conditionalSd, double[][] correlation, boolean positiveDefinite) {

    /** Laplace standard deviation (scaled) above which a parameter counts as not pinned down by the data. */
    public static final double POORLY_DETERMINED = 0.25;
    /** Default finite-difference step in scaled coordinates (0.1 % of each range). */
    public static final double DEFAULT_STEP = 1e-3;

    public static Identifiability at(CalibrationProblem problem, double[] u, double h, int effectiveObservations) {
        int d = u.length;
        if (effectiveObservations <= d) throw new IllegalArgumentException("need more independent observations (" + effectiveObservations + ") than parameters (" + d + ")");
        ParameterBounds bounds = problem.bounds();
        double[] observed = problem.observedVector();
        double[] model = problem.modelVector(problem.simulate(bounds.fromScaled(u)));
        int n = observed.length;
        double f0 = 0;
        for (int k = 0; k < n; k++) f0 += (observed[k] - model[k]) * (observed[k] - model[k]);
        double[][] jac = new double[d][];
        for (int i = 0; i < d; i++) {
            double[] plus = problem.modelVector(problem.simulate(bounds.fromScaled(shift(u, i, h))));
            double[] minus = problem.modelVector(problem.simulate(bounds.fromScaled(shift(u, i, -h))));
            jac[i] = new double[n];
            for (int k = 0; k < n; k++) jac[i][k] = (plus[k] - minus[k]) / (2 * h);
        }
        double[][] hess = new double[d][d];
        double[] grad = new double[d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < n; k++) grad[i] -= 2 * jac[i][k] * (observed[k] - model[k]);
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) s += jac[i][k] * jac[j][k];
                hess[i][j] = hess[j][i] = 2 * s;
            }
        }
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(hess));
        double[] values = eig.getEigenvalues(); // Hipparchus sorts these descending
        double[] asc = new double[d];
        double[][] vecs = new double[d][];
        for (int k = 0; k < d; k++) {
            asc[k] = values[d - 1 - k];
            double[] v = eig.getEigenvector(d - 1 - k).toArray();
            int big = 0;
            for (int i = 1; i < d; i++) if (Math.abs(v[i]) > Math.abs(v[big])) big = i;
            if (v[big] < 0) for (int i = 0; i < d; i++) v[i] = -v[i];
            vecs[k] = v;
        }
        boolean pd = asc[0] > 0;
        double[] sd = new double[d];
        double[][] corr = new double[d][d];
        double s2 = 2 * f0 / (effectiveObservations - d);
        double[] condSd = new double[d];
        for (int i = 0; i < d; i++) condSd[i] = hess[i][i] > 0 ? Math.sqrt(s2 / hess[i][i]) : Double.POSITIVE_INFINITY;
        if (pd && asc[0] > 1e-14 * asc[d - 1]) {
            // inverse from the eigenpairs (Hipparchus's solver calls a matrix this ill-conditioned singular)
            double[][] inv = new double[d][d];
            for (int k = 0; k < d; k++) {
                for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) inv[i][j] += vecs[k][i] * vecs[k][j] / asc[k];
            }
            for (int i = 0; i < d; i++) sd[i] = Math.sqrt(s2 * inv[i][i]);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) corr[i][j] = inv[i][j] / Math.sqrt(inv[i][i] * inv[j][j]);
            }
        } else {
            pd = false;
            Arrays.fill(sd, Double.NaN);
            for (double[] row : corr) Arrays.fill(row, Double.NaN);
        }
        return new Identifiability(u.clone(), f0, h, effectiveObservations, grad, hess, asc, vecs, sd, condSd, corr, pd);
    }

    private static double[] shift(double[] u, int i, double di) {
        double[] v = u.clone();
        v[i] += di;
        return v;
    }

    /** {@code 2 L / (n_eff - p)}: the residual variance scale of the Laplace approximation. */
    public double residualScale() { return 2 * loss / (effectiveObservations - point.length); }

    /** Laplace standard deviation along eigenvector {@code k} (scaled units); infinite if its eigenvalue is <= 0. */
    public double directionSd(int k) {
        return eigenvalues[k] > 0 ? Math.sqrt(residualScale() / eigenvalues[k]) : Double.POSITIVE_INFINITY;
    }

    /** Indices of the flat eigen-directions: sd along them above {@link #POORLY_DETERMINED}. */
    public List<Integer> flatDirections() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < eigenvalues.length; k++) if (directionSd(k) > POORLY_DETERMINED) out.add(k);
        return out;
    }

    /** Names of the parameters that dominate a flat direction (|component| >= 0.5), in parameter order. */
    public List<String> poorlyDetermined() {
        boolean[] weak = new boolean[point.length];
        for (int k : flatDirections()) {
            for (int i = 0; i < point.length; i++) if (Math.abs(eigenvectors[k][i]) >= 0.5) weak[i] = true;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < weak.length; i++) if (weak[i]) out.add(NetworkParameters.NAMES.get(i));
        return out;
    }

    /** The parameters not in {@link #poorlyDetermined()}. */
    public List<String> wellDetermined() {
        List<String> out = new ArrayList<>(NetworkParameters.NAMES);
        out.removeAll(poorlyDetermined());
        return out;
    }

    /** {@code eigenvalues[last] / eigenvalues[0]}; infinite if the smallest is not positive. */
    public double conditionNumber() {
        return eigenvalues[0] > 0 ? eigenvalues[eigenvalues.length - 1] / eigenvalues[0] : Double.POSITIVE_INFINITY;
    }

    /** A readable form of eigenvector {@code k}, e.g. "+0.71 conflict -0.70 saturation" (components above 0.1). */
    public String describeDirection(int k) {
        StringBuilder sb = new StringBuilder();
        double[] v = eigenvectors[k];
        for (int i = 0; i < v.length; i++) {
            if (Math.abs(v[i]) < 0.1) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(String.format(Locale.ROOT, "%+.2f %s", v[i], NetworkParameters.NAMES.get(i)));
        }
        return sb.toString();
    }
}
