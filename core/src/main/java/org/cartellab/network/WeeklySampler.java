package org.cartellab.network;

import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Step handler that records every integer week of a segment: weeks in [t0, t1), and t1 too for the run's last
 * segment. Weeks at step ends use the stored states. Weeks inside a step use the step's dense output, rebuilt once
 * per step by {@link StepPolynomial}; the row's totals then come from {@link StepMoments} without forming the state
 * (formed only when per-organisation series are kept), and the step's own states are checked for numerical trouble.
 * Without a StepPolynomial (for cross-checks), every interior week asks Hipparchus's interpolator for the state.
 */
final class WeeklySampler implements ODEStepHandler {
    private final NetworkDynamics dynamics;
    private final WeeklyRecorder recorder;
    private final double t1;
    private final boolean last;
    private final StepPolynomial polynomial;
    private final StepMoments moments;
    private final double[] state;
    private final double[] rates = new double[NetworkDynamics.RATES];
    private final double[] cumulative = new double[4];
    private double nextWeek;

    /** @param polynomial the step rebuilder, or null to call Hipparchus's interpolator for every interior week */
    WeeklySampler(NetworkDynamics dynamics, WeeklyRecorder recorder, double t0, double t1, boolean last, StepPolynomial polynomial) {
        this.dynamics = dynamics;
        this.recorder = recorder;
        this.t1 = t1;
        this.last = last;
        this.polynomial = polynomial;
        this.moments = polynomial == null ? null : new StepMoments(dynamics.network(), polynomial.conditions().length);
        this.state = new double[dynamics.getDimension()];
        this.nextWeek = Math.ceil(t0);
    }

    @Override
    public void handleStep(ODEStateInterpolator step) {
        ODEStateAndDerivative previous = step.getPreviousState();
        ODEStateAndDerivative current = step.getCurrentState();
        double end = current.getTime();
        boolean fitted = false;
        while (nextWeek <= end && (nextWeek < t1 || (last && nextWeek <= t1))) {
            if (nextWeek == end) {
                recorder.recordState(nextWeek, current.getPrimaryState(), dynamics);
            } else if (nextWeek == previous.getTime()) {
                recorder.recordState(nextWeek, previous.getPrimaryState(), dynamics);
            } else if (polynomial == null) {
                recorder.recordState(nextWeek, step.getInterpolatedState(nextWeek).getPrimaryState(), dynamics);
            } else {
                if (!fitted) {
                    polynomial.fit(step);
                    polynomial.checkStates(dynamics.cartels());
                    moments.prepare(polynomial.conditions());
                    fitted = true;
                }
                double[] w = polynomial.weightsAt(nextWeek);
                dynamics.weeklyRates(nextWeek, moments, w, rates);
                for (int k = 0; k < 4; k++) cumulative[k] = moments.cumulative(k, w);
                double[] full = null;
                if (recorder.keepsCartels()) {
                    polynomial.stateAt(nextWeek, state);
                    full = state;
                }
                recorder.recordRow(nextWeek, rates, cumulative, full);
            }
            nextWeek += 1;
        }
    }
}
