package org.cartellab.network;

/**
 * A change to the network's structure or membership at a given week (e.g. an organisation splitting into factions).
 * Implementations must conserve or explicitly account for members.
 */
public interface NetworkEvent {
    /** Week at which the event applies (before that week's output row is recorded). */
    int week();

    NetworkState apply(NetworkState before);
}
