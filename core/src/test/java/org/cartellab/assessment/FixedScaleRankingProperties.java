package org.cartellab.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The decision matrix on fixed scales: adding an option that is worse than or equal to every other option on every
 * criterion never changes the order of the others, and the new option ranks last (ties go to the options given first).
 * Under the old min-max normalisation over the options present this fails (the reported case: adding a dominated course
 * moved port_scanning from first to third).
 */
class FixedScaleRankingProperties {

    record Case(List<Map<Criterion, Double>> rows, double[] weights, Map<Criterion, Double> worse) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Map<Criterion, Double>> row = Combinators.combine(
                Arbitraries.doubles().between(-70, 70), Arbitraries.doubles().between(-70, 70),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 4).list().ofSize(org.cartellab.policy.RiskDimension.values().length)).as((m, c, l, r) -> {
                    Map<Criterion, Double> raw = new EnumMap<>(Criterion.class);
                    raw.put(Criterion.MEMBERS_CHANGE, m);
                    raw.put(Criterion.CASUALTIES_CHANGE, c);
                    raw.put(Criterion.LEGAL_BURDEN, (double) l);
                    int k = 0;
                    for (Criterion cr : Criterion.values()) if (cr.risk() != null) raw.put(cr, (double) r.get(k++));
                    return raw;
                });
        Arbitrary<double[]> weights = Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(Criterion.values().length)
                .filter(w -> Arrays.stream(w).sum() > 1e-9);
        Arbitrary<double[]> margins = Arbitraries.doubles().between(0, 30).array(double[].class).ofSize(Criterion.values().length);
        return Combinators.combine(row.list().ofMinSize(2).ofMaxSize(9), weights, margins).as((rows, w, d) -> {
            Map<Criterion, Double> worse = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                double max = rows.stream().mapToDouble(r -> r.get(c)).max().orElseThrow();
                double x = c.group() == Criterion.Group.MODELLED ? max + d[c.ordinal()] : max + Math.floor(d[c.ordinal()] / 10);
                worse.put(c, c.risk() != null ? Math.min(4, x) : x); // ratings stay on 0..4; still >= every other row
            }
            return new Case(rows, w, worse);
        });
    }

    private static int[] ranks(List<Map<Criterion, Double>> rows, double[] w) {
        double sum = Arrays.stream(w).sum();
        double[] wn = Arrays.stream(w).map(x -> x / sum).toArray();
        return DecisionMatrix.ranks(DecisionMatrix.scores(DecisionMatrix.normalise(rows), wn));
    }

    @Property(tries = 500)
    void addingADominatedOptionNeverReordersTheOthers(@ForAll("cases") Case c) {
        int n = c.rows().size();
        int[] before = ranks(c.rows(), c.weights());
        List<Map<Criterion, Double>> more = new ArrayList<>(c.rows());
        more.add(c.worse());
        int[] after = ranks(more, c.weights());
        for (int i = 0; i < n; i++) {
            assertThat(after[i]).as("rank of option %d", i).isEqualTo(before[i]);
        }
        assertThat(after[n]).as("the dominated option").isEqualTo(n + 1);
    }

    @Property(tries = 200)
    void aRowsNormalisedValuesDependOnThatRowOnly(@ForAll("cases") Case c) {
        double[][] all = DecisionMatrix.normalise(c.rows());
        for (int k = 0; k < c.rows().size(); k++) {
            assertThat(DecisionMatrix.normalise(c.rows().get(k))).containsExactly(all[k]);
        }
    }
}
