package org.cartellab.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cartellab.data.BundledData;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.NetworkState;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.Tolerances;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeadershipRemovalTest {
    static ConflictNetwork net;
    static double[] members2022;

    @BeforeAll
    static void setUp() {
        net = ConflictNetwork.of(BundledData.network());
        members2022 = new NetworkSimulator().run(NetworkRun.of(net, NetworkParameters.REFERENCE, 520)).finalMembers();
    }

    @Test
    void membersAreConservedExactlyAndSplitEqually() {
        int[] top = LeadershipTargets.topByRank(3).indices(net);
        NetworkState before = new NetworkState(net, members2022);
        NetworkState after = new LeadershipRemoval(520, LeadershipTargets.topByRank(3), 3, 2.0).apply(before);
        assertThat(after.network().size()).isEqualTo(net.size() + 3 * 2);
        double[] m = after.members();
        for (int t : top) {
            String node = net.cartels().get(t).node();
            double sum = 0;
            for (int f = 1; f <= 3; f++) {
                int k = after.network().indexOf(node + "/f" + f);
                assertThat(k).isGreaterThanOrEqualTo(0);
                assertThat(m[k]).isCloseTo(members2022[t] / 3, org.assertj.core.data.Offset.offset(1e-9 * members2022[t]));
                sum += m[k];
            }
            assertThat(sum).isEqualTo(members2022[t]); // exact, by construction
            assertThat(after.network().indexOf(node)).isEqualTo(-1);
        }
        assertThat(after.total()).isCloseTo(before.total(), org.assertj.core.data.Offset.offset(1e-9 * before.total()));
    }

    @Test
    void factionsAreMutualRivalsAndInheritTheParentsEdgesSymmetrically() {
        int p = net.byRank()[0];
        String node = net.cartels().get(p).node();
        ConflictNetwork after = new LeadershipRemoval(0, LeadershipTargets.nodes(List.of(node)), 2, 5.0)
                .apply(new NetworkState(net, members2022)).network();
        int f1 = after.indexOf(node + "/f1");
        int f2 = after.indexOf(node + "/f2");
        assertThat(after.rivalry(f1, f2)).isEqualTo(5.0);
        assertThat(after.rivalry(f2, f1)).isEqualTo(5.0);
        assertThat(after.alliance(f1, f2)).isZero();
        assertThat(after.cartels().get(f2).label()).isEqualTo(net.cartels().get(p).label() + " faction 2");
        int inheritedRivals = 0;
        int inheritedAllies = 0;
        for (int j = 0; j < net.size(); j++) {
            if (j == p) continue;
            int jj = after.indexOf(net.cartels().get(j).node());
            for (int f : new int[] {f1, f2}) {
                assertThat(after.rivalry(f, jj)).isEqualTo(net.rivalry(p, j)).isEqualTo(after.rivalry(jj, f));
                assertThat(after.alliance(f, jj)).isEqualTo(net.alliance(p, j) / 2).isEqualTo(after.alliance(jj, f));
            }
            // third parties: alliance strength unchanged by the split (alliances shared among the factions)
            assertThat(after.allianceStrength(jj)).isCloseTo(net.allianceStrength(j), org.assertj.core.data.Offset.offset(1e-12));
            if (net.rivalry(p, j) > 0) inheritedRivals++;
            if (net.alliance(p, j) > 0) inheritedAllies++;
            // organisations not split keep their weights to each other
            for (int k = 0; k < net.size(); k++) {
                if (k == p) continue;
                assertThat(after.rivalry(jj, after.indexOf(net.cartels().get(k).node()))).isEqualTo(net.rivalry(j, k));
            }
        }
        assertThat(inheritedRivals).isPositive();
        assertThat(inheritedAllies).isPositive();
        // each faction: parent's rival strength plus the sibling rivalry
        assertThat(after.rivalStrength(f1)).isEqualTo(net.rivalStrength(p) + 5.0);
        assertThat(after.allianceStrength(f1)).isEqualTo(net.allianceStrength(p) / 2);
    }

    @Test
    void keptAlliancesInflateThirdPartiesAllianceStrength() {
        int p = net.byRank()[0];
        String node = net.cartels().get(p).node();
        ConflictNetwork after = new LeadershipRemoval(0, LeadershipTargets.nodes(List.of(node)), 3, 1.0, LeadershipRemoval.Alliances.KEPT)
                .apply(new NetworkState(net, members2022)).network();
        int ally = -1;
        for (int j = 0; j < net.size(); j++) if (j != p && net.alliance(p, j) > 0) ally = j;
        int jj = after.indexOf(net.cartels().get(ally).node());
        assertThat(after.allianceStrength(jj)).isEqualTo(net.allianceStrength(ally) + 2 * net.alliance(p, ally));
        assertThat(after.allianceStrength(after.indexOf(node + "/f3"))).isEqualTo(net.allianceStrength(p));
    }

    @net.jqwik.api.Property(tries = 40)
    void anySplitConservesMembersAndKeepsThirdPartiesPressure(@net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int k,
                                                              @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 6) int factions) {
        if (net == null) setUp(); // jqwik does not run JUnit's @BeforeAll
        NetworkState before = new NetworkState(net, members2022);
        NetworkState after = new LeadershipRemoval(0, LeadershipTargets.topByRank(k), factions, 1.5).apply(before);
        assertThat(after.network().size()).isEqualTo(net.size() + k * (factions - 1));
        assertThat(after.total()).isCloseTo(before.total(), org.assertj.core.data.Offset.offset(1e-9 * before.total()));
        // an organisation that was not split feels the same conflict pressure (K C)_i right after the split
        double[] p0 = new double[net.size()];
        net.conflictPressure(members2022, before.total(), p0);
        double[] p1 = new double[after.network().size()];
        after.network().conflictPressure(after.members(), after.total(), p1);
        for (int i = 0; i < net.size(); i++) {
            int j = after.network().indexOf(net.cartels().get(i).node());
            if (j >= 0) assertThat(p1[j]).isCloseTo(p0[i], org.assertj.core.data.Offset.offset(1e-9 * p0[i]));
        }
    }

    @Test
    void unknownTargetsAndBadSettingsAreRejected() {
        assertThatThrownBy(() -> LeadershipTargets.nodes(List.of("NOPE")).indices(net)).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> LeadershipTargets.topByRank(0)).hasMessageContaining("top-k");
        assertThatThrownBy(() -> new LeadershipRemoval(0, LeadershipTargets.topByRank(1), 0, 1)).hasMessageContaining("factions");
        assertThatThrownBy(() -> LeadershipOptions.targets(null)).hasMessageContaining("targets");
        assertThat(LeadershipOptions.targets("top-4").topK()).isEqualTo(4);
        assertThat(LeadershipOptions.targets(List.of("N10025")).nodes()).containsExactly("N10025");
    }

    @Test
    void fragmentationRaisesCasualtiesInTheEngine() {
        int start = 520;
        int end = 520 + 260;
        NetworkSimulator sim = new NetworkSimulator();
        NetworkResult none = sim.run(new NetworkRun(net, ParameterPath.constant(NetworkParameters.REFERENCE), start, end, members2022, List.of(), Tolerances.DEFAULT, false));
        NetworkResult split = sim.run(new NetworkRun(net, ParameterPath.constant(NetworkParameters.REFERENCE), start, end, members2022,
                List.of(new LeadershipRemoval(start, LeadershipTargets.topByRank(3), 3, 2.0)), Tolerances.DEFAULT, false));
        NetworkResult kept = sim.run(new NetworkRun(net, ParameterPath.constant(NetworkParameters.REFERENCE), start, end, members2022,
                List.of(new LeadershipRemoval(start, LeadershipTargets.topByRank(3), 3, 2.0, LeadershipRemoval.Alliances.KEPT)), Tolerances.DEFAULT, false));
        System.out.printf("with alliances KEPT instead of shared: casualties/week at split %.1f, 5-year cumulative %.0f%n",
                kept.weekly().get(WeeklyColumn.DEATHS, start), kept.weekly().get(WeeklyColumn.CUM_DEATHS, end));
        double d0 = none.weekly().get(WeeklyColumn.DEATHS, start);
        double d1 = split.weekly().get(WeeklyColumn.DEATHS, start);
        double c0 = none.weekly().get(WeeklyColumn.CUM_DEATHS, end);
        double c1 = split.weekly().get(WeeklyColumn.CUM_DEATHS, end);
        System.out.printf("top-3 split into 3 at 2022: casualties/week at split %.1f -> %.1f (%+.1f%%); 5-year cumulative %.0f -> %.0f (%+.1f%%); members at 5y %.0f -> %.0f%n",
                d0, d1, 100 * (d1 / d0 - 1), c0, c1, 100 * (c1 / c0 - 1), none.members(end), split.members(end));
        assertThat(split.members(start)).isCloseTo(none.members(start), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(d1).isGreaterThan(d0);
        assertThat(c1).isGreaterThan(c0);
    }
}
