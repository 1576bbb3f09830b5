package org.cartellab.app.web;

/**
 * One network-model parameter as /api/parameters shows it: scenario name, symbol, unit, default, the calibration
 * bounds, where the default comes from, and whether it is an assumption (with a note on what it means).
 */
public record ParameterInfo(String name, String symbol, String unit, double value, double low, double high,
                            String source, boolean assumption, String note) {}
