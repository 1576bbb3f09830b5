package org.cartellab.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartellab.data.BundledData;
import org.cartellab.data.TrendYear;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.junit.jupiter.api.Test;

/** The figures the register computes from bundled data are recomputed here, not copied. */
class ClaimFiguresTest {
    static ClaimFigure figure(String claimId, String labelPart) {
        Claim c = PublicRecord.bundled().claims().claims().stream().filter(x -> x.id().equals(claimId)).findFirst().orElseThrow();
        return c.figures().stream().filter(f -> f.label().contains(labelPart)).findFirst().orElseThrow();
    }

    @Test
    void theSinaloaModelFigureIsTheEngineRunAtThePublishedParameters() {
        ConflictNetwork n = ConflictNetwork.of(BundledData.network());
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(n, NetworkParameters.REFERENCE, 520).withCartelSeries());
        int sinaloa = n.indexOf("N10013");
        assertThat(n.cartels().get(sinaloa).label()).isEqualTo("Cártel de Sinaloa");
        double total = 0;
        for (int i = 0; i < n.size(); i++) total += r.cartelMembers(520, i);
        assertThat(figure("c-002-sinaloa-100k-armed", "Sinaloa Cartel members in 2022").value()).isEqualTo(Math.rint(r.cartelMembers(520, sinaloa)));
        assertThat(figure("c-002-sinaloa-100k-armed", "All 150 organisations").value()).isEqualTo(Math.rint(total));
        // the claim it refutes is more than five times the model's figure
        assertThat(100_000 / r.cartelMembers(520, sinaloa)).isGreaterThan(5);
    }

    @Test
    void theHomicideSumIsTheBundledSeries() {
        double sum = 0;
        for (TrendYear y : BundledData.trends()) if (y.year() >= 2012 && y.year() <= 2021) sum += y.homicides();
        assertThat(figure("c-002-100k-lives-since-2006", "2012-2021").value()).isEqualTo(sum);
    }
}
