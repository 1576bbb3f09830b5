package org.cartellab.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cartellab.data.BundledData;
import org.cartellab.model.Intervention;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.progress.ProgressListener;
import org.cartellab.scenario.Scenario;
import org.cartellab.uncertainty.CalibrationBounds;
import org.cartellab.uncertainty.ParameterDistribution;
import org.cartellab.uncertainty.ReferenceBox;
import org.junit.jupiter.api.Test;

class EnsembleRunnerTest {
    /** Two years keep the test fast; the seeding and bands do not depend on the horizon. */
    static final Scenario SHORT = Scenario.networkBaseline().withWeeks(104);

    static EnsembleJob job(long runs) {
        return EnsembleJob.of(SHORT, ReferenceBox.standard(), 2024, runs);
    }

    static List<RunSummary> collect(EnsembleRunner runner, EnsembleJob job, List<RunSummary> done, List<Integer> chunkSizes, EnsembleResult[] result) {
        List<RunSummary> out = new ArrayList<>();
        result[0] = runner.resume(job, done, chunk -> {
            chunkSizes.add(chunk.size());
            out.addAll(chunk);
        }, ProgressListener.NONE);
        return out;
    }

    @Test
    void oneAndFourThreadsGiveBitIdenticalRunsAndBands() {
        EnsembleJob job = job(120);
        EnsembleResult[] r1 = new EnsembleResult[1];
        EnsembleResult[] r4 = new EnsembleResult[1];
        List<Integer> sizes = new ArrayList<>();
        List<RunSummary> one = collect(new EnsembleRunner(1, 50), job, List.of(), sizes, r1);
        List<RunSummary> four = collect(new EnsembleRunner(4, 50), job, List.of(), new ArrayList<>(), r4);
        assertThat(sizes).containsExactly(50, 50, 20);
        assertThat(one).hasSize(120);
        for (int i = 0; i < one.size(); i++) {
            assertThat(one.get(i).index()).isEqualTo(i);
            assertThat(one.get(i).sameAs(four.get(i))).as("run %d", i).isTrue();
        }
        assertThat(r1[0].bands()).isEqualTo(r4[0].bands());
        // the draws differ between runs, so the band has width
        Band members = r1[0].band("members@104");
        assertThat(members.q95()).isGreaterThan(members.q05());
    }

    @Test
    void resumingFromAnyPartialSetEqualsTheUninterruptedRun() {
        EnsembleJob job = job(60);
        EnsembleResult[] full = new EnsembleResult[1];
        List<RunSummary> all = collect(new EnsembleRunner(2, 16), job, List.of(), new ArrayList<>(), full);
        List<RunSummary> partial = new ArrayList<>();
        for (RunSummary s : all) if (s.index() % 3 != 1) partial.add(s);
        EnsembleResult[] resumed = new EnsembleResult[1];
        List<RunSummary> computed = collect(new EnsembleRunner(2, 16), job, partial, new ArrayList<>(), resumed);
        assertThat(computed).extracting(RunSummary::index).allMatch(i -> i % 3 == 1).hasSize(20);
        for (RunSummary s : computed) assertThat(s.sameAs(all.get((int) s.index()))).isTrue();
        assertThat(resumed[0].bands()).isEqualTo(full[0].bands());
    }

    @Test
    void bandsAreTheQuantilesOfTheRunValues() {
        EnsembleJob job = job(41);
        EnsembleResult[] r = new EnsembleResult[1];
        List<RunSummary> runs = collect(new EnsembleRunner(2, 100), job, List.of(), new ArrayList<>(), r);
        int k = job.plan().indexOf("cum_deaths");
        double[] v = runs.stream().mapToDouble(s -> s.value(k)).sorted().toArray();
        Band b = r[0].band("cum_deaths");
        assertThat(b.q50()).isEqualTo(v[20]); // 41 values: the median is the 21st
        assertThat(b.q05()).isEqualTo(v[2]); // h = 40 * 0.05 = 2 exactly
        assertThat(b.q25()).isEqualTo(v[10]);
        assertThat(b.q95()).isEqualTo(v[38]);
    }

