package org.cartellab.uncertainty;

import java.io.Serializable;
import org.cartellab.model.ModelParameters;
import org.cartellab.network.NetworkParameters;

/**
 * The box of network parameters the authors searched when calibrating (Prieto-Curiel, Campedelli and Hope,
 * Science 381:1312, 2023, supplementary methods; declared in ModelParameters.NETWORK): rho in [2, 3]e-3, eta in [110, 120],
 * theta in [1, 2]e-8, omega in [4, 10]e-8, C0 in [110, 115]e3. Maps the unit cube onto it linearly.
 */
public record CalibrationBounds(NetworkParameters low, NetworkParameters high) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The paper's bounds, from the parameter declarations (the calibration's {@code ParameterBounds.PAPER} reads them here). */
    public static final CalibrationBounds PAPER = new CalibrationBounds(
            NetworkParameters.fromArray(ModelParameters.NETWORK.calibrationLow()),
            NetworkParameters.fromArray(ModelParameters.NETWORK.calibrationHigh()));

    public CalibrationBounds {
        double[] lo = low.toArray();
        double[] hi = high.toArray();
        for (int k = 0; k < lo.length; k++) {
            if (!(lo[k] <= hi[k])) {
                throw new IllegalArgumentException("bound for " + NetworkParameters.NAMES.get(k) + ": low " + lo[k] + " > high " + hi[k]);
            }
        }
    }

    /** The parameters at point {@code u} of the unit cube (one coordinate per parameter, in NAMES order). */
    public NetworkParameters at(double[] u) {
        if (u.length != NetworkParameters.NAMES.size()) throw new IllegalArgumentException("expected 5 coordinates, got " + u.length);
        double[] lo = low.toArray();
        double[] hi = high.toArray();
        double[] v = new double[lo.length];
        for (int k = 0; k < v.length; k++) {
            if (!(u[k] >= 0 && u[k] <= 1)) throw new IllegalArgumentException("coordinate " + k + " must be in [0, 1], got " + u[k]);
            v[k] = lo[k] + u[k] * (hi[k] - lo[k]);
        }
        return NetworkParameters.fromArray(v);
    }

    /** NetworkParameters is not Serializable, so Java serialization goes through plain arrays. */
    private Object writeReplace() { return new Proxy(low.toArray(), high.toArray()); }

    private record Proxy(double[] low, double[] high) implements Serializable {
        private Object readResolve() { return new CalibrationBounds(NetworkParameters.fromArray(low), NetworkParameters.fromArray(high)); }
    }

    /** Whether every parameter lies within the bounds. */
    public boolean contains(NetworkParameters p) {
        double[] lo = low.toArray();
        double[] hi = high.toArray();
        double[] v = p.toArray();
        for (int k = 0; k < v.length; k++) if (v[k] < lo[k] || v[k] > hi[k]) return false;
        return true;
    }
}
