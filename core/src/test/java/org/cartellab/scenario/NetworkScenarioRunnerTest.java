package org.cartellab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.cartellab.data.BundledData;
import org.cartellab.model.Intervention;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.ParameterPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenario semantics (overrides, multiply, set, ramp, order) checked on the parameter path and on the engine's output. */
class NetworkScenarioRunnerTest {
    static final double RHO = NetworkParameters.REFERENCE.recruitment();
    static NetworkScenarioRunner runner;

    @BeforeAll
    static void network() {
        runner = new NetworkScenarioRunner(ConflictNetwork.of(BundledData.network()));
    }

    static Scenario scenario(int weeks, Map<String, Double> parameters, Intervention... interventions) {
        return new Scenario("test", ModelKind.NETWORK, weeks, 1, parameters, List.of(interventions));
    }

    @Test
    void overridesReplaceReferenceValuesByName() {
        NetworkParameters p = NetworkScenarioRunner.startParameters(scenario(10, Map.of("incapacitation", 120.0, "initial_members", 110_000.0)));
        assertThat(p).isEqualTo(new NetworkParameters(RHO, 120, 1.549231e-8, 4.0e-8, 110_000));
        assertThat(NetworkScenarioRunner.startParameters(scenario(10, Map.of()))).isEqualTo(NetworkParameters.REFERENCE);
    }

    @Test
    void multiplyScalesFromItsWeekOn() {
        ParameterPath path = NetworkScenarioRunner.parameterPath(scenario(780, Map.of(), Intervention.multiply(520, Map.of("recruitment", 0.5))));
        assertThat(path.at(519.999).recruitment()).isEqualTo(RHO);
        assertThat(path.at(520).recruitment()).isEqualTo(RHO * 0.5);
        assertThat(path.at(780).recruitment()).isEqualTo(RHO * 0.5);
        assertThat(path.at(700).incapacitation()).isEqualTo(110);
        assertThat(path.breakpoints()).containsExactly(520);
    }

    @Test
    void setReplacesTheValue() {
        ParameterPath path = NetworkScenarioRunner.parameterPath(scenario(200, Map.of("incapacitation", 115.0),
                Intervention.set(100, Map.of("incapacitation", 150.0))));
        assertThat(path.at(99.5).incapacitation()).isEqualTo(115);
        assertThat(path.at(100).incapacitation()).isEqualTo(150);
    }

    @Test
    void rampReachesItsFactorLinearlyOverItsWeeks() {
        ParameterPath path = NetworkScenarioRunner.parameterPath(scenario(780, Map.of(),
                Intervention.ramp(520, Map.of("recruitment", 0.5), 104)));
        assertThat(path.at(520).recruitment()).isEqualTo(RHO);
        assertThat(path.at(546).recruitment()).isCloseTo(RHO * 0.875, within(1e-18));
        assertThat(path.at(572).recruitment()).isCloseTo(RHO * 0.75, within(1e-18));
        assertThat(path.at(624).recruitment()).isCloseTo(RHO * 0.5, within(1e-18));
        assertThat(path.at(700).recruitment()).isCloseTo(RHO * 0.5, within(1e-18));
        assertThat(path.breakpoints()).containsExactly(520, 624);
    }

    @Test
    void interventionsOnTheSameWeekApplyInTheOrderListed() {
        Intervention half = Intervention.multiply(100, Map.of("recruitment", 0.5));
        Intervention set = Intervention.set(100, Map.of("recruitment", 0.002));
        assertThat(NetworkScenarioRunner.parameterPath(scenario(200, Map.of(), half, set)).at(150).recruitment()).isEqualTo(0.002);
        assertThat(NetworkScenarioRunner.parameterPath(scenario(200, Map.of(), set, half)).at(150).recruitment()).isEqualTo(0.001);
        Intervention later = Intervention.multiply(150, Map.of("recruitment", 0.5));
        ParameterPath path = NetworkScenarioRunner.parameterPath(scenario(200, Map.of(), set, later));
        assertThat(path.at(120).recruitment()).isEqualTo(0.002);
        assertThat(path.at(160).recruitment()).isEqualTo(0.001);
    }

    @Test
    void halvingRecruitmentFromWeek520ChangesNothingBefore520() {
        NetworkResult base = runner.run(scenario(520, Map.of()));
        NetworkResult halved = runner.run(scenario(780, Map.of(), Intervention.multiply(520, Map.of("recruitment", 0.5))));
        for (int w = 0; w <= 520; w++) {
            for (WeeklyColumn c : WeeklyColumn.values()) {
                if (w == 520 && c == WeeklyColumn.RECRUITS) continue;
                assertThat(halved.weekly().get(c, w)).as("%s at week %d", c, w).isEqualTo(base.weekly().get(c, w));
            }
        }
        // At week 520 the rate is already halved, on exactly the same members.
        assertThat(halved.weekly().get(WeeklyColumn.RECRUITS, 520))
                .isCloseTo(0.5 * base.weekly().get(WeeklyColumn.RECRUITS, 520), within(1e-9));
        NetworkResult statusQuo = runner.run(scenario(780, Map.of()));
        assertThat(halved.members(780)).isLessThan(statusQuo.members(780));
        assertThat(halved.members(780)).isLessThan(halved.members(520));
    }

    @Test
    void theEngineRecruitsAtThePathsRateEveryWeek() {
        Scenario s = scenario(780, Map.of(), Intervention.ramp(520, Map.of("recruitment", 0.5), 104),
                Intervention.set(700, Map.of("incapacitation", 200.0)));
        ParameterPath path = NetworkScenarioRunner.parameterPath(s);
        NetworkResult r = runner.run(s);
        for (int w = 0; w <= 780; w++) {
            double perMember = r.weekly().get(WeeklyColumn.RECRUITS, w) / r.members(w);
            assertThat(perMember).as("week %d", w).isCloseTo(path.at(w).recruitment(), within(1e-15));
            assertThat(r.weekly().get(WeeklyColumn.INCAPACITATIONS, w)).as("week %d", w).isEqualTo(w < 700 ? 110.0 : 200.0);
        }
    }

    @Test
    void setToZeroStopsRecruitingFromThatWeek() {
        NetworkResult r = runner.run(scenario(300, Map.of(), Intervention.set(100, Map.of("recruitment", 0.0))));
        assertThat(r.weekly().get(WeeklyColumn.RECRUITS, 99)).isPositive();
        for (int w = 100; w <= 300; w++) assertThat(r.weekly().get(WeeklyColumn.RECRUITS, w)).isZero();
        double cum = r.weekly().get(WeeklyColumn.CUM_RECRUITS, 100);
        assertThat(r.weekly().get(WeeklyColumn.CUM_RECRUITS, 300)).isCloseTo(cum, within(1e-6 * cum));
    }

    @Test
    void rejectsWhatANetworkRunCannotDo() {
        assertThatThrownBy(() -> runner.run(new Scenario("c", ModelKind.COHORT, 10, 1, Map.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cohort");
        assertThatThrownBy(() -> runner.run(scenario(10, Map.of("arrest", 1.0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arrest");
        assertThatThrownBy(() -> runner.run(scenario(10, Map.of(), Intervention.multiply(5, Map.of("initial_members", 2.0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial_members");
        assertThatThrownBy(() -> runner.run(scenario(10, Map.of(), Intervention.multiply(5, Map.of("arrest", 2.0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arrest");
        assertThatThrownBy(() -> runner.run(scenario(10, Map.of(), Intervention.multiply(11, Map.of("recruitment", 2.0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the horizon");
    }
}
