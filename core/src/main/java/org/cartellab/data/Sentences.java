package org.cartellab.data;

import java.nio.file.Path;

/** Prison sentences in years, one per survey respondent (column SENTENCE of {@link DataSet#SENTENCES}); all finite and > 0. */
public final class Sentences {
    /** The column read. */
    public static final String COLUMN = "SENTENCE";
    /** Longest sentence accepted, in years; longer values are typos rather than sentences. */
    public static final double MAX_YEARS = 200;

    private final String source;
    private final double[] years;

    private Sentences(String source, double[] years) {
        this.source = source;
        this.years = years;
    }

    /** The bundled ENPOL 2021 sentences. */
    public static Sentences bundled() { return Holder.VALUE; }

    /** Sentences from a CSV file with a SENTENCE column (years). */
    public static Sentences read(Path file) { return of(CsvTable.read(file, COLUMN)); }

    /** Sentences from an already read table; every bad line is a {@link DataFormatException} naming it. */
    public static Sentences of(CsvTable table) {
        if (!table.header().contains(COLUMN)) throw new DataFormatException(table.source(), 1, COLUMN, "missing column; expected a header with " + COLUMN);
        double[] v = new double[table.rows().size()];
        int i = 0;
        for (CsvTable.Row row : table.rows()) {
            double s = row.number(COLUMN);
            if (!(s > 0) || s > MAX_YEARS) throw row.error(COLUMN, "expected a sentence in years above 0 and at most " + (int) MAX_YEARS + ", found " + s);
            v[i++] = s;
        }
        if (v.length == 0) throw new DataFormatException(table.source(), 0, COLUMN, "no sentences: the file has a header but no rows");
        return new Sentences(table.source(), v);
    }

    public String source() { return source; }

    public int size() { return years.length; }

    /** A copy of the sentences, in file order. */
    public double[] years() { return years.clone(); }

    double year(int i) { return years[i]; }

    private static final class Holder {
        static final Sentences VALUE = of(CsvTable.resource(DataSet.SENTENCES.file(), COLUMN));
    }
}
