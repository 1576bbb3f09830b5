package org.cartellab.comparison.succession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.comparison.ComparisonStart;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkEvent;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.NetworkState;
import org.cartellab.network.Tolerances;
import org.cartellab.policy.CompiledPolicy;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.LeadershipRemoval;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.PolicyCompiler;
import org.cartellab.policy.Range;

/**
 * The model's response to one leadership removal at the start week, read two ways:
 * <ul>
 *   <li><b>local</b>: casualties among the members of the targeted organisations (after the split: all their factions)
 *       summed over weeks 1..{@code weeks} after the removal, as percent change against the same organisations in the
 *       status-quo run from the same start. This is the model's analogue of a municipal study's "violence where the
 *       leader was removed": the model has no geography, so the organisation stands in for its area.</li>
 *   <li><b>national</b>: the change in all casualties (the model's conflict deaths) over a horizon.</li>
 * </ul>
 * Casualties of organisation i in a week are {@code theta (K C)_i C_i} at the week's end, evaluated on the network in
 * force that week (split, with the succession window's sibling weight, then reset). {@link #fitConflict} finds the
 * succession-conflict multiplier whose local response hits a target by bisection.
 */
public final class SuccessionFit {
    private final ComparisonStart start;
    private final NetworkSimulator simulator = new NetworkSimulator();

    private final boolean withRivals;

    /**
     * @param withRivals whether the local response counts the targets' direct rivals (rivalry weight > 0) with the
     *                   targets, the closer analogue of violence in the area where the organisation operates
     */
    public SuccessionFit(ComparisonStart start, boolean withRivals) {
        this.start = start;
        this.withRivals = withRivals;
    }

    /** One removal's responses: local percent change over the window, and national casualties with and without it. */
    public record Response(double localPct, double localExtra, double nationalExtra, double nationalPct) {}

    /** A leadership-removal lever at the start week with these settings (values as in a catalog file). */
    public static LeverEffect lever(Map<String, Object> settings) {
        return new LeverEffect(Lever.LEADERSHIP_REMOVAL, new Range(1, 2, 4), 0, 0, false, settings,
                new Evidence(List.of(), true, "succession fit"));
    }

    /**
     * The response to splitting into {@code factions} with these settings: local over weeks 1..{@code localWeeks},
     * national over {@code nationalWeeks}.
     *
     * @throws IllegalArgumentException for settings the compiler refuses
     */
    public Response response(Map<String, Object> settings, int factions, int localWeeks, int nationalWeeks) {
        int weeks = Math.max(localWeeks, nationalWeeks);
        int w0 = start.startWeek();
        PolicyCompiler compiler = new PolicyCompiler(0);
        CompiledPolicy none = compiler.compile(start.parameters(), w0, w0 + weeks, List.of());
        CompiledPolicy split = compiler.compile(start.parameters(), w0, w0 + weeks, List.of(new LeverSetting(lever(settings), factions)));
        NetworkResult base = run(none, weeks);
        NetworkResult with = run(split, weeks);

        // the networks in force: before the split, during the window, after the window's reset
        NetworkState state = new NetworkState(start.network(), start.members());
        List<NetworkEvent> events = new ArrayList<>(split.events());
        events.sort((a, b) -> Integer.compare(a.week(), b.week()));
        List<Integer> from = new ArrayList<>();
        List<ConflictNetwork> nets = new ArrayList<>();
        from.add(Integer.MIN_VALUE);
        nets.add(start.network());
        int[] targets = new int[0];
        for (NetworkEvent e : events) {
            if (e instanceof LeadershipRemoval r) targets = r.targets().indices(state.network());
            state = e.apply(state);
            from.add(e.week());
            nets.add(state.network());
        }
        List<String> parents = new ArrayList<>();
        for (int t : targets) parents.add(start.network().cartels().get(t).node());
        if (withRivals) {
            // the organisations in direct rivalry with a target (rivalry weight > 0 in the starting network)
            ConflictNetwork n0 = start.network();
            for (int t : targets) {
                for (int j = 0; j < n0.size(); j++) {
                    String node = n0.cartels().get(j).node();
                    if (j != t && n0.rivalry(t, j) > 0 && !parents.contains(node)) parents.add(node);
                }
            }
        }

        double local = 0;
        double localBase = 0;
        Map<ConflictNetwork, boolean[]> masks = new HashMap<>();
        for (int k = 1; k <= localWeeks; k++) {
            int week = w0 + k;
            localBase += localCasualties(base, week, start.network(), mask(start.network(), parents, masks), none);
            ConflictNetwork net = nets.get(0);
            for (int i = 0; i < from.size(); i++) if (from.get(i) <= week) net = nets.get(i);
            local += localCasualties(with, week, net, mask(net, parents, masks), split);
        }
        double nBase = base.weekly().get(WeeklyColumn.CUM_DEATHS, w0 + nationalWeeks);
        double nWith = with.weekly().get(WeeklyColumn.CUM_DEATHS, w0 + nationalWeeks);
        return new Response(100 * (local - localBase) / localBase, local - localBase, nWith - nBase, 100 * (nWith - nBase) / nBase);
    }

