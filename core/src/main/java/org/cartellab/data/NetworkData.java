package org.cartellab.data;

import java.util.List;

/** The 2020 cartel network as published: organisations in file order, rivalry edges and alliance edges. */
public record NetworkData(List<Cartel> cartels, List<Edge> rivalries, List<Edge> alliances) {
    public NetworkData {
        cartels = List.copyOf(cartels);
        rivalries = List.copyOf(rivalries);
        alliances = List.copyOf(alliances);
    }
}
