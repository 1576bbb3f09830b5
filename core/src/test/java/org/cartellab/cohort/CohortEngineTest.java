package org.cartellab.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.data.Sentences;
import org.cartellab.model.Intervention;
import org.cartellab.model.Schedule;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.progress.ProgressListener;
import org.cartellab.scenario.CohortScenarioRunner;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reproducibility, conservation and bookkeeping of the cohort engine on the reference run. */
class CohortEngineTest {
    private static CohortRates rates;
    private static CohortRun run;

    @BeforeAll
    static void setUp() {
        rates = new CohortRates(CohortParameters.REFERENCE, Schedule.NONE, 4227);
        run = CohortRun.simulate(rates, 11);
    }

    @Test
    void sameSeedSameRunOtherSeedOtherRun() {
        CohortRun again = CohortRun.simulate(rates, 11);
        assertThat(again.weekly().column(WeeklyColumn.MEMBERS)).containsExactly(run.weekly().column(WeeklyColumn.MEMBERS));
        assertThat(again.cohort()).isEqualTo(run.cohort());
        assertThat(CohortRun.simulate(rates, 12).weekly().column(WeeklyColumn.MEMBERS)).isNotEqualTo(run.weekly().column(WeeklyColumn.MEMBERS));
    }

    @Test
    void membersChangeByExactlyTheFlows() {
        WeeklyTable w = run.weekly();
        assertThat(w.rows()).isEqualTo(4228);
        assertThat(w.date(0)).isEqualTo(LocalDate.of(1965, 1, 1));
        assertThat(w.get(WeeklyColumn.MEMBERS, 0)).isEqualTo(23_000);
        for (int t = 1; t <= 4227; t++) {
            double expected = w.get(WeeklyColumn.MEMBERS, t - 1) + w.get(WeeklyColumn.RECRUITS, t) - w.get(WeeklyColumn.INCAPACITATIONS, t)
                    - w.get(WeeklyColumn.DEATHS, t) - w.get(WeeklyColumn.EXITS, t);
            assertThat(w.get(WeeklyColumn.MEMBERS, t)).isEqualTo(expected);
        }
        assertThat(w.get(WeeklyColumn.CUM_RECRUITS, 4227)).isEqualTo(Arrays.stream(w.column(WeeklyColumn.RECRUITS)).sum());
    }

    @Test
    void ageSnapshotsAccountForEveryMember() {
        for (AgeSnapshot s : run.ages().snapshots()) {
            assertThat(s.total()).isEqualTo(run.series().active(s.week()));
            assertThat(s.date().getDayOfYear() <= 7 || s.date().getMonthValue() == 12).isTrue();
        }
        assertThat(run.ages().snapshots()).hasSize(2046 - 1965 + 1);
        AgeSnapshot y2022 = run.ages().snapshots().get(2022 - 1965);
        assertThat(y2022.meanAgeYears()).isBetween(20.0, 40.0);
        assertThat(y2022.members(10)).isZero(); // nobody is recruited before 15
    }

    @Test
    void birthCohortBookkeeping() {
        BirthCohortOutcome c = run.cohort();
        assertThat(c.birthYear()).isEqualTo(1990);
        assertThat(c.recruited()).isGreaterThan(0);
        assertThat(c.recruited()).isGreaterThanOrEqualTo(c.imprisoned() + c.killed() + c.exited());
        long byYear = c.years().stream().mapToLong(CohortYear::recruited).sum();
        assertThat(byYear).isEqualTo(c.recruited());
        // nobody born in 1990 is recruited before turning 15 (2005) or after 36 (2026)
        for (CohortYear y : c.years()) if (y.year() < 2004 || y.year() > 2026) assertThat(y.recruited()).isZero();
        assertThat(run.ages().cohort().incarcerations()).hasSize((int) c.imprisoned());
        assertThat(c.everRecruited()).isEqualTo(c.recruited() / 1_400_000.0);
    }

