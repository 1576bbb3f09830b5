package org.cartellab.comparison;

import org.cartellab.data.BundledData;
import org.cartellab.model.WeeklyTable;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;

/**
 * The calibrated state every course of action starts from: the network, each organisation's members, the model week
 * (520 = 2022-01-02) and the parameters in force. The default is the reference run of the Science paper to 2022.
 */
public record ComparisonStart(ConflictNetwork network, double[] members, int startWeek, NetworkParameters parameters, String description) {
    /** Week 520 of the network model: ten years after 2012-01-01, i.e. early January 2022. */
    public static final int WEEK_2022 = 520;

    public ComparisonStart {
        if (members.length != network.size()) throw new IllegalArgumentException("members for " + members.length + " organisations, network has " + network.size());
        members = members.clone();
        for (double m : members) if (!(m >= 0) || !Double.isFinite(m)) throw new IllegalArgumentException("members must be finite and >= 0");
    }

    @Override
    public double[] members() { return members.clone(); }

    public double totalMembers() {
        double t = 0;
        for (double m : members) t += m;
        return t;
    }

    /** The 2022 state of the bundled 2020 network run from 2012 with parameters {@code p} (REFERENCE: the paper's fit). */
    public static ComparisonStart in2022(NetworkParameters p) {
        return after(p, WEEK_2022);
    }

    /**
     * The state of the bundled 2020 network at model week {@code week} of a run from week 0 with parameters {@code p}
     * held constant (the history every course of action continues from).
     *
     * @throws IllegalArgumentException if the cartels collapse before that week, or the week is negative
     */
    public static ComparisonStart after(NetworkParameters p, int week) {
        return history(p, week).start();
    }

    /** The run from week 0 to a start and the state it ends in: the weekly table covers weeks 0 to the start. */
    public record History(ComparisonStart start, WeeklyTable weekly) {}

    /**
     * {@link #after} together with the weekly table of the run that led there.
     *
     * @throws IllegalArgumentException if the cartels collapse before that week, or the week is negative
     */
    public static History history(NetworkParameters p, int week) {
        if (week < 0) throw new IllegalArgumentException("start week must be >= 0, got " + week);
        ConflictNetwork net = ConflictNetwork.of(BundledData.network());
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(net, p, week));
        if (r.collapsed()) throw new IllegalArgumentException("with these parameters the cartels collapse before week " + week + " (week " + r.collapseWeek() + ")");
        String what = p.equals(NetworkParameters.REFERENCE) ? "the reference run (Prieto-Curiel et al., Science 2023)" : "a run with the given parameters";
        return new History(new ComparisonStart(net, r.finalMembers(), week, p, (week == WEEK_2022 ? "2022 state of " : "state of ") + what
                + " from 2012-01-01 to week " + week), r.weekly());
    }
}
