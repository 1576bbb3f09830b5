package org.cartellab.app.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.Criterion;
import org.cartellab.assessment.DecisionMatrix;
import org.cartellab.assessment.LegalCriterion;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.MetricBand;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.OutsideModelOutcome;
import org.cartellab.policy.Range;

/**
 * The comparison's CSV files: comparison.csv (long format, one row per course, horizon and metric, plus rows for
 * levers not evaluated and outcomes outside the model, each explained in the note column), matrix.csv and
 * robustness.csv.
 */
public final class ComparisonTables {
    private ComparisonTables() {}

    public static final String STATUS_QUO = "status_quo";

    /** Columns: coa, years, metric, low, central, high, change_vs_status_quo (percent, central vs status quo), note. */
    public static String comparison(Comparison c) {
        return csv(new String[] {"coa", "years", "metric", "low", "central", "high", "change_vs_status_quo", "note"}, p -> {
            String baselineNote = c.baselineEquivalents().isEmpty() ? "baseline run (no new measures)"
                    : "baseline run (no new measures) = catalog entries " + String.join(", ", c.baselineEquivalents()) + " (no levers; not repeated)";
            for (int y : c.horizonsYears()) {
                for (Metric m : Metric.values()) {
                    double v = c.statusQuo().value(m, 52 * y);
                    p.printRecord(SafeCsv.cells(STATUS_QUO, y, m.id(), num(v), num(v), num(v), num(0), note(m) + "; " + baselineNote));
                }
            }
            for (CoaResult r : c.results()) {
                boolean baseline = r.coa().isStatusQuo(); // its network rows are the baseline rows above
                for (int y : c.horizonsYears()) {
                    if (!baseline) {
                        for (Metric m : Metric.values()) {
                            MetricBand b = r.band(y, m);
                            p.printRecord(SafeCsv.cells(r.id(), y, m.id(), num(b.low()), num(b.central()), num(b.high()), num(b.centralChangePct()), note(m)));
                        }
                    }
                    if (r.cohort().containsKey(y)) {
                        var perPoint = r.cohort().get(y);
                        for (String k : perPoint.get(Range.Point.CENTRAL).withLevers().keySet()) {
                            double lo = Double.POSITIVE_INFINITY;
                            double hi = Double.NEGATIVE_INFINITY;
                            for (var e : perPoint.values()) {
                                lo = Math.min(lo, e.withLevers().get(k));
                                hi = Math.max(hi, e.withLevers().get(k));
                            }
                            double central = perPoint.get(Range.Point.CENTRAL).withLevers().get(k);
                            double sq = perPoint.get(Range.Point.CENTRAL).statusQuo().get(k);
                            double change = sq == 0 ? Double.NaN : 100 * (central - sq) / sq;
                            p.printRecord(SafeCsv.cells(r.id(), y, "cohort:" + k, num(lo), num(central), num(hi), num(change),
                                    "cohort engine (own population; never added to network members); baseline " + num(sq)));
                        }
                    }
                }
                for (LeverSetting s : r.notEvaluated()) {
                    p.printRecord(SafeCsv.cells(r.id(), "", "lever:" + s.effect().lever().id(), "", "", "", "", "not evaluated in this comparison (needs the cohort engine)"));
                }
                for (OutsideModelOutcome o : r.coa().outsideModel()) {
                    p.printRecord(SafeCsv.cells(r.id(), "", "outside:" + o.metric(), num(o.range().low()), num(o.range().central()), num(o.range().high()), "",
                            "outside the model: sourced range, not model output (" + o.unit() + "; " + String.join("; ", o.evidence().sources())
                                    + (o.evidence().assumption() ? "; assumption" : "") + ")"));
                }
            }
        });
    }

    private static String note(Metric m) {
        return m.estimate() ? "estimate outside the engine: cumulative incapacitations x ENPOL mean sentence" : "network model";
    }

    /** Columns: coa, title, rank, score, rank_low_levers, rank_high_levers, needs_consent (true when Mexico's consent changes the legal pathway), then raw and normalised per criterion. */
    public static String matrix(ComparisonAssessment a) {
        DecisionMatrix m = a.matrix();
        int n = Criterion.values().length;
        String[] header = new String[8 + 2 * n]; // the last column, tied_with, was added after the criteria (extend, never break)
        String[] fixed = {"coa", "title", "rank", "score", "rank_low_levers", "rank_high_levers", "needs_consent"};
        System.arraycopy(fixed, 0, header, 0, fixed.length);
        for (Criterion c : Criterion.values()) {
            header[7 + 2 * c.ordinal()] = c.id();
            header[8 + 2 * c.ordinal()] = c.id() + "_normalised";
        }
        header[7 + 2 * n] = "tied_with";
        return csv(header, p -> {
            for (DecisionMatrix.Row r : m.ranked()) {
                Object[] row = new Object[header.length];
                row[0] = r.id();
                row[1] = r.title();
                row[2] = r.rank();
                row[3] = num(r.score());
                row[4] = a.lowLevers().row(r.id()).rank();
                row[5] = a.highLevers().row(r.id()).rank();
                row[6] = LegalCriterion.consentMatters(a.comparison().result(r.id()).coa());
                for (Criterion c : Criterion.values()) {
                    row[7 + 2 * c.ordinal()] = num(r.raw().get(c));
                    row[8 + 2 * c.ordinal()] = num(r.normalised().get(c));
                }
                row[7 + 2 * n] = String.join(";", r.tiedWith());
                p.printRecord(SafeCsv.cells(row));
            }
        });
    }

    /** Columns: coa, share_ranked_first, samples, seed, rank_default_weights, rank_low_levers, rank_high_levers. */
    public static String robustness(ComparisonAssessment a) {
        return csv(new String[] {"coa", "share_ranked_first", "samples", "seed", "rank", "rank_low_levers", "rank_high_levers"}, p -> {
            for (var e : a.robustness().shareFirst().entrySet()) {
                p.printRecord(SafeCsv.cells(e.getKey(), num(e.getValue()), a.robustness().samples(), a.robustness().seed(), a.matrix().row(e.getKey()).rank(),
                        a.lowLevers().row(e.getKey()).rank(), a.highLevers().row(e.getKey()).rank()));
            }
        });
    }

    private interface Rows {
        void write(CSVPrinter p) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').build())) {
            rows.write(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Shortest round-trip representation, so files reproduce the numbers exactly. */
    private static String num(double v) { return Double.isNaN(v) ? "" : Double.toString(v).toLowerCase(Locale.ROOT); }
}
