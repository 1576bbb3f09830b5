package org.cartellab.app.report;

import java.util.Locale;
import org.cartellab.sensitivity.SobolIndex;
import org.cartellab.sensitivity.SobolResult;

/**
 * Sobol indices as a standalone SVG bar chart (no scripts): one panel per output, two bars per input (first-order
 * and total) with their bootstrap intervals as whiskers, on a 0..1 axis.
 */
public final class SobolChart {
    private static final int LEFT = 150;
    private static final int PLOT = 420;
    private static final int BAR = 9;
    private static final int ROW = 26;
    private static final int PANEL_HEAD = 34;

    private SobolChart() {}

    public static String svg(SobolResult r, String title) {
        int rows = r.inputs().size();
        int panel = PANEL_HEAD + rows * ROW + 24;
        int width = LEFT + PLOT + 40;
        int height = 66 + r.outputs().size() * panel + 30;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"%s\">%n", width, height, width, height, esc(title)));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n", esc(title)));
        s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"40\" fill=\"#444\">N = %d base points, %d model runs; whiskers: %.0f %% bootstrap intervals (%d resamples)</text>%n",
                r.baseSize(), r.evaluations(), 100 * r.confidence(), r.resamples()));
        legend(s, LEFT, 60);
        int y0 = 72;
        for (String out : r.outputs()) {
            s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n", y0 + 20, esc(out)));
            int top = y0 + PANEL_HEAD;
            for (int t = 0; t <= 4; t++) {
                double x = LEFT + PLOT * t / 4.0;
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, top - 4, x, top + rows * ROW));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#666\">%.2f</text>%n", x, top + rows * ROW + 14, t / 4.0));
            }
            for (int i = 0; i < rows; i++) {
                SobolIndex x = r.index(out, r.inputs().get(i));
                int y = top + i * ROW;
                s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 8, y + BAR + 4, esc(x.input())));
                bar(s, y, x.first(), x.firstLow(), x.firstHigh(), "#1f5f8b", "first-order " + x.input());
                bar(s, y + BAR + 1, x.total(), x.totalLow(), x.totalHigh(), "#9cc3de", "total " + x.input());
            }
            y0 += panel;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static void legend(StringBuilder s, int x, int y) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"9\" fill=\"#1f5f8b\"/><text x=\"%d\" y=\"%d\">first-order S_i</text>%n", x, y - 8, x + 16, y));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"9\" fill=\"#9cc3de\"/><text x=\"%d\" y=\"%d\">total ST_i</text>%n", x + 120, y - 8, x + 136, y));
    }

    private static void bar(StringBuilder s, int y, double v, double lo, double hi, String colour, String label) {
        double w = PLOT * clamp(v);
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s = %.3f [%.3f, %.3f]</title></rect>%n",
                LEFT, y, w, BAR, colour, esc(label), v, lo, hi));
        if (Double.isFinite(lo) && Double.isFinite(hi)) {
            double a = LEFT + PLOT * clamp(lo);
            double b = LEFT + PLOT * clamp(hi);
            double m = y + BAR / 2.0;
            s.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f %.1fV%.1f\" stroke=\"#222\" fill=\"none\"/>%n",
                    a, m, b, a, m - 3, m + 3, b, m - 3, m + 3));
        }
    }

    /** Indices estimated by sampling can stray slightly outside [0, 1]; the bars are drawn within it, the tooltip keeps the value. */
    private static double clamp(double v) { return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0; }

    static String esc(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
