package org.cartellab.data;

/** A data or input file that does not have the expected shape: names the file, line, field and expectation. */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;
    private final String field;

    public DataFormatException(String source, long line, String field, String problem) {
        super(oneLine(format(source, line, field, problem)));
        this.problem = problem == null ? null : oneLine(problem);
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

    /**
     * The text with every control character (line breaks, tabs, escape sequences) and bidirectional-override
     * character written as a visible escape ({@code \\n}, {@code \\u001b}), so a value quoted from a file can neither
     * split the message over lines nor reach a terminal as a control sequence (issue 10: one message, one line).
     */
    public static String oneLine(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (!control) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(text.length() + 8).append(text, 0, i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? text : b.toString();
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
