package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cartellab.data.BundledData;
import org.cartellab.model.Intervention;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.Tolerances;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The web simulation gives exactly the engine's numbers, cached or not, and its status quo is the scenario without interventions. */
class NetworkSimulationTest {
    final NetworkSimulation sim = new NetworkSimulation();
    final Scenario scenario = new Scenario("a", ModelKind.NETWORK, 700, 1, Map.of("conflict", 1.7e-8),
            List.of(Intervention.multiply(400, Map.of("recruitment", 0.8)), Intervention.ramp(450, Map.of("saturation", 2.0), 52)));

    @Test
    void matchesTheEngineAndTheCacheChangesNothing() {
        NetworkParameters base = NetworkParameters.REFERENCE.with("conflict", 1.7e-8);
        ConflictNetwork network = ConflictNetwork.of(BundledData.network());
        NetworkResult direct = new NetworkSimulator().run(new NetworkRun(network, ParameterPath.scheduled(base, scenario.schedule()),
                0, 700, null, List.of(), Tolerances.DEFAULT, false));
        NetworkResult statusQuo = new NetworkSimulator().run(NetworkRun.of(network, base, 700));

        SimulationResult first = sim.simulate(scenario);
        SimulationResult again = sim.simulate(new Scenario("other name", ModelKind.NETWORK, 700, 9, scenario.parameters(), scenario.interventions()));
        assertThat(first.scenarioSeries().members()).containsExactly(direct.weekly().column(WeeklyColumn.MEMBERS));
        assertThat(first.scenarioSeries().deaths()).containsExactly(direct.weekly().column(WeeklyColumn.DEATHS));
        assertThat(first.statusQuo().members()).containsExactly(statusQuo.weekly().column(WeeklyColumn.MEMBERS));
        assertThat(again.scenarioSeries().members()).containsExactly(first.scenarioSeries().members());
        assertThat(again.statusQuo().cumDeaths()).containsExactly(first.statusQuo().cumDeaths());
        // a different horizon is a different run, not a cache hit
        assertThat(sim.simulate(scenario.withWeeks(650)).scenarioSeries().members()).hasSize(651);
    }
}
