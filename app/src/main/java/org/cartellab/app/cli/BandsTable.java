package org.cartellab.app.cli;

import java.util.List;
import java.util.Locale;
import org.cartellab.ensemble.Band;
import org.cartellab.model.ModelClock;

/** Formats ensemble bands: a CSV of every metric, and a short table of the summary metrics for the terminal. */
final class BandsTable {
    private BandsTable() {}

    static String csv(List<Band> bands) {
        StringBuilder sb = new StringBuilder("metric,column,week,date,n,mean,q05,q25,q50,q75,q95\n");
        for (Band b : bands) {
            sb.append(b.metric().name()).append(',').append(b.metric().column().csvName()).append(',').append(b.metric().week())
                    .append(',').append(ModelClock.NETWORK.dateOf(b.metric().week())).append(',').append(b.n());
            for (double v : new double[] {b.mean(), b.q05(), b.q25(), b.q50(), b.q75(), b.q95()}) sb.append(',').append(v);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The summary metrics (not the weekly series), one line each. */
    static String summary(List<Band> bands) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-20s %12s %12s %12s %12s %12s %12s%n",
                "metric", "mean", "5%", "25%", "median", "75%", "95%"));
        for (Band b : bands) {
            if (b.metric().name().contains("@")) continue;
            sb.append(String.format(Locale.ROOT, "%-20s %12.0f %12.0f %12.0f %12.0f %12.0f %12.0f%n", b.metric().name(),
                    b.mean(), b.q05(), b.q25(), b.q50(), b.q75(), b.q95()));
        }
        return sb.toString();
    }
}
