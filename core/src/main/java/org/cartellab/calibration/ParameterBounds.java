package org.cartellab.calibration;

import org.cartellab.network.NetworkParameters;
import org.cartellab.uncertainty.CalibrationBounds;

/**
 * A box for the five network parameters, and the map to scaled coordinates in which the box is {@code [0,1]^5}
 * (every optimiser, Hessian and sampler here works in those, so that a step means the same share of each range).
 */
public record ParameterBounds(NetworkParameters lower, NetworkParameters upper) {
    /**
     * The paper's calibration bounds (declared in ModelParameters.NETWORK): rho in [2,3]e-3, eta in [110,120],
     * theta in [1,2]e-8, omega in [4,10]e-8, C0 in [110,115]e3.
     */
    public static final ParameterBounds PAPER = new ParameterBounds(CalibrationBounds.PAPER.low(), CalibrationBounds.PAPER.high());

    public ParameterBounds {
        double[] lo = lower.toArray();
        double[] hi = upper.toArray();
        for (int i = 0; i < lo.length; i++) {
            if (!(hi[i] > lo[i])) throw new IllegalArgumentException("bound for " + NetworkParameters.NAMES.get(i) + ": upper " + hi[i] + " must exceed lower " + lo[i]);
        }
    }

    public int dimension() { return NetworkParameters.NAMES.size(); }

    /** Scaled coordinates of {@code p}; values outside [0,1] mean outside the box. */
    public double[] toScaled(NetworkParameters p) {
        double[] v = p.toArray();
        double[] lo = lower.toArray();
        double[] hi = upper.toArray();
        for (int i = 0; i < v.length; i++) v[i] = (v[i] - lo[i]) / (hi[i] - lo[i]);
        return v;
    }

    /** Parameters at scaled coordinates {@code u} (not restricted to the box; the model needs values >= 0). */
    public NetworkParameters fromScaled(double[] u) {
        double[] lo = lower.toArray();
        double[] hi = upper.toArray();
        double[] v = new double[lo.length];
        for (int i = 0; i < v.length; i++) v[i] = lo[i] + u[i] * (hi[i] - lo[i]);
        return NetworkParameters.fromArray(v);
    }

    /** Width of parameter {@code i}'s range in natural units. */
    public double width(int i) { return upper.toArray()[i] - lower.toArray()[i]; }

    public boolean contains(double[] u) {
        for (double x : u) if (!(x >= 0 && x <= 1)) return false;
        return true;
    }
}
