package org.cartellab.comparison;

import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;

import org.cartellab.data.BundledData;
import org.cartellab.model.ModelClock;
import org.cartellab.model.WeeklyTable;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;

/**
 * The calibrated state every course of action starts from: the network, each organisation's members (one value per
 * organisation, in network order), the model week (by default {@link ModelClock#START_2022}, week 520, dated
 * 2021-12-19) and the parameters in force. The default is the reference run of the Science paper to the 2022 start.
 *
 * @throws IllegalArgumentException (constructor) when members do not match the network or are negative or not finite
 */
public record ComparisonStart(ConflictNetwork network, double[] members, int startWeek, NetworkParameters parameters, String description) {
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

    /**
     * The state at the 2022 start (week 520) of the bundled 2020 network run from week 0 with parameters {@code p}
     * (REFERENCE: the paper's fit).
     *
     * @throws IllegalArgumentException when the cartels collapse before the 2022 start
     * @throws org.cartellab.model.NumericalTroubleException when the integration fails
     */
    public static ComparisonStart in2022(NetworkParameters p) {
        return after(p, ModelClock.START_2022);
    }

    /**
     * The state at model week {@code week} of the bundled 2020 network run from week 0 with parameters {@code p} held
     * constant (the history every course of action continues from).
     *
     * @throws IllegalArgumentException when the cartels collapse before that week, or the week is negative
     * @throws org.cartellab.model.NumericalTroubleException when the integration fails
     */
    public static ComparisonStart after(NetworkParameters p, int week) {
        return history(p, week).start();
    }

    /** The run from week 0 to a start and the state it ends in: the weekly table covers weeks 0 to the start. */
    public record History(ComparisonStart start, WeeklyTable weekly) {}

    /** Where a comparison from week {@code week} with parameters {@code p} starts, as a phrase. */
    static Phrase describe(int week, NetworkParameters p) {
        Phrase what = Phrase.of(p.equals(NetworkParameters.REFERENCE) ? Phrases.START_REFERENCE : Phrases.START_GIVEN);
        return Phrase.of(week == ModelClock.START_2022 ? Phrases.START_2022 : Phrases.START_WEEK, what, ModelClock.NETWORK.origin(), week,
                ModelClock.NETWORK.dateOf(week));
    }

    /**
     * {@link #description()} as a phrase for the reader's language: the start's own description when it is one of the
     * core's sentences, else the description verbatim.
     */
    public Phrase phrase() {
        Phrase own = describe(startWeek, parameters);
        if (own.english().equals(description)) return own;
        if (Phrases.START_DRAWN.english().equals(description)) return Phrase.of(Phrases.START_DRAWN);
        return Phrase.of(Phrases.VERBATIM, description);
    }

    /**
     * {@link #after} together with the weekly table of the run that led there.
     *
     * @throws IllegalArgumentException when the cartels collapse before that week, or the week is negative
     * @throws org.cartellab.model.NumericalTroubleException when the integration fails
     */
    public static History history(NetworkParameters p, int week) {
        if (week < 0) throw new IllegalArgumentException("start week must be >= 0, got " + week);
        ConflictNetwork net = ConflictNetwork.of(BundledData.network());
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(net, p, week));
        boolean in2022 = week == ModelClock.START_2022;
        if (r.collapsed()) {
            throw new IllegalArgumentException("with these parameters the cartels collapse before " + (in2022 ? "2022" : "week " + week)
                    + " (week " + r.collapseWeek() + ")");
        }
        String description = describe(week, p).english();
        return new History(new ComparisonStart(net, r.finalMembers(), week, p, description), r.weekly());
    }
}
