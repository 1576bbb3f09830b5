package org.cartellab.network;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/** The conservation property with many more draws and longer horizons, for CI's slow profile (mvn -Pslow). */
@Tag("slow")
class ConservationThoroughTest {
    @Property(tries = 1000)
    void membersChangeByExactlyTheFlowsAndNothingGoesNegative(@ForAll("parameters") NetworkParameters p,
                                                               @ForAll @IntRange(min = 1, max = 3000) int weeks) {
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(ConservationPropertyTest.NETWORK, p, weeks).withCartelSeries());
        ConservationPropertyTest.checkEveryWeek(r, weeks);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<NetworkParameters> parameters() {
        return new ConservationPropertyTest().parameters();
    }
}
