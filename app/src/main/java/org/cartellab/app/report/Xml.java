package org.cartellab.app.report;

import java.util.Locale;

/** Escaping and number formatting for the well-formed XHTML and SVG the reports write. */
final class Xml {
    private Xml() {}

    /** Text or attribute value with the five XML special characters escaped. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') b.append(' '); // not allowed in XML 1.0
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** A coordinate with two decimals. */
    static String xy(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    /** A count with thousands separators. */
    static String count(double v) { return String.format(Locale.ROOT, "%,.0f", v); }

    /** A signed percentage with one decimal. */
    static String pct(double v) {
        return org.cartellab.format.Numbers.signedPct(v); // the one formatter: no "-0.0%", one decimal
    }

    static String num(double v, int decimals) { return String.format(Locale.ROOT, "%." + decimals + "f", v); }
}
