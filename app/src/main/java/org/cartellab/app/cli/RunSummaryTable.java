package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.cartellab.app.i18n.Messages;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;

/**
 * The compact table `run` prints: members and weekly flows at the start and the end (and at the first intervention,
 * if there is one in between), with dates and the change in per cent.
 */
final class RunSummaryTable {
    private RunSummaryTable() {}

    /** @param middle a week to show between start and end (the first intervention), or -1 for none */
    static void print(PrintWriter out, String title, WeeklyTable t, int middle, double collapseWeek, Messages m) {
        int a = t.firstWeek();
        int b = t.lastWeek();
        int[] weeks = middle > a && middle < b ? new int[] {a, middle, b} : new int[] {a, b};
        out.println(title);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-24s", ""));
        StringBuilder dates = new StringBuilder(String.format(Locale.ROOT, "%-24s", ""));
        for (int w : weeks) {
            head.append(String.format(Locale.ROOT, " %12s", m.get("run.week", w)));
            dates.append(String.format(Locale.ROOT, " %12s", t.date(w)));
        }
        dates.append(String.format(Locale.ROOT, " %10s", m.get("run.change")));
        head.append(String.format(Locale.ROOT, " %10s", m.get("run.from_week", a)));
        if (weeks.length == 3) {
            dates.append(String.format(Locale.ROOT, " %10s", m.get("run.change")));
            head.append(String.format(Locale.ROOT, " %10s", m.get("run.from_week", middle)));
        }
        out.println(head.toString().stripTrailing());
        out.println(dates.toString().stripTrailing());
        row(out, m.get("run.row.members"), t, WeeklyColumn.MEMBERS, weeks, "%,.0f");
        row(out, m.get("run.row.casualties"), t, WeeklyColumn.DEATHS, weeks, "%,.1f");
        row(out, m.get("run.row.recruits"), t, WeeklyColumn.RECRUITS, weeks, "%,.1f");
        row(out, m.get("run.row.incapacitations"), t, WeeklyColumn.INCAPACITATIONS, weeks, "%,.1f");
        row(out, m.get("run.row.exits"), t, WeeklyColumn.EXITS, weeks, "%,.1f");
        out.println(m.get("run.cumulative", m.date(t.date(a)), m.date(t.date(b)), t.get(WeeklyColumn.CUM_DEATHS, b), t.get(WeeklyColumn.CUM_RECRUITS, b),
                t.get(WeeklyColumn.CUM_INCAPACITATIONS, b), t.get(WeeklyColumn.CUM_EXITS, b)));
        if (Double.isNaN(collapseWeek)) {
            out.println(m.get("run.collapse_none"));
        } else {
            out.println(m.get("run.collapse", collapseWeek, m.date(t.date((int) Math.floor(collapseWeek)))));
        }
    }

    private static void row(PrintWriter out, String label, WeeklyTable t, WeeklyColumn c, int[] weeks, String format) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-24s", label));
        for (int w : weeks) b.append(String.format(Locale.ROOT, " %12s", String.format(Locale.ROOT, format, t.get(c, w))));
        double end = t.get(c, weeks[weeks.length - 1]);
        for (int k = 0; k < weeks.length - 1; k++) b.append(String.format(Locale.ROOT, " %10s", change(t.get(c, weeks[k]), end)));
        out.println(b);
    }

    private static String change(double from, double to) {
        if (from == 0) return to == 0 ? "0.0 %" : "n/a";
        return String.format(Locale.ROOT, "%+.1f %%", 100 * (to / from - 1));
    }
}
