package org.cartellab.sensitivity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cartellab.data.BundledData;
import org.cartellab.ensemble.ReportPlan;
import org.cartellab.ensemble.RunEvaluator;
import org.cartellab.ensemble.RunSpec;
import org.cartellab.model.Schedule;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.uncertainty.CalibrationBounds;

/**
 * The network model at the status quo as a {@link UnitCubeModel}: the five parameters over the paper's calibration
 * bounds, outputs members on 1 January 2022 and 2027 and cumulative deaths 2012-2027 (to the end of the horizon).
 * Serializable (the network is rebuilt where it runs), so Spark can ship it.
 */
public final class NetworkSensitivity implements UnitCubeModel, Serializable {
    private static final long serialVersionUID = 1L;

    /** Output names, in order. */
    public static final List<String> OUTPUTS = List.of("members_2022", "members_2027", "cum_deaths");

    private final CalibrationBounds bounds;
    private final int horizon;
    private final int week2022;
    private transient volatile ConflictNetwork network;

    public NetworkSensitivity(CalibrationBounds bounds) {
        this.bounds = bounds;
        this.horizon = ReportPlan.weekOf(LocalDate.of(2027, 1, 1));
        this.week2022 = ReportPlan.weekOf(LocalDate.of(2022, 1, 1));
    }

    public static NetworkSensitivity paperBounds() { return new NetworkSensitivity(CalibrationBounds.PAPER); }

    public CalibrationBounds bounds() { return bounds; }

    public int horizon() { return horizon; }

    @Override
    public List<String> inputs() { return NetworkParameters.NAMES; }

    @Override
    public List<String> outputs() { return OUTPUTS; }

    @Override
    public double[] value(double[] u) {
        RunSpec spec = new RunSpec(bounds.at(u), Schedule.NONE, horizon);
        WeeklyTable t = new NetworkSimulator().run(RunEvaluator.networkRun(network(), spec)).weekly();
        return new double[] {
            t.get(WeeklyColumn.MEMBERS, week2022),
            t.get(WeeklyColumn.MEMBERS, horizon),
            t.get(WeeklyColumn.CUM_DEATHS, horizon)};
    }

    private ConflictNetwork network() {
        ConflictNetwork n = network;
        if (n == null) {
            synchronized (this) {
                if (network == null) network = ConflictNetwork.of(BundledData.network());
                n = network;
            }
        }
        return n;
    }
}
