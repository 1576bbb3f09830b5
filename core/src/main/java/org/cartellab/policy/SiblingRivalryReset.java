package org.cartellab.policy;

import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkEvent;
import org.cartellab.network.NetworkState;

/**
 * The end of a succession window confined to the factions: every pair of sibling factions (node ids
 * {@code <parent>/f<k>} with the same parent) whose rivalry weight is {@code from} gets {@code to}. Members do not
 * change. Used with {@link LeadershipRemoval} when succession conflict acts among the factions only.
 */
public record SiblingRivalryReset(int week, double from, double to) implements NetworkEvent {
    public SiblingRivalryReset {
        if (week < 0 || !(from >= 0) || !(to >= 0) || Double.isInfinite(from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("need week >= 0 and finite weights >= 0");
        }
    }

    @Override
    public NetworkState apply(NetworkState before) {
        ConflictNetwork net = before.network();
        int n = net.size();
        String[] parent = new String[n];
        for (int i = 0; i < n; i++) parent[i] = parentOf(net.cartels().get(i).node());
        double[][] w = net.rivalryMatrix();
        boolean changed = false;
        for (int a = 0; a < n; a++) {
            if (parent[a] == null) continue;
            for (int b = 0; b < n; b++) {
                if (a != b && parent[a].equals(parent[b]) && w[a][b] == from) {
                    w[a][b] = to;
                    changed = true;
                }
            }
        }
        if (!changed) return before;
        return new NetworkState(ConflictNetwork.ofSymmetric(net.cartels(), w, net.allianceMatrix()), before.members());
    }

    /** The parent's node id of a faction node ("X/f2" -> "X"), or null for an organisation that is not a faction. */
    static String parentOf(String node) {
        int k = node.lastIndexOf("/f");
        if (k <= 0 || k + 2 >= node.length()) return null;
        for (int i = k + 2; i < node.length(); i++) if (!Character.isDigit(node.charAt(i))) return null;
        return node.substring(0, k);
    }
}
