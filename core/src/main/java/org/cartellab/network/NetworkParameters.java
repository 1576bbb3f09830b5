package org.cartellab.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.model.ModelParameters;

/**
 * The five parameters of the network model, per week: recruitment rho, incapacitation eta, conflict theta,
 * saturation omega, and initial members C0. Names, units, published values and bounds are declared once in
 * {@link ModelParameters#NETWORK}; this record holds one set of values.
 *
 * @throws IllegalArgumentException (constructor) when a value is not finite or negative
 */
public record NetworkParameters(double recruitment, double incapacitation, double conflict, double saturation,
                                double initialMembers) {

    /** Scenario-file names, in this record's order (from the declarations). */
    public static final List<String> NAMES = ModelParameters.NETWORK.names();

    /** The fitted values of Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023), from the declarations. */
    public static final NetworkParameters REFERENCE = fromArray(ModelParameters.NETWORK.values());

    public NetworkParameters {
        check("recruitment", recruitment);
        check("incapacitation", incapacitation);
        check("conflict", conflict);
        check("saturation", saturation);
        check("initial_members", initialMembers);
    }

    private static void check(String name, double value) {
        ModelParameters.NETWORK.get(name).check(value);
    }

    /** The value of a parameter by its scenario-file name. */
    public double get(String name) {
        return switch (name) {
            case "recruitment" -> recruitment;
            case "incapacitation" -> incapacitation;
            case "conflict" -> conflict;
            case "saturation" -> saturation;
            case "initial_members" -> initialMembers;
            default -> throw unknown(name);
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
        if (!NAMES.contains(name)) throw unknown(name);
        return name;
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown network parameter '" + name + "'; expected one of " + String.join(", ", NAMES));
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
