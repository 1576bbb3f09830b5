package org.cartellab.app.report;

import java.util.List;
import org.cartellab.briefing.KnownMiss;
import org.cartellab.data.BundledData;

/**
 * The model's known misses for the briefing. Until a back-test is bundled, this states the limit honestly: the
 * calibration series ends in the last year of the bundled trends, and no later year is compared with the model.
 */
public final class KnownMisses {
    private KnownMisses() {}

    /** What this build knows the model gets wrong. */
    public static List<KnownMiss> current() {
        var trends = BundledData.trends();
        int first = trends.get(0).year();
        int last = trends.get(trends.size() - 1).year();
        return List.of(new KnownMiss("Not back-tested in this build: the network model is calibrated on Mexico's " + first + "-" + last
                + " casualty series only and no later year is compared with what happened, so read every number as a change against the "
                + "model's own status quo, not as a forecast of casualty counts.", "cartel-lab calibrate; docs/calibration.md", false));
    }
}
