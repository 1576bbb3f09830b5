package org.cartellab.network;

import java.util.List;

/**
 * What to simulate: a network, its parameters over time, the weeks to cover, and optional structural events.
 * {@code initialMembers} null means the model's rank-based start, {@code C0 (1/r_i)/H_n}.
 */
public record NetworkRun(ConflictNetwork network, ParameterPath parameters, int startWeek, int endWeek,
                         double[] initialMembers, List<NetworkEvent> events, Tolerances tolerances,
                         boolean keepCartelSeries) {
    public NetworkRun {
        if (startWeek < 0 || endWeek < startWeek) throw new IllegalArgumentException("need 0 <= startWeek <= endWeek, got " + startWeek + ".." + endWeek);
        if (initialMembers != null && initialMembers.length != network.size()) {
            throw new IllegalArgumentException("initial members for " + initialMembers.length + " organisations, network has " + network.size());
        }
        initialMembers = initialMembers == null ? null : initialMembers.clone();
        events = List.copyOf(events);
        for (NetworkEvent e : events) {
            if (e.week() < startWeek || e.week() > endWeek) throw new IllegalArgumentException("event at week " + e.week() + " outside the run");
        }
    }

    /** The reference set-up: the given parameters held constant from week 0. */
    public static NetworkRun of(ConflictNetwork network, NetworkParameters p, int weeks) {
        return new NetworkRun(network, ParameterPath.constant(p), 0, weeks, null, List.of(), Tolerances.DEFAULT, false);
    }

    public NetworkRun withCartelSeries() {
        return new NetworkRun(network, parameters, startWeek, endWeek, initialMembers, events, tolerances, true);
    }

    public NetworkRun withTolerances(Tolerances t) {
        return new NetworkRun(network, parameters, startWeek, endWeek, initialMembers, events, t, keepCartelSeries);
    }
}
