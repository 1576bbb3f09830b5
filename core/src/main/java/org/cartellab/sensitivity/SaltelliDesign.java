package org.cartellab.sensitivity;

import java.io.Serializable;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol indices (Saltelli et al. 2010, Comput. Phys. Commun. 181:259): a base of N
 * points of a 2d-dimensional Sobol' sequence (Hipparchus {@link SobolSequenceGenerator}, Joe-Kuo direction
 * numbers, the all-zero first point skipped) split into matrices A (first d columns) and B (last d); the model is
 * evaluated on A, B and the d matrices AB_i (A with column i taken from B): N (d + 2) rows in all. Row
 * {@code r} is base point {@code r / (d + 2)}, matrix {@code r % (d + 2)} (0 = A, 1 = B, 2 + i = AB_i).
 */
public record SaltelliDesign(int baseSize, int dimension, double[][] base) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SaltelliDesign {
        if (baseSize < 2) throw new IllegalArgumentException("need at least 2 base points, got " + baseSize);
        if (dimension < 1) throw new IllegalArgumentException("need at least 1 input, got " + dimension);
        if (base.length != baseSize) throw new IllegalArgumentException("base has " + base.length + " points, expected " + baseSize);
    }

    /** N base points for d inputs. Powers of two keep the Sobol' sequence balanced. */
    public static SaltelliDesign of(int baseSize, int dimension) {
        if (baseSize < 2) throw new IllegalArgumentException("need at least 2 base points, got " + baseSize);
        SobolSequenceGenerator g = new SobolSequenceGenerator(2 * dimension);
        g.nextVector(); // the first point is all zeros; dropping it is the usual practice
        double[][] base = new double[baseSize][];
        for (int j = 0; j < baseSize; j++) base[j] = g.nextVector();
        return new SaltelliDesign(baseSize, dimension, base);
    }

    /** Model evaluations needed: N (d + 2). */
    public long rows() { return (long) baseSize * (dimension + 2); }

    /** The input point of row {@code r}. */
    public double[] point(long r) {
        if (r < 0 || r >= rows()) throw new IllegalArgumentException("row " + r + " outside 0.." + (rows() - 1));
        int j = (int) (r / (dimension + 2));
        int k = (int) (r % (dimension + 2));
        double[] b = base[j];
        double[] u = new double[dimension];
        if (k == 1) {
            System.arraycopy(b, dimension, u, 0, dimension);
        } else {
            System.arraycopy(b, 0, u, 0, dimension);
            if (k >= 2) u[k - 2] = b[dimension + k - 2];
        }
        return u;
    }
}
