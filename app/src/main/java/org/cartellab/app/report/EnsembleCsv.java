package org.cartellab.app.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cartellab.assessment.ComparisonEnsemble;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.comparison.Metric;
import org.cartellab.uncertainty.Spread;

/**
 * ensemble.csv: {@code coa, years, metric, p5, p25, median, p75, p95, prob_lower}. Per course, horizon and metric three
 * rows: the level ({@code <metric>}), the paired change against the status quo ({@code <metric>_change}) and the same in
 * percent ({@code <metric>_change_pct}), each with the share of members where the course lowers the metric;
 * {@code status_quo} rows first with empty prob_lower; then per course a {@code rank_median} row and a
 * {@code ranked_first_share} row (at the matrix horizon, value in the median column, other columns empty).
 */
public final class EnsembleCsv {
    private EnsembleCsv() {}

    public static String of(ComparisonEnsembleResult e) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader("coa", "years", "metric", "p5", "p25", "median", "p75", "p95", "prob_lower").build())) {
            for (int y : e.horizonsYears()) {
                for (Metric m : ComparisonEnsemble.METRICS) row(p, "status_quo", y, m.id(), e.statusQuo().get(y).get(m), "");
            }
            for (String id : e.ids()) {
                for (int y : e.horizonsYears()) {
                    for (Metric m : ComparisonEnsemble.METRICS) {
                        ComparisonEnsembleResult.Outcome o = e.outcome(id, y, m);
                        String prob = Double.toString(o.probLower());
                        row(p, id, y, m.id(), o.level(), prob);
                        row(p, id, y, m.id() + "_change", o.change(), prob);
                        row(p, id, y, m.id() + "_change_pct", o.changePct(), prob);
                    }
                }
            }
            for (String id : e.ids()) {
                ComparisonEnsembleResult.RankDistribution r = e.ranks().get(id);
                p.printRecord(SafeCsv.cells(id, e.matrixHorizon(), "rank_median", "", "", r.medianRank(), "", "", ""));
                p.printRecord(SafeCsv.cells(id, e.matrixHorizon(), "ranked_first_share", "", "", r.shareFirst(), "", "", ""));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static void row(CSVPrinter p, String coa, int years, String metric, Spread s, String prob) throws IOException {
        p.printRecord(SafeCsv.cells(coa, years, metric, s.p5(), s.p25(), s.median(), s.p75(), s.p95(), prob));
    }
}
