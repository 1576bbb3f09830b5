package org.cartellab.network;

/**
 * An organisation that left the model: its members fell below {@link NetworkSimulator#EXTINCTION_MEMBERS}, the
 * remainder ({@code members}, a fraction of one member) was booked as exits so conservation holds exactly, and from
 * {@code week} on it is held at exactly zero ({@code C_i = 0} is invariant under the model's equations).
 *
 * @param organisation index in the network at that week (organisations split by events are appended)
 * @param node         the organisation's node id in the network data
 * @param week         model week (fractional) at which it left
 * @param members      the members it had left (below the threshold), now counted as exits
 */
public record Extinction(int organisation, String node, double week, double members) {}
