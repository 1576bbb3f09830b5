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

    /**
     * Fills {@code dy} (members' derivatives, then the four flows) and returns nothing; the flows are the weekly
     * rates at time t.
     */
    void flows(double t, double[] y, double[] dy) {
        NetworkParameters p = path.at(t);
        double total = 0;
        for (int i = 0; i < n; i++) total += y[i];
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
        dy[n + CUM_INCAPACITATIONS] = total > 0 ? p.incapacitation() : 0;
        dy[n + CUM_DEATHS] = casualties;
        dy[n + CUM_EXITS] = exits;
    }

    int cartels() { return n; }
}
