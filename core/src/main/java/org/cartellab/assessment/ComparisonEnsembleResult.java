package org.cartellab.assessment;

import java.util.List;
import java.util.Map;
import org.cartellab.comparison.Metric;
import org.cartellab.ensemble.EnsembleResult;
import org.cartellab.uncertainty.Spread;

/**
 * A course-of-action comparison repeated over ensemble members: per course, horizon (years) and metric the spread of
 * the members' values, of the paired change against the status quo within each member (absolute and percent), and
 * the share of members in which the course lowers the metric; the status quo's own spread; and each course's rank
 * distribution under the decision matrix's weights. {@code distinctParameters} is the number of distinct parameter
 * vectors the members used: members drawn from a posterior sample share vectors, so the members are N runs over
 * that many distinct draws, not N independent parameter draws.
 */
public record ComparisonEnsembleResult(int members, int distinctParameters, long seed, String distribution, List<Integer> horizonsYears, int matrixHorizon,
                                       List<String> ids, Map<Integer, Map<Metric, Spread>> statusQuo,
                                       Map<String, Map<Integer, Map<Metric, Outcome>>> outcomes, Map<String, RankDistribution> ranks,
                                       int redraws, List<org.cartellab.text.Phrase> assumptionPhrases, List<String> leverless) {
    public ComparisonEnsembleResult {
        leverless = List.copyOf(leverless);
        horizonsYears = List.copyOf(horizonsYears);
        ids = List.copyOf(ids);
        statusQuo = Map.copyOf(statusQuo);
        outcomes = Map.copyOf(outcomes);
        ranks = Map.copyOf(ranks);
        assumptionPhrases = List.copyOf(assumptionPhrases);
    }

    /**
     * One metric of one course at one horizon: the members' values, their paired change against the status quo
     * (course minus status quo in the same member), the same in percent, and the share of members where the course is
     * lower than the status quo by more than integrator noise ({@link MetricBand#NOISE}).
     */
    public record Outcome(Spread level, Spread change, Spread changePct, double probLower) {}

    /** Where a course ranks across members: median rank, share of members where it ranks first, share at each rank (index 0 = rank 1). */
    public record RankDistribution(double medianRank, double shareFirst, double[] shareAtRank) {
        public RankDistribution {
            shareAtRank = shareAtRank.clone();
        }

        @Override
        public double[] shareAtRank() { return shareAtRank.clone(); }
    }

    /**
     * Whether a course pulls no lever (such as the catalog's status_quo), so it equals the baseline by construction:
     * tables show it once, as the baseline. A course whose levers the network engine does not evaluate is not one.
     */
    public boolean identicalToBaseline(String id) { return leverless.contains(id); }

    /** "1,000 runs over 905 distinct posterior draws": how reports state the size of the ensemble. */
    /** The ensemble's assumptions in English ({@link #assumptionPhrases()} rendered). */
    public List<String> assumptions() { return assumptionPhrases.stream().map(org.cartellab.text.Phrase::english).toList(); }

    public String runsOverDraws() { return EnsembleResult.runsOverDraws(members, distinctParameters, distribution); }

    /** {@link #runsOverDraws()} as a phrase for the reader's language. */
    public org.cartellab.text.Phrase runsOverDrawsPhrase() { return EnsembleResult.runsOverDrawsPhrase(members, distinctParameters, distribution); }

    public Outcome outcome(String id, int years, Metric m) {
        Map<Integer, Map<Metric, Outcome>> o = outcomes.get(id);
        if (o == null) throw new IllegalArgumentException("no course of action '" + id + "' in this ensemble");
        Map<Metric, Outcome> h = o.get(years);
        if (h == null) throw new IllegalArgumentException("no horizon of " + years + " years in this ensemble");
        return h.get(m);
    }
}
