package org.cartellab.data;

/**
 * One organisation in the 2020 network data. {@code label} is what the product shows: the group's name,
 * or the neutral label for the groups the data names after a person ({@code personLabelled}).
 */
public record Cartel(String node, String label, String shortLabel, String state, boolean personLabelled) {
    public Cartel {
        if (node == null || node.isBlank()) throw new IllegalArgumentException("node id is required");
    }

    /** The data counts these among the 150 though they are not drug cartels (docs/models.md). */
    public boolean isNonCartelOrganisation() {
        return label.contains("UPOEG") || label.contains("ERPI");
    }
}
