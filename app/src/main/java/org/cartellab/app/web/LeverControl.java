package org.cartellab.app.web;

/**
 * One control on the simulator page, data-driven: the query/scenario name, the parameter it multiplies, its range
 * and step, the neutral value, a group for the form, an English label and explanation (the page translates known
 * ids), and the source or assumption behind its range.
 */
public record LeverControl(String id, String parameter, String kind, double min, double max, double step,
                           double neutral, String group, String label, String help, String basis) {}
