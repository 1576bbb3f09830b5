package org.cartellab.validation;

/**
 * One year's observation on the calibration target's scale, cartel casualties per week: {@code value} (central),
 * {@code low}..{@code high} (equal to it when the year has missing-persons data; otherwise the range from the
 * {@link MissingRatio} assumption), and {@code basis}, how it was made.
 */
public record ObservedCasualties(int year, double value, double low, double high, double homicides, boolean proxy, String basis) {}
