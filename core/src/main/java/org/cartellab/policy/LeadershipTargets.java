package org.cartellab.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cartellab.network.ConflictNetwork;

/**
 * Which organisations a leadership removal acts on: the {@code topK} strongest by the network's rank (rival plus
 * alliance strength, taken in the network as it is at the event's week), or organisations named by node id. Never a
 * person: the model's units are organisations.
 */
public record LeadershipTargets(int topK, List<String> nodes) {
    public LeadershipTargets {
        nodes = List.copyOf(nodes);
        if (topK < 0) throw new IllegalArgumentException("top-k must be >= 0, got " + topK);
        if ((topK > 0) == !nodes.isEmpty()) throw new IllegalArgumentException("give either a top-k by rank or node ids, not both or neither");
        if (new LinkedHashSet<>(nodes).size() != nodes.size()) throw new IllegalArgumentException("node ids repeat: " + nodes);
    }

    /** The k strongest organisations by rank. */
    public static LeadershipTargets topByRank(int k) {
        if (k < 1) throw new IllegalArgumentException("top-k must be >= 1, got " + k);
        return new LeadershipTargets(k, List.of());
    }

    /** Organisations named by node id (as in the network data). */
    public static LeadershipTargets nodes(List<String> nodes) {
        if (nodes.isEmpty()) throw new IllegalArgumentException("name at least one organisation");
        return new LeadershipTargets(0, nodes);
    }

    /** Indices of the targets in {@code network}, ascending; an unknown node id is an error. */
    public int[] indices(ConflictNetwork network) {
        Set<Integer> chosen = new TreeSet<>();
        if (topK > 0) {
            if (topK > network.size()) throw new IllegalArgumentException("top-" + topK + " exceeds the " + network.size() + " organisations");
            int[] order = network.byRank();
            for (int k = 0; k < topK; k++) chosen.add(order[k]);
        } else {
            List<String> unknown = new ArrayList<>();
            for (String node : nodes) {
                int i = network.indexOf(node);
                if (i < 0) unknown.add(node);
                else chosen.add(i);
            }
            if (!unknown.isEmpty()) throw new IllegalArgumentException("no organisation with node id " + unknown + " in the network");
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() { return topK > 0 ? "top " + topK + " by rank" : "organisations " + nodes; }
}
