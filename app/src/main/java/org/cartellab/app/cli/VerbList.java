package org.cartellab.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The verb list of {@code cartel-lab --help}: each verb with the first complete sentence of its description (picocli
 * would show only the first line, often cut mid-sentence), wrapped to the usage width with a hanging indent.
 */
final class VerbList implements CommandLine.IHelpSectionRenderer {
    /** Width of the help text. */
    static final int WIDTH = 100;

    @Override
    public String render(CommandLine.Help help) {
        Map<String, CommandLine.Help> subs = help.subcommands();
        if (subs.isEmpty()) return "";
        int nameWidth = subs.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, CommandLine.Help> e : subs.entrySet()) {
            String summary = summary(e.getValue().commandSpec().usageMessage().description());
            List<String> lines = wrap(summary, WIDTH - 2 - nameWidth);
            for (int i = 0; i < lines.size(); i++) {
                b.append("  ").append(String.format("%-" + nameWidth + "s", i == 0 ? e.getKey() : "")).append(lines.get(i)).append('\n');
            }
        }
        return b.toString();
    }

    /** The first sentence of a description given as lines (a sentence ends with '.', '!' or '?' before a space or the end). */
    static String summary(String[] description) {
        String text = String.join(" ", description).replace("%n", " ").replaceAll("\\s+", " ").trim().replace("%%", "%");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && !text.substring(0, i + 1).matches("(?s).*\\b(e\\.g|i\\.e|vs|cf)\\.")) {
                return text.substring(0, i + 1);
            }
        }
        return text.isEmpty() ? "" : text + ".";
    }

    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
}
