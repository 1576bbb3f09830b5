package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;

/** The compact start-versus-end table `run` prints: members and weekly flows with dates and the change in per cent. */
final class RunSummaryTable {
    private RunSummaryTable() {}

    static void print(PrintWriter out, String title, WeeklyTable t, double collapseWeek) {
        int a = t.firstWeek();
        int b = t.lastWeek();
        out.println(title);
        out.printf(Locale.ROOT, "%-24s %14s %14s %10s%n", "", "week " + a, "week " + b, "");
        out.printf(Locale.ROOT, "%-24s %14s %14s %10s%n", "", t.date(a), t.date(b), "change");
        row(out, "members", t, WeeklyColumn.MEMBERS, a, b, "%,.0f");
        row(out, "deaths / week", t, WeeklyColumn.DEATHS, a, b, "%,.1f");
        row(out, "recruits / week", t, WeeklyColumn.RECRUITS, a, b, "%,.1f");
        row(out, "incapacitations / week", t, WeeklyColumn.INCAPACITATIONS, a, b, "%,.1f");
        row(out, "exits / week", t, WeeklyColumn.EXITS, a, b, "%,.1f");
        out.printf(Locale.ROOT, "cumulative %s to %s: deaths %,.0f; recruits %,.0f; incapacitations %,.0f; exits %,.0f%n",
                t.date(a), t.date(b), t.get(WeeklyColumn.CUM_DEATHS, b), t.get(WeeklyColumn.CUM_RECRUITS, b),
                t.get(WeeklyColumn.CUM_INCAPACITATIONS, b), t.get(WeeklyColumn.CUM_EXITS, b));
        if (Double.isNaN(collapseWeek)) {
            out.println("collapse: none (members stay above 1 throughout)");
        } else {
            out.printf(Locale.ROOT, "collapse: members fell below 1 at week %.2f (%s); zero from then on%n",
                    collapseWeek, t.date((int) Math.floor(collapseWeek)));
        }
    }

    private static void row(PrintWriter out, String label, WeeklyTable t, WeeklyColumn c, int a, int b, String format) {
        double x = t.get(c, a);
        double y = t.get(c, b);
        String change = x == 0 ? (y == 0 ? "0.0 %" : "n/a") : String.format(Locale.ROOT, "%+.1f %%", 100 * (y / x - 1));
        out.printf(Locale.ROOT, "%-24s %14s %14s %10s%n", label, String.format(Locale.ROOT, format, x),
                String.format(Locale.ROOT, format, y), change);
    }
}
