package org.cartellab.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.cartellab.data.BundledData;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.NetworkState;
import org.junit.jupiter.api.Test;

class PolicyCompilerTest {
    static final NetworkParameters P = NetworkParameters.REFERENCE;
    final PolicyCompiler compiler = new PolicyCompiler(0);

    @Test
    void rampsReachTheirTargetLinearlyFromTheirStart() {
        LeverEffect rec = FixtureCourses.lever(Lever.RECRUITMENT, 0.4, 0.5, 0.6, 10, 40, false, Map.of());
        ParameterPath path = compiler.compile(P, 520, 1040, List.of(new LeverSetting(rec, 0.5))).path();
        assertThat(path.at(529).recruitment()).isEqualTo(P.recruitment());
        assertThat(path.at(530).recruitment()).isEqualTo(P.recruitment());
        assertThat(path.at(550).recruitment()).isCloseTo(P.recruitment() * 0.75, within(1e-18));
        assertThat(path.at(570).recruitment()).isCloseTo(P.recruitment() * 0.5, within(1e-18));
        assertThat(path.at(900).recruitment()).isCloseTo(P.recruitment() * 0.5, within(1e-18));
        assertThat(path.breakpoints()).containsExactly(530, 570);
    }

    @Test
    void twoMultipliersOnOneParameterMultiply() {
        LeverEffect a = FixtureCourses.lever(Lever.INCAPACITATION, 1, 1.5, 2, 0, 0, false, Map.of());
        LeverEffect b = FixtureCourses.lever(Lever.INCAPACITATION, 1, 1.2, 2, 0, 0, false, Map.of());
        ParameterPath path = compiler.compile(P, 520, 1040, List.of(new LeverSetting(a, 1.5), new LeverSetting(b, 1.2))).path();
        assertThat(path.at(600).incapacitation()).isCloseTo(P.incapacitation() * 1.8, within(1e-9));
    }

    @Test
    void leadershipLeverBecomesASplitWithSuccessionConflictAmongTheFactions() {
        LeverEffect lr = FixtureCourses.lever(Lever.LEADERSHIP_REMOVAL, 2, 3, 4, 4, 0, false,
                Map.of("targets", 2, "rival_weight", 3.0, "succession_weeks", 26, "succession_conflict", 1.5));
        CompiledPolicy cp = compiler.compile(P, 520, 1040, List.of(new LeverSetting(lr, 3)));
        // (W + 1) scaled by 1.5: sibling weight 1.5 * 4 - 1 = 5 for 26 weeks, then back to 3
        assertThat(cp.events()).containsExactly(new SiblingRivalryReset(550, 5.0, 3.0), new LeadershipRemoval(524, LeadershipTargets.topByRank(2), 3, 5.0));
        assertThat(cp.path().at(530).conflict()).isEqualTo(P.conflict()); // theta untouched
        assertThat(cp.assumptions()).isEmpty();
    }

    @Test
    void networkWideSuccessionScopeMultipliesThetaForTheWindow() {
        LeverEffect lr = FixtureCourses.lever(Lever.LEADERSHIP_REMOVAL, 2, 3, 4, 4, 0, false,
                Map.of("targets", 2, "rival_weight", 3.0, "succession_weeks", 26, "succession_conflict", 1.5, "succession_scope", "network"));
        CompiledPolicy cp = compiler.compile(P, 520, 1040, List.of(new LeverSetting(lr, 3)));
        assertThat(cp.events()).singleElement().isEqualTo(new LeadershipRemoval(524, LeadershipTargets.topByRank(2), 3, 3.0));
        assertThat(cp.path().at(523).conflict()).isEqualTo(P.conflict());
        assertThat(cp.path().at(524).conflict()).isCloseTo(P.conflict() * 1.5, within(1e-20));
        assertThat(cp.path().at(549.9).conflict()).isCloseTo(P.conflict() * 1.5, within(1e-20));
        assertThat(cp.path().at(550).conflict()).isEqualTo(P.conflict());
    }

