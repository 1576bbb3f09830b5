package org.cartellab.calibration;

import java.util.Arrays;
import org.hipparchus.analysis.interpolation.SplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * A natural cubic spline through knots, extended beyond them the way R's {@code spline(method = "natural")} does.
 *
 * <p>Inside the knots this is Hipparchus's natural spline (second derivative zero at both end knots). Hipparchus
 * refuses points outside the knots, so the extension is explicit here: R's {@code natural_spline} sets the quadratic
 * and cubic coefficients of the last piece to zero and evaluates the first piece with its cubic coefficient dropped
 * (its quadratic one is already zero), which makes the spline a straight line beyond either end knot with the slope
 * the spline has at that knot. Because the second derivative is zero there, the extension is twice continuously
 * differentiable. {@code NaturalCubicSplineTest} checks this against values printed by R 4.x.
 */
public final class NaturalCubicSpline {
    private final double[] x;
    private final double[] y;
    private final PolynomialSplineFunction inside;
    private final double leftSlope;
    private final double rightSlope;

    /** Knots {@code x} strictly increasing, at least three of them. */
    public NaturalCubicSpline(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException(x.length + " knot positions but " + y.length + " values");
        if (x.length < 3) throw new IllegalArgumentException("a natural cubic spline needs at least 3 knots, got " + x.length);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) throw new IllegalArgumentException("knot " + i + " is not finite");
            if (i > 0 && !(x[i] > x[i - 1])) throw new IllegalArgumentException("knot positions must increase strictly, at index " + i);
        }
        this.x = x.clone();
        this.y = y.clone();
        this.inside = new SplineInterpolator().interpolate(this.x, this.y);
        PolynomialSplineFunction slope = inside.polynomialSplineDerivative();
        this.leftSlope = slope.value(x[0]);
        this.rightSlope = slope.value(x[x.length - 1]);
    }

    public double value(double t) {
        int last = x.length - 1;
        if (t < x[0]) return y[0] + leftSlope * (t - x[0]);
        if (t > x[last]) return y[last] + rightSlope * (t - x[last]);
        return inside.value(t);
    }

    /** The slope at the first and last knot, which is also the slope of the linear extension on that side. */
    public double leftSlope() { return leftSlope; }

    public double rightSlope() { return rightSlope; }

    /**
     * R's {@code spline(x, y, n, method = "natural", xmin, xmax)$y}: the spline at {@code n} evenly spaced points
     * from {@code xmin} to {@code xmax}, both included.
     */
    public double[] sample(int n, double xmin, double xmax) {
        if (n < 2) throw new IllegalArgumentException("need at least 2 points, got " + n);
        double[] v = new double[n];
        for (int k = 0; k < n; k++) v[k] = value(xmin + (xmax - xmin) * k / (n - 1));
        return v;
    }

    public double[] knots() { return Arrays.copyOf(x, x.length); }
}
