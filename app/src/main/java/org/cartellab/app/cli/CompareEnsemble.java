package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cartellab.assessment.ComparisonEnsemble;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.Metric;
import org.cartellab.ensemble.Distributions;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.uncertainty.ParameterDistribution;
import org.cartellab.uncertainty.Spread;

/** The {@code compare --ensemble N} part of the compare verb: runs the ensemble with a progress bar and prints its banded table. */
final class CompareEnsemble {
    private CompareEnsemble() {}

    static ComparisonEnsembleResult run(ComparisonOptions options, List<CourseOfAction> coas, CriterionWeights weights, int members,
                                        Integer threads, String distribution, long seed) {
        if (members < 1 || members > ComparisonEnsemble.MAX_MEMBERS) {
            throw new BadInputException("--ensemble must be 0 (no ensemble) or 1.." + ComparisonEnsemble.MAX_MEMBERS + ", got " + members);
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) throw new BadInputException("--threads must be at least 1, got " + t);
        ParameterDistribution d;
        try {
            d = Distributions.parse(distribution);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--distribution: " + e.getMessage());
        }
        ComparisonEnsemble ensemble = new ComparisonEnsemble(ComparisonRunner.reference(options), d, weights, seed);
        try {
            return ensemble.run(coas, members, new EnsembleRunner(t, Math.max(1, Math.min(EnsembleRunner.DEFAULT_CHUNK, 8 * t))),
                    ProgressBar.onStderr("compare ensemble", "members"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static void print(PrintWriter w, ComparisonEnsembleResult e) {
        w.println();
        w.printf(Locale.ROOT, "Ensemble: %s (parameters from %s); lever values triangular within their ranges, seed %d.%n",
                e.runsOverDraws(), e.distribution(), e.seed());
        w.println("Values: median [5%..95% of members]; changes are paired (course minus status quo in the same member); P< = share of members where it is lower.");
        int width = Math.max(28, e.ids().stream().mapToInt(String::length).max().orElse(0));
        String c0 = "%-" + width + "s";
        w.printf(Locale.ROOT, c0 + " %5s  %-26s %-26s %5s  %-26s %-26s %5s%n", "course of action", "years", "members", "members change",
                "P<", "cum. casualties", "cum. casualties change", "P<");
        for (int y : e.horizonsYears()) {
            w.printf(Locale.ROOT, c0 + " %5d  %-26s %-26s %5s  %-26s %-26s %5s%n", "status quo (baseline)", y, level(e.statusQuo().get(y).get(Metric.MEMBERS)), "",
                    "", level(e.statusQuo().get(y).get(Metric.CUMULATIVE_CASUALTIES)), "", "");
        }
        for (String id : e.ids()) {
            if (e.identicalToBaseline(id)) continue; // shown once, as the baseline row
            for (int y : e.horizonsYears()) {
                ComparisonEnsembleResult.Outcome m = e.outcome(id, y, Metric.MEMBERS);
                ComparisonEnsembleResult.Outcome c = e.outcome(id, y, Metric.CUMULATIVE_CASUALTIES);
                w.printf(Locale.ROOT, c0 + " %5d  %-26s %-26s %4.0f%%  %-26s %-26s %4.0f%%%n", id, y, level(m.level()), change(m.changePct()),
                        100 * m.probLower(), level(c.level()), change(c.changePct()), 100 * c.probLower());
            }
        }
        w.printf(Locale.ROOT, "%nRank across ensemble members (decision matrix at %d years, same weights):%n", e.matrixHorizon());
        w.printf(Locale.ROOT, c0 + " %11s  %13s%n", "course of action", "median rank", "ranked first");
        e.ids().stream().sorted(Comparator.comparingDouble((String id) -> e.ranks().get(id).medianRank())
                .thenComparingDouble(id -> -e.ranks().get(id).shareFirst())).forEach(id -> w.printf(Locale.ROOT, c0 + " %11.1f  %12.1f%%%n", id,
                e.ranks().get(id).medianRank(), 100 * e.ranks().get(id).shareFirst()));
        if (e.redraws() > 0) w.printf(Locale.ROOT, "(%d parameter draws redrawn: the cartels collapsed before 2022 with them)%n", e.redraws());
    }

    private static String level(Spread s) {
        return String.format(Locale.ROOT, "%,.0f [%,.0f..%,.0f]", s.median(), s.p5(), s.p95());
    }

    private static String change(Spread s) {
        // the one formatter: no "-0.0" when a quantile rounds to zero
        return org.cartellab.format.Numbers.signedPct(s.median()) + " [" + org.cartellab.format.Numbers.signedPct(s.p5()).replace("%", "") + ".."
                + org.cartellab.format.Numbers.signedPct(s.p95()).replace("%", "") + "]";
    }
}
