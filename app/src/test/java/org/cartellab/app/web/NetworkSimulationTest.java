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
import org.cartellab.policy.CompiledPolicy;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.PolicyCompiler;
import org.cartellab.policy.Range;
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

    @Test
    void aSplitAndACooperationShockMatchThePolicyCompilersRun() {
        // the engine's path for the same levers, built independently through the comparison's PolicyCompiler
        Evidence ev = new Evidence(List.of(), true, "test");
        List<LeverSetting> settings = List.of(
                new LeverSetting(new LeverEffect(Lever.LEADERSHIP_REMOVAL, new Range(3, 3, 3), 0, 0, false, Map.of("targets", 4), ev), 3),
                new LeverSetting(new LeverEffect(Lever.COOPERATION, new Range(-0.6, -0.6, -0.6), 0, 0, false, Map.of("recovery_weeks", 156), ev), -0.6),
                new LeverSetting(new LeverEffect(Lever.INCAPACITATION, new Range(1.5, 1.5, 1.5), 0, 0, true, Map.of(), ev), 1.5));
        NetworkParameters base = NetworkParameters.REFERENCE;
        CompiledPolicy policy = new PolicyCompiler(NetworkSimulation.cooperationDependentShare()).compile(base, 400, 800, settings);
        NetworkResult direct = new NetworkSimulator().run(new NetworkRun(ConflictNetwork.of(BundledData.network()), policy.path(), 0, 800, null,
                policy.events(), Tolerances.DEFAULT, false));

        Scenario s = new Scenario("split", ModelKind.NETWORK, 800, 1, Map.of(), List.of(Intervention.multiply(400, Map.of("incapacitation", 1.5))));
        SimulationResult web = sim.simulate(s, new PolicyLevers(400, 4, 3, -0.6, 156, 1));
        assertThat(web.scenarioSeries().members()).containsExactly(direct.weekly().column(WeeklyColumn.MEMBERS));
        assertThat(web.scenarioSeries().deaths()).containsExactly(direct.weekly().column(WeeklyColumn.DEATHS));
        assertThat(web.scenarioSeries().incapacitations()).containsExactly(direct.weekly().column(WeeklyColumn.INCAPACITATIONS));
        // the split raises casualties at once; the cooperation shock lowers the incapacitation multiplier's effect
        assertThat(web.scenarioSeries().deaths()[401]).isGreaterThan(web.statusQuo().deaths()[401] * 1.05);
        double c = 1 - 0.6; // cooperation just after the shock (no ramp)
        double expectedEta = base.incapacitation() * (1 + c * 0.5) * (1 - NetworkSimulation.cooperationDependentShare() * (1 - c));
        assertThat(web.scenarioSeries().incapacitations()[400]).isCloseTo(expectedEta, org.assertj.core.api.Assertions.within(1e-9));
        // a different recovery time is a different run, not a cache hit
        SimulationResult other = sim.simulate(s, new PolicyLevers(400, 4, 3, -0.6, 52, 1));
        assertThat(other.scenarioSeries().incapacitations()[500]).isNotEqualTo(web.scenarioSeries().incapacitations()[500]);
    }
}
