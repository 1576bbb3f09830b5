package org.cartellab.network;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * The network model's right-hand side, {@code dC_i/dt = C_i (rho - eta/T - theta (K C)_i - omega C_i)}, extended
 * with four accumulators (recruits, incapacitations, casualties, exits) so cumulative flows are integrated exactly.
 * Not thread-safe (reuses a scratch buffer): one instance per integration.
 */
final class NetworkDynamics implements OrdinaryDifferentialEquation {
    static final int CUM_RECRUITS = 0;
    static final int CUM_INCAPACITATIONS = 1;
    static final int CUM_DEATHS = 2;
    static final int CUM_EXITS = 3;

    /** Where {@link #weeklyRates} puts total members; the four flows follow at {@code 1 + CUM_*}. */
    static final int TOTAL = 0;
    /** Where {@link #weeklyRates} puts the smallest organisation's members (for the negative-population check). */
    static final int SMALLEST = 5;
    /** Length of the array {@link #weeklyRates} fills. */
    static final int RATES = 6;

    private final ConflictNetwork network;
    private final ParameterPath path;
    private final int n;
    private final double[] pressure;

    NetworkDynamics(ConflictNetwork network, ParameterPath path) {
        this.network = network;
        this.path = path;
        this.n = network.size();
        this.pressure = new double[n];
    }

    @Override
    public int getDimension() { return n + 4; }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        double[] dy = new double[n + 4];
        flows(t, y, dy);
        return dy;
    }

    /** Fills {@code dy}: members' derivatives, then the four flows as weekly rates at time t. */
    void flows(double t, double[] y, double[] dy) {
        NetworkParameters p = path.at(t);
        double total = total(y);
        network.conflictPressure(y, total, pressure);
        double perCapitaLoss = p.incapacitation() / total;
        double casualties = 0;
        double exits = 0;
        for (int i = 0; i < n; i++) {
            double c = y[i];
            double conflict = p.conflict() * pressure[i] * c;
            double saturation = p.saturation() * c * c;
            casualties += conflict;
            exits += saturation;
            dy[i] = c * (p.recruitment() - perCapitaLoss) - conflict - saturation;
        }
        dy[n + CUM_RECRUITS] = p.recruitment() * total;
        // Sum of C_i eta/T is eta for any T != 0: keeping it unconditional keeps conservation exact in trial stages.
        dy[n + CUM_INCAPACITATIONS] = p.incapacitation();
        dy[n + CUM_DEATHS] = casualties;
        dy[n + CUM_EXITS] = exits;
    }

    /**
     * What a weekly row needs at state {@code y}, without the per-organisation derivatives: total members, the four
     * flows as weekly rates at time t (the same quantities {@link #flows} integrates; casualties through
     * {@link ConflictNetwork#conflictTotal}, so without the vector K C), and the smallest organisation. Sums use two
     * interleaved accumulators, which halves their latency chains.
     */
    void weeklyRates(double t, double[] y, double[] out) {
        NetworkParameters p = path.at(t);
        double totalA = 0;
        double totalB = 0;
        double squaresA = 0;
        double squaresB = 0;
        double smallest = Double.POSITIVE_INFINITY;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double a = y[i];
            double b = y[i + 1];
            totalA += a;
            totalB += b;
            squaresA += a * a;
            squaresB += b * b;
            smallest = Math.min(smallest, Math.min(a, b));
        }
        if (i < n) {
            totalA += y[i];
            squaresA += y[i] * y[i];
            smallest = Math.min(smallest, y[i]);
        }
        double total = totalA + totalB;
        out[TOTAL] = total;
        out[1 + CUM_RECRUITS] = p.recruitment() * total;
        out[1 + CUM_INCAPACITATIONS] = p.incapacitation();
        out[1 + CUM_DEATHS] = p.conflict() * network.conflictTotal(y, total);
        out[1 + CUM_EXITS] = p.saturation() * (squaresA + squaresB);
        out[SMALLEST] = smallest;
    }

    /**
     * The same row quantities as {@link #weeklyRates(double, double[], double[])} for the state
     * {@code sum_d w_d x_d} of a step whose moments are {@code moments}, without forming that state; the smallest
     * organisation is not available this way and is set to NaN (the caller checks the step's states instead).
     */
    void weeklyRates(double t, StepMoments moments, double[] w, double[] out) {
        NetworkParameters p = path.at(t);
        double total = moments.total(w);
        out[TOTAL] = total;
        out[1 + CUM_RECRUITS] = p.recruitment() * total;
        out[1 + CUM_INCAPACITATIONS] = p.incapacitation();
        out[1 + CUM_DEATHS] = p.conflict() * moments.conflictTotal(w, total);
        out[1 + CUM_EXITS] = p.saturation() * moments.squares(w);
        out[SMALLEST] = Double.NaN;
    }

    ConflictNetwork network() { return network; }

    private double total(double[] y) {
        double a = 0;
        double b = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            a += y[i];
            b += y[i + 1];
        }
        if (i < n) a += y[i];
        return a + b;
    }

    int cartels() { return n; }
}
