package org.cartellab.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cartellab.model.ParameterChange;
import org.cartellab.model.ParameterChanges;
import org.cartellab.network.ChangedParameters;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.cartellab.network.NetworkParameters;
import org.junit.jupiter.api.Test;

class CooperationIndexTest {
    static final NetworkParameters P = NetworkParameters.REFERENCE;

    @Test
    void shockThenLinearRecovery() {
        CooperationIndex c = new CooperationIndex(List.of(new CooperationIndex.Shock(100, 0, -0.6, 200)));
        assertThat(c.at(99.9)).isEqualTo(1.0);
        assertThat(c.at(100)).isCloseTo(0.4, within(1e-15));
        assertThat(c.at(200)).isCloseTo(1 - 0.6 * 0.5, within(1e-15)); // half recovered
        assertThat(c.at(250)).isCloseTo(1 - 0.6 * 0.25, within(1e-15));
        assertThat(c.at(300)).isEqualTo(1.0);
        assertThat(c.at(1000)).isEqualTo(1.0);
        assertThat(c.breakpoints()).containsExactly(100, 300);
    }

    @Test
    void rampInThenNoRecovery() {
        CooperationIndex c = new CooperationIndex(List.of(new CooperationIndex.Shock(10, 20, -0.5, Double.POSITIVE_INFINITY)));
        assertThat(c.at(20)).isCloseTo(0.75, within(1e-15));
        assertThat(c.at(30)).isCloseTo(0.5, within(1e-15));
        assertThat(c.at(5000)).isCloseTo(0.5, within(1e-15));
        assertThat(c.breakpoints()).containsExactly(10, 30);
    }

    @Test
    void twoShocksCompoundMultiplicatively() {
        CooperationIndex a = new CooperationIndex(List.of(new CooperationIndex.Shock(0, 0, -0.6, Double.POSITIVE_INFINITY)));
        CooperationIndex b = new CooperationIndex(List.of(new CooperationIndex.Shock(0, 0, -0.6, Double.POSITIVE_INFINITY)));
        assertThat(a.and(b).at(1)).isCloseTo(0.4 * 0.4, within(1e-15)); // not 1 - 1.2 < 0
    }

    @Property(tries = 200)
    void backlashKeepsTheIndexInTheUnitInterval(@ForAll @DoubleRange(min = -1, max = 0) double d1, @ForAll @DoubleRange(min = -1, max = 0) double d2,
                                                @ForAll @DoubleRange(min = 0, max = 600) double t) {
        CooperationIndex c = new CooperationIndex(List.of(new CooperationIndex.Shock(50, 10, d1, 150), new CooperationIndex.Shock(80, 0, d2, 300)));
        assertThat(c.at(t)).isBetween(0.0, 1.0);
    }

    @Test
    void cooperationScalesMarkedLeversOnly() {
        ParameterChange scaled = ParameterChange.scale("incapacitation", 1.5, 0, 0, true);
        ParameterChange plain = ParameterChange.scale("incapacitation", 1.5, 0, 0, false);
        assertThat(scaled.multiplier(10, 0.4)).isCloseTo(1 + 0.4 * 0.5, within(1e-15));
        assertThat(scaled.multiplier(10, 0.0)).isEqualTo(1.0);
        assertThat(plain.multiplier(10, 0.4)).isEqualTo(1.5);
        // recruitment cut scaled by cooperation: m = 0.8, c = 0.5 -> 0.9
        assertThat(ParameterChange.scale("recruitment", 0.8, 0, 0, true).multiplier(1, 0.5)).isCloseTo(0.9, within(1e-15));
    }

    @Test
    void policyPathAppliesCooperationToScaledLeversAndOptionallyToBaselineIncapacitation() {
        CooperationIndex c = new CooperationIndex(List.of(new CooperationIndex.Shock(520, 0, -0.5, 100)));
        ParameterChanges incap = new ParameterChanges(List.of(ParameterChange.scale("incapacitation", 2.0, 520, 0, true)), c);
        ChangedParameters independent = new ChangedParameters(P, incap, 0);
        ChangedParameters dependent = new ChangedParameters(P, incap, 1);
        assertThat(independent.at(520).incapacitation()).isCloseTo(P.incapacitation() * 1.5, within(1e-9));
        assertThat(dependent.at(520).incapacitation()).isCloseTo(P.incapacitation() * 1.5 * 0.5, within(1e-9));
        assertThat(independent.at(570).incapacitation()).isCloseTo(P.incapacitation() * (1 + 0.75), within(1e-9));
        assertThat(independent.at(620).incapacitation()).isCloseTo(P.incapacitation() * 2, within(1e-9));
        assertThat(independent.at(600).recruitment()).isEqualTo(P.recruitment());
    }

    @Test
    void compilerBuildsShocksAndFlagsMissingRecovery() {
        LeverEffect e = FixtureCourses.lever(Lever.COOPERATION, -0.5, -0.3, -0.1, 10, 0, false, Map.of());
        CompiledPolicy cp = new PolicyCompiler(0).compile(P, 520, 1040, List.of(new LeverSetting(e, -0.3)));
        assertThat(cooperation(cp).at(530)).isCloseTo(0.7, within(1e-15));
        assertThat(cooperation(cp).at(1040)).isCloseTo(0.7, within(1e-15));
        assertThat(cp.assumptions()).anyMatch(a -> a.contains("persists for the whole horizon"));
        assertThatThrownBy(() -> new CooperationIndex.Shock(0, 0, -1.5, 10)).hasMessageContaining("[-1, 1]");
        // the catalog's convention: recovery_weeks 0 = permanent
        LeverEffect zero = FixtureCourses.lever(Lever.COOPERATION, -0.5, -0.3, -0.1, 0, 0, false, Map.of("recovery_weeks", 0));
        assertThat(cooperation(new PolicyCompiler(0).compile(P, 520, 1040, List.of(new LeverSetting(zero, -0.3)))).at(1000)).isCloseTo(0.7, within(1e-15));
    }

    private static org.cartellab.model.TimeIndex cooperation(CompiledPolicy cp) {
        return ((ChangedParameters) cp.path()).changes().index();
    }
}
