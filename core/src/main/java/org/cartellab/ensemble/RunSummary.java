package org.cartellab.ensemble;

import java.util.Arrays;
import org.cartellab.network.NetworkParameters;

/**
 * What an ensemble keeps of run {@code index}: its drawn base parameters, the week the cartels collapsed (NaN if
 * they did not) and the plan's metric values in plan order.
 */
public record RunSummary(long index, NetworkParameters parameters, double collapseWeek, double[] values) {
    public RunSummary {
        values = values.clone();
    }

    @Override
    public double[] values() { return values.clone(); }

    public double value(int k) { return values[k]; }

    public int size() { return values.length; }

    /** Bit-for-bit equality of every number (doubles compared by their bits, so NaN equals NaN). */
    public boolean sameAs(RunSummary o) {
        return index == o.index && Arrays.equals(parameters.toArray(), o.parameters.toArray())
                && Double.doubleToLongBits(collapseWeek) == Double.doubleToLongBits(o.collapseWeek)
                && Arrays.equals(values, o.values);
    }

    @Override
    public boolean equals(Object o) { return o instanceof RunSummary r && sameAs(r); }

    @Override
    public int hashCode() { return Long.hashCode(index) * 31 + Arrays.hashCode(values); }

    @Override
    public String toString() { return "RunSummary[" + index + ", " + parameters + ", collapse " + collapseWeek + ", " + values.length + " values]"; }
}
