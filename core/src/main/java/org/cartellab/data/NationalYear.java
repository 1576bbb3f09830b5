package org.cartellab.data;

import java.util.OptionalDouble;

/**
 * One year of Mexico's extended national series ({@code National2012_2024.csv}): INEGI homicides (whether the count
 * is INEGI's definitive figure or a preliminary one), and missing persons and arrests where a consistent source exists
 * (2012-2021 only: after 2021 the missing-persons registry is contested and no arrest series consistent with the
 * paper's was found, so both are empty). {@code source} is the row's source id in the provenance notes.
 */
public record NationalYear(int year, double homicides, boolean definitive, OptionalDouble missing, OptionalDouble arrests, String source) {}
