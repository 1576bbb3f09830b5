package org.cartellab.sensitivity;

/**
 * First-order and total Sobol indices of one input for one output, each with a bootstrap percentile interval.
 * {@code first} is the share of the output's variance the input explains alone; {@code total} adds all its interactions.
 */
public record SobolIndex(String output, String input, double first, double firstLow, double firstHigh,
                         double total, double totalLow, double totalHigh) {}
