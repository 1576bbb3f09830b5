package org.cartellab.data;

import java.util.List;

/** Lazily loaded, shared read-only copies of the data sets bundled in core. */
public final class BundledData {
    private BundledData() {}

    private static final class Network { static final NetworkData VALUE = NetworkDataLoader.bundled(); }

    private static final class Trends { static final List<TrendYear> VALUE = TrendsLoader.bundled(); }

    public static NetworkData network() { return Network.VALUE; }

    public static List<TrendYear> trends() { return Trends.VALUE; }
}
