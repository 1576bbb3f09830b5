package org.cartellab.comparison;

import org.cartellab.data.CsvTable;
import org.cartellab.data.DataSet;

/**
 * The mean prison sentence for a new incapacitation, from ENPOL 2021 sentences drawn with weight 1/sentence as in
 * docs/models.md (a survey of people in prison over-represents long sentences; weighting by 1/sentence undoes that). The
 * weighted mean is therefore the harmonic mean of the sentences.
 */
public record SentenceStatistics(double meanYears, int respondents, String source) {
    public static SentenceStatistics bundled() {
        CsvTable t = CsvTable.resource(DataSet.SENTENCES.file(), "SENTENCE");
        double inverse = 0;
        int n = 0;
        for (CsvTable.Row row : t.rows()) {
            double s = row.number("SENTENCE");
            if (!(s > 0)) throw row.error("SENTENCE", "a sentence must be > 0 years to be weighted by 1/sentence, got " + s);
            inverse += 1 / s;
            n++;
        }
        if (n == 0) throw new IllegalStateException("no sentences in " + DataSet.SENTENCES.file());
        return new SentenceStatistics(n / inverse, n, DataSet.SENTENCES.citation());
    }
}
