package org.cartellab.data;

/** A data or input file that does not have the expected shape: names the file, line, field and expectation. */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;
    private final String field;

    public DataFormatException(String source, long line, String field, String problem) {
        super(format(source, line, field, problem));
        this.problem = problem;
        this.source = source;
        this.line = line;
        this.field = field;
    }

    private static String format(String source, long line, String field, String problem) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) b.append(", line ").append(line);
        if (field != null && !field.isEmpty()) b.append(", field '").append(field).append('\'');
        return b.append(": ").append(problem).toString();
    }

    /** The file or resource name. */
    public String source() { return source; }

    /** One-based line number, or 0 when the problem is not tied to a line. */
    public long line() { return line; }

    /** The offending column or key, or null. */
    public String field() { return field; }

    private final String problem;

    /** What is wrong, without the file, line and field. */
    public String problem() { return problem; }
}
