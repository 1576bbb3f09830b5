package org.cartellab.cohort;

import java.util.ArrayList;
import java.util.List;

/** A birth cohort's lifetime in the cartel: shares ever recruited, imprisoned, killed and gone, and the same by year. */
public record BirthCohortOutcome(int birthYear, double cohortSize, long recruited, long imprisoned, long killed,
                                 long exited, List<CohortYear> years) {
    public BirthCohortOutcome {
        years = List.copyOf(years);
    }

    public double everRecruited() { return recruited / cohortSize; }

    public double everImprisoned() { return imprisoned / cohortSize; }

    public double everKilled() { return killed / cohortSize; }

    public double everExited() { return exited / cohortSize; }

    /** Aggregates a run's cohort events by calendar year (every year of the run, 1965 on). */
    public static BirthCohortOutcome of(CohortTimeSeries series, AgeRun ages) {
        CohortEvents e = ages.cohort();
        double size = series.rates().base().cohortSize();
        int firstYear = series.date(0).getYear();
        int lastYear = series.date(series.weeks()).getYear();
        long[][] byYear = new long[lastYear - firstYear + 1][5];
        for (int t = 1; t <= series.weeks(); t++) {
            long[] row = byYear[series.date(t).getYear() - firstYear];
            row[0] += e.recruited()[t];
            row[1] += e.incapacitated()[t];
            row[2] += e.killed()[t];
            row[3] += e.exited()[t];
        }
        long[] active = e.activeAtSnapshot();
        for (int i = 0; i < ages.snapshots().size(); i++) {
            int y = ages.snapshots().get(i).date().getYear();
            // the snapshot week contains 1 January, so its date may fall in the last days of the previous year
            int year = ages.snapshots().get(i).date().getMonthValue() == 12 ? y + 1 : y;
            if (year - firstYear < byYear.length) byYear[year - firstYear][4] = active[i];
        }
        List<CohortYear> years = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            long[] r = byYear[y - firstYear];
            years.add(new CohortYear(y, r[0], r[1], r[2], r[3], r[4], size));
        }
        return new BirthCohortOutcome(e.birthYear(), size, e.totalRecruited(), e.totalIncapacitated(), e.totalKilled(),
                e.totalExited(), years);
    }
}
