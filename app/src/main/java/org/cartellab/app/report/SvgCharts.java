package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;
import static org.cartellab.app.report.Xml.xy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inline SVG charts drawn in Java (no scripts, no external styles): a time series with a band and reference line, and
 * horizontal bars. Every series carries a {@code data-series} attribute so tests and readers can find it.
 */
final class SvgCharts {
    private SvgCharts() {}

    static final int W = 560;
    static final int H = 260;
    static final int LEFT = 70;
    static final int RIGHT = 15;
    static final int TOP = 30;
    static final int BOTTOM = 40;

    /**
     * A series over weeks 0..n-1 after the start: band (lo/hi), central line and a status-quo line, x axis in years.
     */
    static String timeSeries(String id, String title, String metric, String coa, double[] lo, double[] central, double[] hi,
                             double[] statusQuo, int startYear) {
        int n = central.length;
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double[] s : List.of(lo, central, hi, statusQuo)) {
            for (double v : s) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        double[] ticks = niceTicks(Math.min(0, min), max <= 0 ? 1 : max);
        double y0 = ticks[0];
        double y1 = ticks[ticks.length - 1];
        int stride = Math.max(1, (int) Math.ceil(n / 260.0));
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(esc(id)).append("\" data-metric=\"").append(esc(metric))
                .append("\" data-coa=\"").append(esc(coa)).append("\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\">");
        b.append("<title>").append(esc(title)).append("</title>");
        b.append("<text x=\"").append(LEFT).append("\" y=\"18\" class=\"chart-title\">").append(esc(title)).append("</text>");
        // axes and grid
        for (double t : ticks) {
            double y = sy(t, y0, y1);
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(xy(y)).append("\" y2=\"").append(xy(y)).append("\"/>");
            b.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(xy(y + 4)).append("\" text-anchor=\"end\">").append(esc(tickLabel(t))).append("</text>");
        }
        int years = Math.max(1, (n - 1) / 52);
        int yearStep = years <= 5 ? 1 : 2;
        for (int yr = 0; yr <= years; yr += yearStep) {
            double x = sx(52.0 * yr, n);
            b.append("<text class=\"tick\" x=\"").append(xy(x)).append("\" y=\"").append(H - BOTTOM + 16).append("\" text-anchor=\"middle\">").append(startYear + yr).append("</text>");
        }
        b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" y2=\"").append(H - BOTTOM).append("\"/>");
        b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(H - BOTTOM).append("\" y2=\"").append(H - BOTTOM).append("\"/>");
        // band polygon: hi forward, lo backward
        StringBuilder poly = new StringBuilder();
        for (int k = 0; k < n; k += stride) poly.append(point(k, hi[k], n, y0, y1));
        poly.append(point(n - 1, hi[n - 1], n, y0, y1));
        for (int k = n - 1; k >= 0; k -= stride) poly.append(point(k, lo[k], n, y0, y1));
        poly.append(point(0, lo[0], n, y0, y1));
        b.append("<polygon class=\"band\" data-series=\"").append(esc(coa)).append(" band\" points=\"").append(poly.toString().trim()).append("\"/>");
        b.append(polyline("status-quo", "status quo", statusQuo, stride, n, y0, y1));
        b.append(polyline("central", coa, central, stride, n, y0, y1));
        b.append("<text class=\"legend\" x=\"").append(W - RIGHT).append("\" y=\"").append(H - 6).append("\" text-anchor=\"end\">")
                .append("band: the sweep of lever values (and dependent share); line: central; grey: baseline</text>");
        b.append("</svg>");
        return b.toString();
    }

    /** Styles carried inside every chart so a saved SVG (or the PNG drawn from it) looks as it does in the page. */
    static final String STYLE = "<style>.grid{stroke:#e4e6ea;stroke-width:1}.axis{stroke:#555;stroke-width:1}.tick{font-size:10px;fill:#444;font-family:sans-serif}"
            + ".axis-title{font-size:10px;fill:#333;font-family:sans-serif}.chart-title{font-size:12px;font-weight:600;fill:#1d2329;font-family:sans-serif}"
            + ".legend{font-size:9px;fill:#666;font-family:sans-serif}.band{fill:#4c78a8;fill-opacity:.25;stroke:none}.central{fill:none;stroke:#1f4e8c;stroke-width:1.8}"
            + ".status-quo{fill:none;stroke:#888;stroke-width:1.2;stroke-dasharray:4 3}.bar{fill:#4c78a8}.lever-start{stroke:#b5651d;stroke-width:1.2;stroke-dasharray:2 2}"
            + ".marker-label{font-size:9px;fill:#b5651d;font-family:sans-serif}</style>";

    /**
     * The effect over time: percent change against the status quo of the same run, week by week after the start
     * (week 0 = the comparison's start week), with the band (lo/hi), the central line, the status quo as the zero line,
     * a marker where the first lever starts, axis titles and units. The y axis covers the data and zero only, so small
     * effects are visible.
     *
     * @param loPct         per week, band low, percent change
     * @param centralPct    per week, central, percent change
     * @param hiPct         per week, band high, percent change
     * @param leverStart    weeks after the start at which the first lever acts (negative: no marker)
     * @param startLabel    what week 0 is, for the x-axis title (e.g. "week 520, 2021-12-19")
     */
    static String changeSeries(String id, String title, String metric, String coa, double[] loPct, double[] centralPct, double[] hiPct,
                               int leverStart, String startLabel) {
        return changeSeries(id, title, metric, coa, loPct, centralPct, hiPct, leverStart, startLabel, org.cartellab.app.i18n.Messages.english());
    }

    /** As above, with axis titles, marker and legend in the language of {@code t}. */
    static String changeSeries(String id, String title, String metric, String coa, double[] loPct, double[] centralPct, double[] hiPct,
                               int leverStart, String startLabel, org.cartellab.app.i18n.Messages t) {
        int n = centralPct.length;
        double max = 0;
        double min = 0;
        for (double[] s : List.of(loPct, centralPct, hiPct)) {
            for (double v : s) {
                if (Double.isNaN(v)) continue;
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        if (max - min < 0.2) { max += 0.1; min -= 0.1; }
        double[] ticks = niceTicks(min, max);
        double y0 = ticks[0];
        double y1 = ticks[ticks.length - 1];
        int stride = Math.max(1, (int) Math.ceil(n / 260.0));
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(esc(id)).append("\" data-metric=\"").append(esc(metric))
                .append("\" data-coa=\"").append(esc(coa)).append("\" data-y-min=\"").append(Xml.num(y0, 3)).append("\" data-y-max=\"").append(Xml.num(y1, 3))
                .append("\" width=\"").append(W).append("\" height=\"").append(H + 14)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H + 14).append("\" role=\"img\">");
        b.append("<title>").append(esc(title)).append("</title>").append(STYLE);
        b.append("<text x=\"").append(LEFT).append("\" y=\"18\" class=\"chart-title\">").append(esc(title)).append("</text>");
        for (double v : ticks) {
            double y = sy(v, y0, y1);
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(xy(y)).append("\" y2=\"").append(xy(y)).append("\"/>");
            b.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(xy(y + 4)).append("\" text-anchor=\"end\">").append(esc(pctTick(v))).append("</text>");
        }
        int years = Math.max(1, (n - 1) / 52);
        int yearStep = years <= 5 ? 1 : 2;
        for (int yr = 0; yr <= years; yr += yearStep) {
            double x = sx(52.0 * yr, n);
            b.append("<text class=\"tick\" x=\"").append(xy(x)).append("\" y=\"").append(H - BOTTOM + 14).append("\" text-anchor=\"middle\">").append(yr).append("</text>");
        }
        b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" y2=\"").append(H - BOTTOM).append("\"/>");
        b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(H - BOTTOM).append("\" y2=\"").append(H - BOTTOM).append("\"/>");
        b.append("<text class=\"axis-title\" x=\"").append((LEFT + W - RIGHT) / 2).append("\" y=\"").append(H - BOTTOM + 28).append("\" text-anchor=\"middle\">")
                .append(esc(t.get("chart.x_axis", startLabel))).append("</text>");
        b.append("<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"").append(-(TOP + H - BOTTOM) / 2).append("\" y=\"14\" text-anchor=\"middle\">")
                .append(esc(t.get("chart.y_axis"))).append("</text>");
        StringBuilder poly = new StringBuilder();
        for (int k = 0; k < n; k += stride) poly.append(point(k, hiPct[k], n, y0, y1));
        poly.append(point(n - 1, hiPct[n - 1], n, y0, y1));
        for (int k = n - 1; k >= 0; k -= stride) poly.append(point(k, loPct[k], n, y0, y1));
        poly.append(point(0, loPct[0], n, y0, y1));
        b.append("<polygon class=\"band\" data-series=\"").append(esc(coa)).append(" band\" points=\"").append(poly.toString().trim()).append("\"/>");
        b.append(polyline("status-quo", "status quo", new double[n], stride, n, y0, y1));
        b.append(polyline("central", coa, centralPct, stride, n, y0, y1));
        if (leverStart >= 0 && leverStart < n) {
            double x = sx(leverStart, n);
            b.append("<line class=\"lever-start\" data-week=\"").append(leverStart).append("\" x1=\"").append(xy(x)).append("\" x2=\"").append(xy(x))
                    .append("\" y1=\"").append(TOP).append("\" y2=\"").append(H - BOTTOM).append("\"/>");
            b.append("<text class=\"marker-label\" x=\"").append(xy(x + 3)).append("\" y=\"").append(TOP + 9).append("\">")
                    .append(esc(t.get("chart.levers_start", leverStart))).append("</text>");
        }
        b.append("<text class=\"legend\" x=\"").append(W - RIGHT).append("\" y=\"").append(H + 10).append("\" text-anchor=\"end\">")
                .append(esc(t.get("chart.legend"))).append("</text>");
        b.append("</svg>");
        return b.toString();
    }

    private static String pctTick(double v) {
        double a = Math.abs(v);
        String s = a >= 10 || a == Math.rint(a) ? String.format(Locale.ROOT, "%.0f", v) : a >= 1 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
        return (v > 0 ? "+" : "") + s + " %";
    }

    private static String polyline(String cls, String series, double[] v, int stride, int n, double y0, double y1) {
        StringBuilder p = new StringBuilder();
        for (int k = 0; k < n; k += stride) p.append(point(k, v[k], n, y0, y1));
        if ((n - 1) % stride != 0) p.append(point(n - 1, v[n - 1], n, y0, y1));
        return "<polyline class=\"" + cls + "\" data-series=\"" + esc(series) + "\" points=\"" + p.toString().trim() + "\"/>";
    }

    private static String point(int k, double v, int n, double y0, double y1) {
        return xy(sx(k, n)) + "," + xy(sy(v, y0, y1)) + " ";
    }

    private static double sx(double k, int n) { return LEFT + (W - LEFT - RIGHT) * (n <= 1 ? 0 : k / (n - 1)); }

    private static double sy(double v, double y0, double y1) { return H - BOTTOM - (H - TOP - BOTTOM) * (v - y0) / (y1 - y0); }

    /** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten. */
    static double[] niceTicks(double lo, double hi) {
        double span = hi - lo;
        if (!(span > 0)) span = Math.abs(hi) > 0 ? Math.abs(hi) : 1;
        double raw = span / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        int count = (int) Math.round((end - start) / step) + 1;
        double[] t = new double[Math.max(2, count)];
        for (int i = 0; i < t.length; i++) t[i] = start + i * step;
        return t;
    }

    private static String tickLabel(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        if (a >= 1e3) return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /** Horizontal bars of shares in [0, 1], one per key, in map order. */
    static String shareBars(String id, String title, Map<String, Double> shares) {
        int rowH = 22;
        int labelW = 220;
        int barW = W - labelW - 60;
        int h = TOP + rowH * shares.size() + 10;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bars\" id=\"").append(esc(id)).append("\" width=\"").append(W)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(W).append(' ').append(h).append("\" role=\"img\">");
        b.append("<title>").append(esc(title)).append("</title>");
        b.append(STYLE);
        b.append("<text x=\"4\" y=\"18\" class=\"chart-title\">").append(esc(title)).append("</text>");
        int row = 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            double y = TOP + row * rowH;
            double share = e.getValue();
            b.append("<text class=\"tick\" x=\"").append(labelW - 6).append("\" y=\"").append(xy(y + 14)).append("\" text-anchor=\"end\">").append(esc(e.getKey())).append("</text>");
            b.append("<rect class=\"bar\" data-series=\"").append(esc(e.getKey())).append("\" data-share=\"").append(Xml.num(share, 4))
                    .append("\" x=\"").append(labelW).append("\" y=\"").append(xy(y + 3)).append("\" width=\"").append(xy(Math.max(0, share) * barW))
                    .append("\" height=\"").append(rowH - 6).append("\"/>");
            b.append("<text class=\"tick\" x=\"").append(xy(labelW + share * barW + 4)).append("\" y=\"").append(xy(y + 14)).append("\">")
                    .append(String.format(Locale.ROOT, "%.1f%%", 100 * share)).append("</text>");
            row++;
        }
        b.append("</svg>");
        return b.toString();
    }
}
