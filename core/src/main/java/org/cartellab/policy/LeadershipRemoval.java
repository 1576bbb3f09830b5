package org.cartellab.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cartellab.data.Cartel;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkEvent;
import org.cartellab.network.NetworkState;

/**
 * Leadership removal as a structural event: at {@code week} every targeted organisation splits into {@code factions}
 * rival factions (evidence: removing leaders fragments organisations and raises violence; Calderón et al. 2015,
 * Phillips 2015, Lindo and Padilla-Romo 2018, Atuesta and Pérez-Dávila 2018).
 *
 * <p>Inheritance rule (default {@link Alliances#SHARED}): nothing changes for third parties at the split. Each faction
 * keeps the parent's rivalry weights (a rival's pressure {@code sum_j W_ij C_j} depends on members, which are split, so
 * it is unchanged), and the parent's alliance weights are shared equally among the factions ({@code V / factions}
 * each: alliance strength {@code A_j = sum_k V_jk} is a plain sum of weights, so an ally's strength is unchanged).
 * Factions of one parent are rivals of each other with weight {@code rivalWeight} and have no alliance between them;
 * factions of two split parents keep the parents' rivalry weight and share their alliance weight over all faction
 * pairs. {@link Alliances#KEPT} gives every faction the parent's full alliance weights instead; then each ally of a
 * split organisation gains {@code (factions - 1) V} of alliance strength, which in this model lowers its conflict, an
 * artefact docs/comparison.md quantifies. Members split equally, and exactly: the last faction takes the parent's
 * members minus the others' (Sterbenz: the sum is then exact in floating point).
 */
public record LeadershipRemoval(int week, LeadershipTargets targets, int factions, double rivalWeight, Alliances alliances) implements NetworkEvent {
    /** How factions inherit the parent's alliances. */
    public enum Alliances { SHARED, KEPT }

    /** With the default alliance rule, {@link Alliances#SHARED}. */
    public LeadershipRemoval(int week, LeadershipTargets targets, int factions, double rivalWeight) {
        this(week, targets, factions, rivalWeight, Alliances.SHARED);
    }

    public LeadershipRemoval {
        Objects.requireNonNull(alliances, "alliances");
        if (week < 0) throw new IllegalArgumentException("week must be >= 0");
        if (factions < 1) throw new IllegalArgumentException("factions must be >= 1, got " + factions);
        if (!(rivalWeight >= 0) || !Double.isFinite(rivalWeight)) throw new IllegalArgumentException("rival weight must be a finite number >= 0, got " + rivalWeight);
    }

    @Override
    public NetworkState apply(NetworkState before) {
        if (factions == 1) return before;
        ConflictNetwork net = before.network();
        double[] members = before.members();
        int[] targeted = targets.indices(net);
        int n = net.size();
        boolean[] isTarget = new boolean[n];
        for (int t : targeted) isTarget[t] = true;

        // New organisation list: untouched organisations keep their order; each target is replaced in place by its factions.
        List<Cartel> cartels = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        List<Integer> factionNo = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Cartel c = net.cartels().get(i);
            if (!isTarget[i]) {
                cartels.add(c);
                parent.add(i);
                factionNo.add(0);
                continue;
            }
            for (int f = 1; f <= factions; f++) {
                cartels.add(new Cartel(c.node() + "/f" + f, c.label() + " faction " + f,
                        (c.shortLabel() == null ? c.label() : c.shortLabel()) + " f" + f, c.state(), c.personLabelled()));
                parent.add(i);
                factionNo.add(f);
            }
        }
        int m = cartels.size();
        double[][] w0 = net.rivalryMatrix();
        double[][] v0 = net.allianceMatrix();
        double[][] w = new double[m][m];
        double[][] v = new double[m][m];
        for (int a = 0; a < m; a++) {
            int pa = parent.get(a);
            for (int b = 0; b < m; b++) {
                if (a == b) continue;
                int pb = parent.get(b);
                if (pa == pb) {
                    w[a][b] = rivalWeight; // siblings: rivals, no alliance
                } else {
                    w[a][b] = w0[pa][pb];
                    v[a][b] = alliances == Alliances.KEPT ? v0[pa][pb] : v0[pa][pb] / (share(factionNo.get(a)) * share(factionNo.get(b)));
                }
            }
        }
        double[] after = new double[m];
        for (int a = 0; a < m; a++) {
            int p = parent.get(a);
            int f = factionNo.get(a);
            if (f == 0) {
                after[a] = members[p];
            } else if (f < factions) {
                after[a] = members[p] / factions;
            } else {
                double others = 0;
                for (int k = 1; k < factions; k++) others += after[a - k];
                after[a] = members[p] - others;
            }
        }
        return new NetworkState(ConflictNetwork.ofSymmetric(cartels, w, v), after);
    }

    /** How many ways an organisation's alliance weight is shared: its faction count if split, else 1. */
    private double share(int factionNo) { return factionNo == 0 ? 1 : factions; }
}
