package org.cartellab.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five parameters of the network model, per week: recruitment rho, incapacitation eta, conflict theta,
 * saturation omega, and initial members C0. Names are those of the scenario file.
 */
public record NetworkParameters(double recruitment, double incapacitation, double conflict, double saturation,
                                double initialMembers) {

    /** Scenario-file names, in this record's order. */
    public static final List<String> NAMES = List.of("recruitment", "incapacitation", "conflict", "saturation", "initial_members");

    /** The fitted values of Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023), as given in DESIGN.md. */
    public static final NetworkParameters REFERENCE = new NetworkParameters(2.527474e-3, 110, 1.549231e-8, 4.0e-8, 115_000);

    public NetworkParameters {
        check("recruitment", recruitment);
        check("incapacitation", incapacitation);
        check("conflict", conflict);
        check("saturation", saturation);
        check("initial_members", initialMembers);
    }

    private static void check(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("parameter " + name + " must be a finite number >= 0, got " + value);
        }
    }

    /** The value of a parameter by its scenario-file name. */
    public double get(String name) {
        return switch (name) {
            case "recruitment" -> recruitment;
            case "incapacitation" -> incapacitation;
            case "conflict" -> conflict;
            case "saturation" -> saturation;
            case "initial_members" -> initialMembers;
            default -> throw new IllegalArgumentException("unknown network parameter '" + name + "'; expected one of " + NAMES);
        };
    }

    /** A copy with one parameter replaced. */
    public NetworkParameters with(String name, double value) {
        return new NetworkParameters(
                name.equals("recruitment") ? value : recruitment,
                name.equals("incapacitation") ? value : incapacitation,
                name.equals("conflict") ? value : conflict,
                name.equals("saturation") ? value : saturation,
                checkedName(name).equals("initial_members") ? value : initialMembers);
    }

    private static String checkedName(String name) {
        if (!NAMES.contains(name)) throw new IllegalArgumentException("unknown network parameter '" + name + "'; expected one of " + NAMES);
        return name;
    }

    public double[] toArray() {
        return new double[] {recruitment, incapacitation, conflict, saturation, initialMembers};
    }

    public static NetworkParameters fromArray(double[] v) {
        if (v.length != 5) throw new IllegalArgumentException("expected 5 values, got " + v.length);
        return new NetworkParameters(v[0], v[1], v[2], v[3], v[4]);
    }

    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String n : NAMES) m.put(n, get(n));
        return m;
    }
}
