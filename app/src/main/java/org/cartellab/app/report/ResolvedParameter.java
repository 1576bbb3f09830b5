package org.cartellab.app.report;

/** A parameter value a run used, with where it came from (reference value, scenario file or command line). */
public record ResolvedParameter(String name, double value, String source) {}
