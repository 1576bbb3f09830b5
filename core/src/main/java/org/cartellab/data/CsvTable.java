package org.cartellab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A UTF-8 CSV file with a header row, read whole, with typed field access that names file, line and field on error. */
public final class CsvTable {
    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Reads a file from disk. */
    public static CsvTable read(Path path, String... requiredColumns) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.getFileName().toString(), in, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a class-path resource next to {@link BundledData}. */
    public static CsvTable resource(String name, String... requiredColumns) {
        try (InputStream in = BundledData.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("bundled data set missing from the class path: " + name);
            return read(name, in, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads from a stream; a leading byte-order mark is skipped. */
    public static CsvTable read(String source, InputStream in, String... requiredColumns) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        reader = skipByteOrderMark(reader);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build();
        List<Row> rows = new ArrayList<>();
        List<String> header;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            header = parser.getHeaderNames();
            for (String required : requiredColumns) {
                if (!header.contains(required)) {
                    throw new DataFormatException(source, 1, required,
                            "missing column; expected a header with " + String.join(", ", requiredColumns));
                }
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) continue; // blank line
                if (!record.isConsistent()) {
                    String field = record.size() < header.size() ? header.get(record.size())
                            : "(after " + header.get(header.size() - 1) + ")";
                    throw new DataFormatException(source, line, field,
                            "expected " + header.size() + " fields, found " + record.size());
                }
                rows.add(new Row(source, line, record));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DataFormatException(source, 0, null, "not a readable CSV file (" + e.getMessage() + ")");
        }
        return new CsvTable(source, header, rows);
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') pushback.unread(first);
        return pushback;
    }

    public String source() { return source; }

    public List<String> header() { return header; }

    public List<Row> rows() { return rows; }

    /** One record with its line number. */
    public static final class Row {
        private final String source;
        private final long line;
        private final CSVRecord record;

        Row(String source, long line, CSVRecord record) {
            this.source = source;
            this.line = line;
            this.record = record;
        }

        public long line() { return line; }

        /** Whether the field is empty (an optional value left out). */
        public boolean isBlank(String column) {
            String v = record.get(column);
            return v == null || v.isBlank();
        }

        /** A non-empty text field. */
        public String text(String column) {
            String v = record.get(column);
            if (v == null || v.isBlank()) throw new DataFormatException(source, line, column, "expected a value, found an empty field");
            return v.trim();
        }

        /** A finite number. */
        public double number(String column) {
            String v = text(column);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) throw new NumberFormatException();
                return d;
            } catch (NumberFormatException e) {
                throw new DataFormatException(source, line, column, "expected a number, found '" + v + "'");
            }
        }

        /** A finite number that is zero or more. */
        public double nonNegative(String column) {
            double d = number(column);
            if (d < 0) throw new DataFormatException(source, line, column, "expected a number >= 0, found " + record.get(column));
            return d;
        }

        /** A whole number. */
        public int integer(String column) {
            String v = text(column);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new DataFormatException(source, line, column, "expected a whole number, found '" + v + "'");
            }
        }

        /** A field that must be one of the given identifiers. */
        public String oneOf(String column, Set<String> allowed, String what) {
            String v = text(column);
            if (!allowed.contains(v)) throw new DataFormatException(source, line, column, "unknown " + what + " '" + v + "'");
            return v;
        }

        public DataFormatException error(String column, String problem) {
            return new DataFormatException(source, line, column, problem);
        }
    }
}
