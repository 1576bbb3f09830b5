package org.cartellab.data;

/** One year of Mexico's national series used by the network model's calibration. */
public record TrendYear(int year, double homicides, double missing, double arrests) {}