    @Test
    void drawsStayInTheBoxAndScenarioOverridesArePinned() {
        ReferenceBox box = ReferenceBox.standard();
        Scenario pinned = new Scenario("pinned", SHORT.model(), 104, 1, Map.of("recruitment", 2.5e-3),
                List.of(Intervention.multiply(52, Map.of("incapacitation", 2.0))));
        RunEvaluator ev = EnsembleJob.of(pinned, box, 9, 10).evaluator();
        for (long i = 0; i < 10; i++) {
            NetworkParameters p = ev.spec(i).parameters();
            assertThat(p.recruitment()).isEqualTo(2.5e-3);
            assertThat(p.incapacitation()).isBetween(box.low().incapacitation(), box.high().incapacitation());
            assertThat(p.saturation()).isBetween(box.low().saturation(), box.high().saturation());
            assertThat(ev.spec(i).schedule().interventions()).hasSize(1);
        }
        assertThat(CalibrationBounds.PAPER.contains(box.low())).isTrue();
        assertThat(CalibrationBounds.PAPER.contains(box.high())).isTrue();
        assertThat(box.low().incapacitation()).isEqualTo(110); // the reference sits on the paper's lower bound
    }

    @Test
    void fixedParametersGiveAZeroWidthBandAtTheDeterministicRun() {
        EnsembleJob job = EnsembleJob.of(SHORT, ParameterDistribution.fixed(NetworkParameters.REFERENCE), 1, 5);
        EnsembleResult r = new EnsembleRunner(2, 10).run(job, ChunkSink.NONE, ProgressListener.NONE);
        double reference = new NetworkSimulator()
                .run(NetworkRun.of(ConflictNetwork.of(BundledData.network()),
                        NetworkParameters.REFERENCE, 104)).members(104);
        Band b = r.band("members@104");
        assertThat(b.q05()).isEqualTo(reference);
        assertThat(b.q95()).isEqualTo(reference);
    }

    @Test
    void leverDrawsUseTheRunsStreamAfterTheParameters() {
        LeverDraw halve = (index, rng) -> List.of(Intervention.multiply(52, Map.of("recruitment", 0.5 + 0.5 * rng.nextDouble())));
        EnsembleJob job = new EnsembleJob(SHORT, ReferenceBox.standard(), halve, 3, 4, ReportPlan.standard(104, 52));
        RunEvaluator ev = job.evaluator();
        RunSpec s = ev.spec(2);
        assertThat(s.schedule().interventions()).hasSize(1);
        assertThat(s.parameters()).isEqualTo(EnsembleJob.of(SHORT, ReferenceBox.standard(), 3, 4).evaluator().spec(2).parameters());
        assertThat(ev.spec(2)).isEqualTo(s);
    }

    @Test
    void armsWithTheSameSeedShareParameterDrawsSoTheyCompareRunByRun() {
        ReportPlan plan = ReportPlan.standard(104, 52);
        var network = ConflictNetwork.of(BundledData.network());
        Scenario halved = new Scenario("halve", SHORT.model(), 104, 1, Map.of(), List.of(Intervention.multiply(52, Map.of("recruitment", 0.5))));
        RunEvaluator base = new RunEvaluator(network, new ScenarioDesign(SHORT, ReferenceBox.standard(), LeverDraw.NONE), 8, plan);
        RunEvaluator arm = new RunEvaluator(network, new ScenarioDesign(halved, ReferenceBox.standard(), LeverDraw.NONE), 8, plan);
        List<RunSummary> a = new ArrayList<>();
        List<RunSummary> b = new ArrayList<>();
        EnsembleRunner runner = new EnsembleRunner(2, 8);
        runner.resume(base, 12, "base", List.of(), a::addAll, ProgressListener.NONE);
        EnsembleResult rb = runner.resume(arm, 12, "arm", List.of(), b::addAll, ProgressListener.NONE);
        int k = plan.indexOf("members@104");
        for (int i = 0; i < 12; i++) {
            assertThat(b.get(i).parameters()).isEqualTo(a.get(i).parameters());
            assertThat(b.get(i).value(k)).isLessThan(a.get(i).value(k));
            // before the intervention the arms agree to the integrator's tolerance (rtol 1e-8), not bit for bit: the
            // arm's integrator restarts at the week-52 breakpoint, so its steps up to week 52 differ
            double before = a.get(i).value(plan.indexOf("members@52"));
            assertThat(b.get(i).value(plan.indexOf("members@52"))).isCloseTo(before, org.assertj.core.api.Assertions.within(1e-7 * before));
        }
        assertThat(rb.description()).isEqualTo("arm");
    }
}
