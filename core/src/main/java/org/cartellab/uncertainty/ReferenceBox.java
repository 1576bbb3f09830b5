package org.cartellab.uncertainty;

import java.io.Serializable;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.network.NetworkParameters;

/**
 * ASSUMPTION, an alternative to the calibration posterior (the default; {@code reference-box} on the command line):
 * the five network parameters drawn independently
 * and uniformly from {@code [ref (1 - h), ref (1 + h)]} around the published fit, each interval cut to the paper's
 * calibration bounds ({@link CalibrationBounds#PAPER}). The default half-width h = 5 % is a guess of how well the fit
 * pins each parameter, not an estimate; the range worth exploring is 2 % to 20 %. Since eta, omega and C0 sit on
 * a calibration bound, their boxes are one-sided.
 */
public record ReferenceBox(NetworkParameters reference, double halfWidth, CalibrationBounds bounds)
        implements ParameterDistribution, Serializable {
    private static final long serialVersionUID = 1L;

    /** Half-width of the default box, as a fraction of each reference value (an assumption; range 0.02 to 0.20). */
    public static final double DEFAULT_HALF_WIDTH = 0.05;

    public ReferenceBox {
        if (!(halfWidth >= 0 && halfWidth < 1)) throw new IllegalArgumentException("half-width must be in [0, 1), got " + halfWidth);
        if (!bounds.contains(reference)) throw new IllegalArgumentException("reference parameters outside the calibration bounds: " + reference);
    }

    /** The default: 5 % around {@link NetworkParameters#REFERENCE} within the paper's bounds. */
    public static ReferenceBox standard() {
        return new ReferenceBox(NetworkParameters.REFERENCE, DEFAULT_HALF_WIDTH, CalibrationBounds.PAPER);
    }

    /** NetworkParameters is not Serializable, so Java serialization goes through plain values. */
    private Object writeReplace() { return new Proxy(reference.toArray(), halfWidth, bounds); }

    private record Proxy(double[] reference, double halfWidth, CalibrationBounds bounds) implements Serializable {
        private Object readResolve() { return new ReferenceBox(NetworkParameters.fromArray(reference), halfWidth, bounds); }
    }

    /** Lower corner of the box. */
    public NetworkParameters low() { return corner(-1); }

    /** Upper corner of the box. */
    public NetworkParameters high() { return corner(+1); }

    private NetworkParameters corner(int sign) {
        double[] r = reference.toArray();
        double[] lo = bounds.low().toArray();
        double[] hi = bounds.high().toArray();
        double[] v = new double[r.length];
        for (int k = 0; k < r.length; k++) v[k] = Math.min(hi[k], Math.max(lo[k], r[k] * (1 + sign * halfWidth)));
        return NetworkParameters.fromArray(v);
    }

    @Override
    public NetworkParameters sample(UniformRandomProvider rng) {
        double[] lo = low().toArray();
        double[] hi = high().toArray();
        double[] v = new double[lo.length];
        for (int k = 0; k < v.length; k++) v[k] = lo[k] + rng.nextDouble() * (hi[k] - lo[k]);
        return NetworkParameters.fromArray(v);
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT,
                "ASSUMPTION: independent uniform draws within +/-%.0f%% of the published fit, cut to the paper's calibration bounds",
                100 * halfWidth);
    }
}