    @Test
    void siblingResetRestoresTheFactionsRivalryAndNothingElse() {
        ConflictNetwork net = ConflictNetwork.of(BundledData.network());
        double[] members = net.initialMembers(115_000);
        NetworkState split = new LeadershipRemoval(0, LeadershipTargets.topByRank(2), 3, 5.0)
                .apply(new NetworkState(net, members));
        NetworkState reset = new SiblingRivalryReset(26, 5.0, 3.0).apply(split);
        ConflictNetwork a = split.network();
        ConflictNetwork b = reset.network();
        String parent = net.cartels().get(net.byRank()[0]).node();
        assertThat(a.rivalry(a.indexOf(parent + "/f1"), a.indexOf(parent + "/f3"))).isEqualTo(5.0);
        assertThat(b.rivalry(b.indexOf(parent + "/f1"), b.indexOf(parent + "/f3"))).isEqualTo(3.0);
        assertThat(reset.members()).containsExactly(split.members());
        int changed = 0;
        for (int i = 0; i < a.size(); i++) for (int j = 0; j < a.size(); j++) if (a.rivalry(i, j) != b.rivalry(i, j)) changed++;
        assertThat(changed).isEqualTo(2 * 2 * 3); // two parents, three sibling pairs each, both directions
        assertThat(SiblingRivalryReset.parentOf("N1/f12")).isEqualTo("N1");
        assertThat(SiblingRivalryReset.parentOf("N1")).isNull();
    }

    @Test
    void missingRivalWeightIsAnAssumptionAndHalfASuccessionWindowAnError() {
        LeverEffect lr = FixtureCourses.lever(Lever.LEADERSHIP_REMOVAL, 2, 2, 2, 0, 0, false, Map.of("targets", "top:1"));
        assertThat(compiler.compile(P, 520, 1040, List.of(new LeverSetting(lr, 2))).assumptions()).anyMatch(a -> a.contains("rival_weight"));
        assertThatThrownBy(() -> FixtureCourses.lever(Lever.LEADERSHIP_REMOVAL, 2, 2, 2, 0, 0, false, Map.of("targets", 1, "succession_weeks", 10)))
                .hasMessageContaining("succession_conflict");
        // settings are read once, where the lever enters, into typed options
        assertThatThrownBy(() -> FixtureCourses.lever(Lever.LEADERSHIP_REMOVAL, 2, 2, 2, 0, 0, false, Map.of("targets", 1, "rival_weight", "lots")))
                .hasMessageContaining("rival_weight");
    }

    @Test
    void sentenceLeversAreSetAsideNotInvented() {
        LeverEffect s = FixtureCourses.lever(Lever.SENTENCE_MULTIPLIER, 1, 1.5, 2, 0, 0, false, Map.of());
        CompiledPolicy cp = compiler.compile(P, 520, 1040, List.of(new LeverSetting(s, 1.5)));
        assertThat(cp.notEvaluated()).hasSize(1);
        assertThat(cp.path().at(700)).isEqualTo(P);
        assertThat(cp.events()).isEmpty();
    }

    @Test
    void sentenceLeversCompileToAlphaUnderTheSameCooperationIndex() {
        LeverEffect s = FixtureCourses.lever(Lever.SENTENCE_MULTIPLIER, 1, 2, 3, 10, 20, true, Map.of());
        LeverEffect c = FixtureCourses.lever(Lever.COOPERATION, -0.5, -0.5, -0.5, 0, 0, false, Map.of("recovery_weeks", 0));
        org.cartellab.model.ParameterChanges alpha = PolicyCompiler.sentencePath(List.of(new LeverSetting(s, 2), new LeverSetting(c, -0.5)), 0);
        assertThat(alpha.value(PolicyCompiler.SENTENCE, 1, 5)).isEqualTo(1);
        // half-way up the ramp (m = 1.5) at half cooperation: 1 + 0.5 (1.5 - 1)
        assertThat(alpha.value(PolicyCompiler.SENTENCE, 1, 20)).isCloseTo(1.25, within(1e-15));
        assertThat(alpha.value(PolicyCompiler.SENTENCE, 1, 100)).isCloseTo(1.5, within(1e-15));
        assertThat(alpha.value("recruitment", 7, 100)).isEqualTo(7);
    }

    @Test
    void leverValuesOutsideTheLeversBoundsAreRejected() {
        LeverEffect e = FixtureCourses.lever(Lever.RECRUITMENT, 0.5, 0.5, 0.5, 0, 0, false, Map.of());
        assertThatThrownBy(() -> new LeverSetting(e, 7)).hasMessageContaining("recruitment");
    }

    @Test
    void combinationsPoolLeversAndTakeTheHigherRisk() {
        CourseOfAction ab = Combination.of(List.of(FixtureCourses.demandReduction(), FixtureCourses.strikesWithoutConsent()));
        assertThat(ab.id()).isEqualTo("fx-demand+fx-unilateral");
        assertThat(ab.levers()).hasSize(1 + 3);
        assertThat(ab.risks().get(RiskDimension.ESCALATION).level()).isEqualTo(4);
        assertThat(ab.legal()).hasSize(4);
        assertThatThrownBy(() -> Combination.of(List.of(FixtureCourses.demandReduction()))).hasMessageContaining("two");
    }
}
