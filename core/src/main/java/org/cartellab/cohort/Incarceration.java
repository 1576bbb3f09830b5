package org.cartellab.cohort;

/** One incapacitation of a member of the followed birth cohort: the week it happened and the age in weeks then. */
public record Incarceration(int week, int ageWeeks) {}
