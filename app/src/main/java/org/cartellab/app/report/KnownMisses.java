package org.cartellab.app.report;

import java.util.List;
import org.cartellab.briefing.KnownMiss;
import java.util.Locale;

/**
 * The model's known misses for the briefing: back-test (a), the published calibration (2012-2021) against INEGI's
 * homicides after 2021 ({@link PublishedBacktest}), stated with its numbers; and the limit that follows from it.
 */
public final class KnownMisses {
    private KnownMisses() {}

    /** What this build knows the model gets wrong. */
    public static List<KnownMiss> current() {
        var part = PublishedBacktest.part();
        var ys = part.years();
        var last = ys.get(ys.size() - 1);
        List<Integer> over = PublishedBacktest.overPredicted();
        long in90 = ys.stream().filter(y -> y.in90()).count();
        String s = String.format(Locale.ROOT, "Back-test: INEGI's homicides moved %+.1f %% from %d to %d while the calibrated model rose %+.1f %%; "
                        + "the published calibration over-predicts %d of %d years after %d (MAPE %.0f %%) and %d of %d fall in its 90 %% predictive band.",
                last.observedGrowthPct(), part.baseYear(), last.year(), last.modelGrowthPct(), over.size(), ys.size(), part.baseYear(),
                part.metrics().mapePct(), in90, ys.size());
        return List.of(new KnownMiss(s, "cartel-lab backtest; docs/validation.md", true),
                new KnownMiss("So read every number as a change against the model's own status quo, not as a forecast of casualty counts; "
                        + "the model cannot produce the plateau and fall in homicides since 2019.", "docs/validation.md", false));
    }
}
