package org.cartellab.validation;

import org.cartellab.model.ModelClock;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;

/**
 * The status-quo outcomes the product headlines, for one parameter set: members and weekly casualties on 1 January
 * 2022 (week 520) and 2027 (week 780) of a constant-parameter run from 2012, and the 2022-2027 changes in percent. Used
 * to show how a recalibration moves them ({@code calibrate --through}).
 */
public record StatusQuoOutcomes(String label, NetworkParameters parameters, double members2022, double members2027,
                                double casualties2022, double casualties2027) {
    public static final int WEEK_2022 = ModelClock.START_2022;
    public static final int WEEK_2027 = ModelClock.yearsAfter(ModelClock.START_2022, 5);

    public static StatusQuoOutcomes of(String label, ConflictNetwork network, NetworkParameters p) {
        WeeklyTable t = new NetworkSimulator().run(NetworkRun.of(network, p, WEEK_2027)).weekly();
        double[] members = t.column(WeeklyColumn.MEMBERS);
        double[] deaths = t.column(WeeklyColumn.DEATHS);
        return new StatusQuoOutcomes(label, p, members[WEEK_2022], members[WEEK_2027], deaths[WEEK_2022], deaths[WEEK_2027]);
    }

    public double membersChangePct() { return 100 * (members2027 / members2022 - 1); }

    public double casualtiesChangePct() { return 100 * (casualties2027 / casualties2022 - 1); }
}
