package org.cartellab.network;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;

/**
 * Removes an organisation from the model when its members fall to {@code threshold}: {@code g} is the smallest
 * member count among organisations still present minus the threshold; at its root the handler sets every present
 * organisation at or below the threshold to exactly zero and adds what it had to the cumulative exits (so members
 * still change by exactly recruits - incapacitations - casualties - exits). The handler stops the integration at the
 * root; {@link NetworkSimulator} removes the organisation and restarts a fresh integrator from there. Checked at step ends (like
 * {@link CollapseDetector}); a small organisation's decline is monotone near the threshold, and a crossing between
 * step ends shows as a sign change at the step end, which is then located by the root finder.
 */
final class ExtinctionDetector implements ODEEventDetector {
    private final int n;
    private final double threshold;
    private final ConflictNetwork network;
    private final List<Extinction> extinctions = new ArrayList<>();
    private boolean fired;

    ExtinctionDetector(ConflictNetwork network, double threshold) {
        this.network = network;
        this.n = network.size();
        this.threshold = threshold;
    }

    List<Extinction> extinctions() { return extinctions; }

    @Override
    public AdaptableInterval getMaxCheckInterval() { return s -> Double.POSITIVE_INFINITY; }

    @Override
    public int getMaxIterationCount() { return 100; }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() { return new BracketingNthOrderBrentSolver(1e-10, 1e-6, 1e-15, 5); }

    @Override
    public double g(ODEStateAndDerivative state) {
        double[] y = state.getPrimaryState();
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double c = y[i];
            if (c != 0 && c < smallest) smallest = c;
        }
        return smallest == Double.POSITIVE_INFINITY ? 1 : smallest - threshold;
    }

    @Override
    public ODEEventHandler getHandler() {
        return (state, detector, increasing) -> {
            if (increasing) return Action.CONTINUE;
            fired = true;
            return Action.STOP;
        };
    }

    /** Whether the last integration stopped at an extinction. */
    boolean fired() { return fired; }

    /** Before each integration: no extinction seen yet. */
    void arm() { fired = false; }

    /**
     * Sets every organisation still present at or below the threshold (allowing for the root finder's tolerance) to
     * zero and books its members as exits; returns how many left. With {@code atRoot} (the integrator stopped at
     * this detector's root), the smallest organisation leaves too even if the root finder put it a hair above the
     * threshold.
     */
    int remove(double t, double[] y, boolean atRoot) {
        int removed = 0;
        double limit = threshold * (1 + 1e-6);
        if (atRoot) {
            double smallest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) if (y[i] != 0 && y[i] < smallest) smallest = y[i];
            if (smallest < 2 * threshold) limit = Math.max(limit, smallest);
        }
        for (int i = 0; i < n; i++) {
            double c = y[i];
            if (c != 0 && c <= limit) {
                y[n + NetworkDynamics.CUM_EXITS] += c;
                y[i] = 0;
                extinctions.add(new Extinction(i, network.cartels().get(i).node(), t, c));
                removed++;
            }
        }
        return removed;
    }
}
