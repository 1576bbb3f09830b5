package org.cartellab.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.cartellab.cohort.Figures2022;
import org.cartellab.model.ModelClock;
import org.cartellab.scenario.CohortScenarioResult;
import org.cartellab.uncertainty.Spread;

/** Formats a statistic over seeds as "mean" (one seed) or "mean [low, high]" (the 95 % range). */
final class CohortPrinting {
    /** Last week the 2022 figures need (the 52-week window centred on 1 January 2022). */
    static final int WEEK_MID_2022 = ModelClock.COHORT.weekContaining(Figures2022.DATE) + 25;

    private CohortPrinting() {}

    static double mean(List<CohortScenarioResult> rs, ToDoubleFunction<CohortScenarioResult> f) {
        return rs.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static String format(List<CohortScenarioResult> rs, ToDoubleFunction<CohortScenarioResult> f, String pattern, double scale) {
        Spread s = Spread.orUndefined(rs.stream().mapToDouble(f).toArray());
        if (Double.isNaN(s.mean())) return "n/a";
        String m = String.format(Locale.ROOT, pattern, s.mean() * scale);
        if (rs.size() == 1) return m;
        return m + " [" + String.format(Locale.ROOT, pattern, s.low() * scale) + ", " + String.format(Locale.ROOT, pattern, s.high() * scale) + "]";
    }

    static String count(List<CohortScenarioResult> rs, ToDoubleFunction<CohortScenarioResult> f) { return format(rs, f, "%,.0f", 1); }

    static String percent(List<CohortScenarioResult> rs, ToDoubleFunction<CohortScenarioResult> f) { return format(rs, f, "%.3f %%", 100); }

    static String decimal(List<CohortScenarioResult> rs, ToDoubleFunction<CohortScenarioResult> f) { return format(rs, f, "%.3f", 1); }
}
