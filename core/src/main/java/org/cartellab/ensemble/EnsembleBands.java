package org.cartellab.ensemble;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cartellab.network.NetworkParameters;

/**
 * Collects the metric values of an ensemble's N runs by run index (one array of N doubles per metric: 8 N M bytes)
 * and turns them into exact bands. Values are placed by index, so the result does not depend on arrival order.
 */
public final class EnsembleBands {
    private final ReportPlan plan;
    private final double[][] byMetric;
    private final BitSet filled;
    private final int n;
    private final Set<NetworkParameters> parameters = new HashSet<>();

    public EnsembleBands(ReportPlan plan, long runs) {
        if (runs < 1 || runs > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("runs must be in 1.." + (Integer.MAX_VALUE - 8) + ", got " + runs);
        this.plan = plan;
        this.n = (int) runs;
        this.byMetric = new double[plan.metrics().size()][n];
        this.filled = new BitSet(n);
    }

    public void add(RunSummary s) {
        if (s.index() < 0 || s.index() >= n) throw new IllegalArgumentException("run index " + s.index() + " outside 0.." + (n - 1));
        if (s.size() != byMetric.length) throw new IllegalArgumentException("run " + s.index() + " has " + s.size() + " values, the plan " + byMetric.length);
        int i = (int) s.index();
        for (int k = 0; k < byMetric.length; k++) byMetric[k][i] = s.value(k);
        filled.set(i);
        parameters.add(s.parameters());
    }

    /** Number of distinct parameter vectors among the runs added. */
    public long distinctParameters() { return parameters.size(); }

    public long count() { return filled.cardinality(); }

    /** Bands of every metric, in plan order; every run must have been added. */
    public List<Band> bands() {
        if (filled.cardinality() != n) throw new IllegalStateException("only " + filled.cardinality() + " of " + n + " runs collected");
        List<Band> out = new ArrayList<>(byMetric.length);
        for (int k = 0; k < byMetric.length; k++) out.add(Band.of(plan.metrics().get(k), byMetric[k].clone()));
        return out;
    }
}
