package org.cartellab.app.report;

import java.util.regex.Pattern;

/**
 * The one rule for text in every CSV the tool writes (comparison, matrix, robustness, ensemble, cartels, weekly,
 * cohort, bands, calibration and the web's CSV downloads): a cell a spreadsheet would run as a formula — one starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — gets a leading apostrophe
 * ({@code '=HYPERLINK(...)} shows as text). A cell that is a plain number (e.g. {@code -3.5}, {@code -1e-5}) is left
 * as it is, since a spreadsheet reads it as that number and nothing else. Quoting is Commons CSV's as before.
 */
public final class SafeCsv {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private SafeCsv() {}

    /** One cell made safe; non-text values pass through. */
    public static Object cell(Object v) {
        if (!(v instanceof CharSequence cs)) return v;
        String s = cs.toString();
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!risky || NUMBER.matcher(s).matches()) return s;
        return "'" + s;
    }

    /** Every cell of a record made safe. */
    public static Object[] cells(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) out[i] = cell(values[i]);
        return out;
    }
}
