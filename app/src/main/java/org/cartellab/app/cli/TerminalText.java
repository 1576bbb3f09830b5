package org.cartellab.app.cli;

/**
 * Text from input (scenario names, keys, file contents quoted in messages) made safe to print on a terminal: control
 * characters (C0, DEL, C1, including ESC, so no escape sequence reaches the terminal) are shown as {@code \n},
 * {@code \t}, {@code \r} or {@code \\u001b}; a message therefore always stays on one line.
 */
final class TerminalText {
    private TerminalText() {}

    /** {@code s} with every control character replaced by a visible escape; null stays null. */
    static String clean(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (!control) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * A writer that drops every control character except line feed and tab on its way to the terminal, so text from
     * input (a scenario name with an escape sequence, say) cannot move the cursor, recolour or retitle the terminal.
     */
    static java.io.PrintWriter safe(java.io.Writer terminal) {
        return new java.io.PrintWriter(new java.io.FilterWriter(terminal) {
            @Override
            public void write(int c) throws java.io.IOException {
                if (keep((char) c)) super.write(c);
            }

            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                for (int i = off; i < off + len; i++) write(buf[i]);
            }

            @Override
            public void write(String str, int off, int len) throws java.io.IOException {
                for (int i = off; i < off + len; i++) write(str.charAt(i));
            }
        }, true);
    }

    /**
     * A file name as the core labels it ("coa/x.yaml (bundled)") with the "(bundled)" mark in the language of
     * {@code m}; other names are unchanged.
     */
    static String bundled(String name, org.cartellab.app.i18n.Messages m) {
        return name != null && name.endsWith(" (bundled)")
                ? name.substring(0, name.length() - " (bundled)".length()) + " (" + m.get("common.bundled") + ")" : name;
    }

    private static boolean keep(char c) {
        return c == '\n' || c == '\t' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f));
    }
}
