package org.cartellab.data;

import java.util.List;

/** Lazily loaded, shared read-only copies of the data sets bundled in core. */
public final class BundledData {
    private BundledData() {}

    private static final class Network { static final NetworkData VALUE = NetworkDataLoader.bundled(); }

    private static final class Trends { static final List<TrendYear> VALUE = TrendsLoader.bundled(); }

    private static final class National { static final List<NationalYear> VALUE = NationalSeriesLoader.bundled(); }

    public static NetworkData network() { return Network.VALUE; }

    /** The extended national series (homicides through the latest year with INEGI data). */
    public static List<NationalYear> national() { return National.VALUE; }

    public static List<TrendYear> trends() { return Trends.VALUE; }
}
