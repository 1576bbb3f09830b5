package org.cartellab.network;

/** The network and each organisation's members at one moment; {@code members} is indexed like the network's cartels. */
public record NetworkState(ConflictNetwork network, double[] members) {
    public NetworkState {
        if (members.length != network.size()) {
            throw new IllegalArgumentException("members has " + members.length + " entries for " + network.size() + " organisations");
        }
        members = members.clone();
    }

    @Override
    public double[] members() { return members.clone(); }

    public double total() {
        double t = 0;
        for (double m : members) t += m;
        return t;
    }
}
