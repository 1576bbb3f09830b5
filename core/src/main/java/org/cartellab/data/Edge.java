package org.cartellab.data;

/** A directed, weighted relation between two organisations as listed in the data (rivalry or alliance). */
public record Edge(String from, String to, double weight) {
    public Edge {
        if (!(weight >= 0) || !Double.isFinite(weight)) throw new IllegalArgumentException("edge weight must be finite and >= 0: " + weight);
    }
}
