package org.cartellab.network;

import java.util.List;
import org.cartellab.data.Cartel;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;

/**
 * The outcome of one network run: the weekly table, the final network and members per organisation, optional
 * per-organisation series, the week the cartels collapsed (NaN if they did not), integrator statistics, and the
 * organisations that left the model by extinction (in the order they left; see {@link Extinction}).
 */
public record NetworkResult(WeeklyTable weekly, NetworkState finalState, double[][] cartelSeries,
                            double collapseWeek, int evaluations, List<Extinction> extinctions) {

    /** A result without extinctions. */
    public NetworkResult(WeeklyTable weekly, NetworkState finalState, double[][] cartelSeries, double collapseWeek, int evaluations) {
        this(weekly, finalState, cartelSeries, collapseWeek, evaluations, List.of());
    }

    /** Members per organisation at the end, paired with the organisations of the final network. */
    public List<Cartel> finalCartels() { return finalState.network().cartels(); }

    public double[] finalMembers() { return finalState.members(); }

    public double members(int week) { return weekly.get(WeeklyColumn.MEMBERS, week); }

    public double deaths(int week) { return weekly.get(WeeklyColumn.DEATHS, week); }

    public boolean collapsed() { return !Double.isNaN(collapseWeek); }

    /** Members of organisation {@code i} (of the starting network) at week {@code week}; needs keepCartelSeries. */
    public double cartelMembers(int week, int i) {
        if (cartelSeries == null) throw new IllegalStateException("run with keepCartelSeries to get per-organisation series");
        return cartelSeries[week - weekly.firstWeek()][i];
    }
}
