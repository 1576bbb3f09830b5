package org.cartellab.app.report;

import java.util.List;
import org.cartellab.app.i18n.Messages;
import org.cartellab.briefing.KnownMiss;
import org.cartellab.validation.BundledBacktest;
import org.cartellab.validation.YearForecast;

/**
 * The model's known misses for the briefing: back-test (a), the published calibration (2012-2021) against INEGI's
 * homicides after 2021 ({@link BundledBacktest}, the same figures as {@code cartel-lab backtest} and the report),
 * stated with its numbers; and the limit that follows from it.
 */
public final class KnownMisses {
    private KnownMisses() {}

    /** What this build knows the model gets wrong, in English. */
    public static List<KnownMiss> current() { return current(Messages.english()); }

    /** As above, in the language of {@code t}. */
    public static List<KnownMiss> current(Messages t) {
        BundledBacktest.Published a = BundledBacktest.published();
        var part = a.part();
        var ys = part.years();
        YearForecast last = ys.get(ys.size() - 1);
        long in90 = ys.stream().filter(YearForecast::in90).count();
        String s = t.get("backtest.known_miss", last.observedGrowthPct(), part.baseYear(), last.year(), last.modelGrowthPct(), a.overPredicted().size(),
                ys.size(), part.baseYear(), part.metrics().mapePct(), in90, ys.size());
        return List.of(new KnownMiss(s, t.get("backtest.known_miss.source"), true),
                new KnownMiss(t.get("backtest.known_miss.limit"), "docs/validation.md", false));
    }
}
