package org.cartellab.app.web;

import java.time.LocalDate;
import org.cartellab.model.ModelClock;

/**
 * A simulation as CSV: one row per model week with the date, the scenario's weekly columns (as in weekly.csv) and the
 * status quo's beside them ({@code sq_} prefix), the prison-years estimate, then cumulative casualties and
 * incapacitations counted from the levers' start (empty before it; from the 2022 start these are the comparison's
 * cumulative metrics exactly); full precision.
 */
public final class SeriesCsv {
    static final String HEADER = "week,date,members,deaths,recruits,incapacitations,exits,"
            + "sq_members,sq_deaths,sq_recruits,sq_incapacitations,sq_exits,prison_years,sq_prison_years,"
            + "cum_deaths_from_start,cum_incapacitations_from_start,sq_cum_deaths_from_start,sq_cum_incapacitations_from_start";

    private SeriesCsv() {}

    public static String write(WebRun r) {
        SeriesSet a = r.scenario();
        SeriesSet b = r.statusQuo();
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        LocalDate origin = ModelClock.NETWORK.origin();
        for (int w = 0; w < a.members().length; w++) {
            sb.append(w).append(',').append(origin.plusDays(7L * w));
            for (double v : new double[] {a.members()[w], a.deaths()[w], a.recruits()[w], a.incapacitations()[w], a.exits()[w],
                    b.members()[w], b.deaths()[w], b.recruits()[w], b.incapacitations()[w], b.exits()[w], a.prisonYears()[w], b.prisonYears()[w],
                    a.cumDeathsFromStart()[w], a.cumIncapacitationsFromStart()[w], b.cumDeathsFromStart()[w], b.cumIncapacitationsFromStart()[w]}) {
                sb.append(',');
                if (!Double.isNaN(v)) sb.append(v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
