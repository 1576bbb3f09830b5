package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.i18n.Messages;
import org.cartellab.app.i18n.CoreTexts;
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
        return run(options, coas, weights, members, threads, distribution, seed, Messages.english());
    }

    /** As above, with the progress line in {@code m}'s language. */
    static ComparisonEnsembleResult run(ComparisonOptions options, List<CourseOfAction> coas, CriterionWeights weights, int members,
                                        Integer threads, String distribution, long seed, Messages m) {
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
                    ProgressBar.onStderr("compare ensemble", "members", m));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static void print(PrintWriter w, ComparisonEnsembleResult e, Messages t) {
        w.println();
        w.println(t.get("ensemble.compare.lead", CoreTexts.runsOverDraws(e.members(), e.distinctParameters(), e.distribution(), t), CoreTexts.distribution(e.distribution(), t), e.seed()));
        w.println(t.get("ensemble.compare.values"));
        int width = Math.max(28, e.ids().stream().mapToInt(String::length).max().orElse(0));
        String c0 = "%-" + width + "s";
        w.printf(Locale.ROOT, c0 + " %5s  %-26s %-26s %5s  %-26s %-26s %5s%n", t.get("compare.col.course"), t.get("compare.col.years"),
                t.get("compare.col.members"), t.get("ensemble.col.members_change"), "P<", t.get("ensemble.col.cum"), t.get("ensemble.col.cum_change"), "P<");
        for (int y : e.horizonsYears()) {
            w.printf(Locale.ROOT, c0 + " %5d  %-26s %-26s %5s  %-26s %-26s %5s%n", t.get("ensemble.status_quo_baseline"), y, level(e.statusQuo().get(y).get(Metric.MEMBERS)), "",
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
        w.println();
        w.println(t.get("ensemble.rank_lead", e.matrixHorizon()));
        w.printf(Locale.ROOT, c0 + " %11s  %13s%n", t.get("compare.col.course"), t.get("ensemble.col.median_rank"), t.get("ensemble.col.ranked_first"));
        e.ids().stream().sorted(Comparator.comparingDouble((String id) -> e.ranks().get(id).medianRank())
                .thenComparingDouble(id -> -e.ranks().get(id).shareFirst())).forEach(id -> w.printf(Locale.ROOT, c0 + " %11.1f  %12.1f%%%n", id,
                e.ranks().get(id).medianRank(), 100 * e.ranks().get(id).shareFirst()));
        if (e.redraws() > 0) w.println(t.get("ensemble.redraws", e.redraws()));
    }

    private static String level(Spread s) {
        return String.format(Locale.ROOT, "%,.0f [%,.0f..%,.0f]", s.median(), s.p5(), s.p95());
    }

    private static String change(Spread s) {
        return String.format(Locale.ROOT, "%+.1f%% [%+.1f..%+.1f]", s.median(), s.p5(), s.p95());
    }
}
