package org.cartellab.cohort;

/** One incapacitation (of the followed birth cohort, or any recorded one): the week it happened and the age in weeks then. */
public record Incarceration(int week, int ageWeeks) {}
