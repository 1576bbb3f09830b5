package org.cartellab.app.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cartellab.cohort.AgeSnapshot;
import org.cartellab.cohort.BirthCohortOutcome;
import org.cartellab.cohort.CohortYear;
import org.cartellab.cohort.RecidivismOutcome;
import org.cartellab.cohort.ReleaseOutcome;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.scenario.CohortScenarioResult;

/**
 * Writes the cohort model's files into a directory the caller owns (a run command writes into its temporary
 * directory and moves it into place): cohort.csv (the birth cohort by year), cohort-ever.csv (shares ever),
 * ages.csv (active members by age on every 1 January), sentences.csv (the release follow-up at the scenario's α)
 * and alpha.csv (the follow-up along the α grid). weekly.csv is written by {@link WeeklyCsv}.
 */
public final class CohortFiles {
    /** File names, in the order they are written. */
    public static final List<String> FILES = List.of("cohort.csv", "cohort-ever.csv", "ages.csv", "sentences.csv", "alpha.csv");

    private CohortFiles() {}

    /** Writes every cohort-specific file into {@code dir} (which must exist). */
    public static void write(CohortScenarioResult result, Path dir) throws IOException {
        writeCohort(result.cohort(), dir.resolve("cohort.csv"));
        writeEver(result.cohort(), dir.resolve("cohort-ever.csv"));
        writeAges(result.ages(), dir.resolve("ages.csv"));
        writeSentences(result.recidivism(), dir.resolve("sentences.csv"));
        writeAlpha(result.alphaCurve(), dir.resolve("alpha.csv"));
    }

    static void writeCohort(BirthCohortOutcome c, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("year,recruited,imprisoned,killed,exited,active_on_jan1,recruited_share,imprisoned_share,killed_share,exited_share,active_share");
            w.newLine();
            for (CohortYear y : c.years()) {
                w.write(y.year() + "," + y.recruited() + "," + y.imprisoned() + "," + y.killed() + "," + y.exited() + "," + y.activeOnJanuary1()
                        + "," + share(y.recruitedShare()) + "," + share(y.imprisonedShare()) + "," + share(y.killedShare()) + ","
                        + share(y.exitedShare()) + "," + share(y.activeShare()));
                w.newLine();
            }
        }
    }

    static void writeEver(BirthCohortOutcome c, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("birth_year,cohort_size,measure,people,share");
            w.newLine();
            String prefix = c.birthYear() + "," + number(c.cohortSize()) + ",";
            w.write(prefix + "ever_recruited," + c.recruited() + "," + share(c.everRecruited()));
            w.newLine();
            w.write(prefix + "ever_imprisoned," + c.imprisoned() + "," + share(c.everImprisoned()));
            w.newLine();
            w.write(prefix + "ever_killed," + c.killed() + "," + share(c.everKilled()));
            w.newLine();
            w.write(prefix + "ever_exited," + c.exited() + "," + share(c.everExited()));
            w.newLine();
        }
    }

    static void writeAges(List<AgeSnapshot> snapshots, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("date,week,age_years,members");
            w.newLine();
            for (AgeSnapshot s : snapshots) {
                long[] byAge = s.byYearOfAge();
                for (int a = 0; a < byAge.length; a++) {
                    if (byAge[a] == 0) continue;
                    w.write(s.date() + "," + s.week() + "," + a + "," + byAge[a]);
                    w.newLine();
                }
            }
        }
    }

    static void writeSentences(RecidivismOutcome o, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("measure,value");
            w.newLine();
            w.write("alpha," + number(o.alpha()));
            w.newLine();
            w.write("people," + o.people());
            w.newLine();
            for (ReleaseOutcome r : ReleaseOutcome.values()) {
                w.write("share_" + r.id() + "," + share(o.share(r)));
                w.newLine();
            }
            w.write("mean_sentence_years," + number(o.meanSentenceYears()));
            w.newLine();
            w.write("mean_prison_years," + number(o.meanPrisonYears()));
            w.newLine();
            w.write("prevented_activity_years_per_prison_year," + number(o.preventedPerPrisonYear()));
            w.newLine();
            w.write("sentence_years_share_of_potential_activity," + number(o.sentenceShareOfPotentialActivity()));
            w.newLine();
        }
    }

    /** Column header of alpha.csv. */
    public static String alphaHeader() {
        StringBuilder b = new StringBuilder("alpha,people");
        for (ReleaseOutcome r : ReleaseOutcome.values()) b.append(",share_").append(r.id());
        return b.append(",mean_sentence_years,mean_prison_years,prevented_activity_years_per_prison_year,sentence_years_share_of_potential_activity").toString();
    }

    static void writeAlpha(List<RecidivismOutcome> curve, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(alphaHeader());
            w.newLine();
            for (RecidivismOutcome o : curve) {
                StringBuilder b = new StringBuilder(number(o.alpha())).append(',').append(o.people());
                for (ReleaseOutcome r : ReleaseOutcome.values()) b.append(',').append(share(o.share(r)));
                b.append(',').append(number(o.meanSentenceYears())).append(',').append(number(o.meanPrisonYears()))
                        .append(',').append(number(o.preventedPerPrisonYear())).append(',').append(number(o.sentenceShareOfPotentialActivity()));
                w.write(b.toString());
                w.newLine();
            }
        }
    }

    /** A number as CSV text: whole numbers without a decimal point, NaN (undefined, e.g. a ratio at α = 0) as empty. */
    static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.6g", v);
    }

    static String share(double v) { return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.8f", v); }
}