    @Test
    void timeSeriesDoesNotDependOnLaterSteps() {
        CohortAnalysis.Result a = CohortAnalysis.run(rates, 11, Sentences.bundled(),
                new CohortAnalysis.Options(new AlphaGrid(0, 2, 3), 5, 5), ProgressListener.NONE);
        assertThat(a.run().weekly().column(WeeklyColumn.MEMBERS)).containsExactly(run.weekly().column(WeeklyColumn.MEMBERS));
        assertThat(a.alphaCurve()).hasSize(3);
        assertThat(a.sensitivity()).hasSize(5).allMatch(r -> r.maxRecruitmentAge() >= 30 && r.maxRecruitmentAge() <= 40);
    }

    @Test
    void sensitivityAtTheBaseAgeMatchesTheAgedRunOnAverage() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(4L);
        List<RecruitmentAgeSensitivity.Run> runs = RecruitmentAgeSensitivity.run(run.series(), 200, 0, rng);
        double mean = runs.stream().mapToLong(RecruitmentAgeSensitivity.Run::cohortRecruits).average().orElseThrow();
        double sd = Math.sqrt(mean); // at most binomial: Var <= mean
        assertThat((double) run.cohort().recruited()).isCloseTo(mean, within(4.5 * sd));
        List<RecruitmentAgeSensitivity.Run> older = RecruitmentAgeSensitivity.run(run.series(), 1, 0, rng);
        assertThat(older.get(0).maxRecruitmentAge()).isEqualTo(35);
    }

    @Test
    void scenarioInterventionsChangeTheRun() {
        Scenario base = new Scenario("b", ModelKind.COHORT, 3200, 5, Map.of(), List.of());
        Scenario halved = new Scenario("h", ModelKind.COHORT, 3200, 5, Map.of(),
                List.of(Intervention.multiply(2974, Map.of("recruitment", 0.5))));
        CohortAnalysis.Options light = new CohortAnalysis.Options(new AlphaGrid(1, 1, 1), 0, 5);
        var b = CohortScenarioRunner.run(base, light, Sentences.bundled(), ProgressListener.NONE);
        var h = CohortScenarioRunner.run(halved, light, Sentences.bundled(), ProgressListener.NONE);
        assertThat(h.weekly().get(WeeklyColumn.MEMBERS, 2973)).isEqualTo(b.weekly().get(WeeklyColumn.MEMBERS, 2973));
        double rb = b.weekly().get(WeeklyColumn.RECRUITS, 2974) / b.weekly().get(WeeklyColumn.MEMBERS, 2973);
        double rh = h.weekly().get(WeeklyColumn.RECRUITS, 2974) / h.weekly().get(WeeklyColumn.MEMBERS, 2973);
        assertThat(rh).isCloseTo(rb / 2, within(1e-4));
        assertThat(h.weekly().get(WeeklyColumn.MEMBERS, 3200)).isLessThan(b.weekly().get(WeeklyColumn.MEMBERS, 3200));
    }

    @Test
    void recordingArrestsFromAWeekDrawsNothingAndRecordsEachOne() {
        CohortTimeSeries series = CohortTimeSeries.simulate(new CohortRates(CohortParameters.REFERENCE, Schedule.NONE, 700), 5);
        AgeRun plain = AgeAssignment.assign(series, 5L);
        AgeRun recorded = AgeAssignment.assign(series, 5L, 600);
        assertThat(recorded.snapshots()).usingRecursiveFieldByFieldElementComparator().isEqualTo(plain.snapshots());
        assertThat(recorded.cohort().incarcerations()).isEqualTo(plain.cohort().incarcerations());
        assertThat(recorded.finalMeanAgeWeeks()).isEqualTo(plain.finalMeanAgeWeeks());
        assertThat(plain.recordedArrests()).isEmpty();
        assertThat((long) recorded.recordedArrests().size()).isEqualTo(series.sum(WeeklyColumn.INCAPACITATIONS, 600, 700));
        assertThat(recorded.recordedArrests()).allMatch(j -> j.week() >= 600 && j.ageWeeks() >= 15 * 52);
    }
}
