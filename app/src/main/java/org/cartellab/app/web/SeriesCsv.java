package org.cartellab.app.web;

import java.time.LocalDate;
import org.cartellab.model.ModelClock;

/**
 * A simulation as CSV: one row per week with the date, the scenario's weekly columns (as in weekly.csv) and the
 * status quo's beside them ({@code sq_} prefix); full precision. {@code prison_years} is an estimate outside the network
 * model ({@link PrisonYears}: incapacitations x mean sentence x the sentence multiplier from the levers' start week; the status quo's at x1).
 */
public final class SeriesCsv {
    static final String HEADER = "week,date,members,deaths,recruits,incapacitations,exits,"
            + "sq_members,sq_deaths,sq_recruits,sq_incapacitations,sq_exits,prison_years,sq_prison_years";

    private SeriesCsv() {}

    public static String write(SimulationResult r) {
        SeriesSet a = r.scenarioSeries();
        SeriesSet b = r.statusQuo();
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        double[] pa = PrisonYears.weekly(a.incapacitations(), r.levers().sentence(), r.levers().startWeek());
        double[] pb = PrisonYears.weekly(b.incapacitations(), 1, 0);
        LocalDate origin = ModelClock.NETWORK.origin();
        for (int w = 0; w < a.members().length; w++) {
            sb.append(w).append(',').append(origin.plusDays(7L * w));
            for (double v : new double[] {a.members()[w], a.deaths()[w], a.recruits()[w], a.incapacitations()[w], a.exits()[w],
                    b.members()[w], b.deaths()[w], b.recruits()[w], b.incapacitations()[w], b.exits()[w], pa[w], pb[w]}) {
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