    /**
     * The succession-conflict multiplier (within [lo, hi]) whose local response over {@code localWeeks} weeks equals
     * {@code targetPct}, by bisection to 1e-6 in the multiplier. Other settings (targets, rival weight, window weeks)
     * come from {@code settings}.
     *
     * @throws IllegalArgumentException if the target is not bracketed by the responses at lo and hi
     */
    public double fitConflict(Map<String, Object> settings, int factions, int localWeeks, double targetPct, double lo, double hi) {
        double fLo = withConflict(settings, lo, factions, localWeeks) - targetPct;
        double fHi = withConflict(settings, hi, factions, localWeeks) - targetPct;
        if (Math.signum(fLo) == Math.signum(fHi)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "target %+.1f%% not reachable with a succession multiplier in [%s, %s] (responses %+.1f%% .. %+.1f%%)",
                    targetPct, lo, hi, fLo + targetPct, fHi + targetPct));
        }
        while (hi - lo > 1e-6) {
            double mid = 0.5 * (lo + hi);
            double f = withConflict(settings, mid, factions, localWeeks) - targetPct;
            if (Math.signum(f) == Math.signum(fLo)) {
                lo = mid;
                fLo = f;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private double withConflict(Map<String, Object> settings, double conflict, int factions, int localWeeks) {
        Map<String, Object> s = new HashMap<>(settings);
        s.remove("removal_mode");
        s.put("succession_conflict", conflict);
        return response(s, factions, localWeeks, localWeeks).localPct();
    }

    private NetworkResult run(CompiledPolicy p, int weeks) {
        int w0 = start.startWeek();
        return simulator.run(new NetworkRun(start.network(), p.path(), w0, w0 + weeks, start.members(), p.events(), Tolerances.DEFAULT, true));
    }

    private static boolean[] mask(ConflictNetwork net, List<String> parents, Map<ConflictNetwork, boolean[]> cache) {
        return cache.computeIfAbsent(net, n -> {
            boolean[] m = new boolean[n.size()];
            for (int i = 0; i < n.size(); i++) {
                String node = n.cartels().get(i).node();
                for (String p : parents) if (node.equals(p) || node.startsWith(p + "/f")) m[i] = true;
            }
            return m;
        });
    }

    /** Weekly casualties among the masked organisations at the end of {@code week}. */
    private static double localCasualties(NetworkResult r, int week, ConflictNetwork net, boolean[] mask, CompiledPolicy p) {
        double[] c = r.cartelSeries()[week - r.weekly().firstWeek()];
        if (c.length != net.size()) throw new IllegalStateException("week " + week + ": state of " + c.length + " organisations, network has " + net.size());
        double total = 0;
        for (double x : c) total += x;
        double[] pressure = new double[c.length];
        net.conflictPressure(c, total, pressure);
        double theta = p.path().at(week).conflict();
        double sum = 0;
        for (int i = 0; i < c.length; i++) if (mask[i]) sum += theta * pressure[i] * c[i];
        return sum;
    }
}
