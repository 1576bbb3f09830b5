package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Issue 10, kind 9: every verb's help, found by walking picocli's command tree (so a new verb is covered without a
 * list here), prints without picocli warnings, and every description (the verb's and each option's and parameter's) is
 * made of complete sentences: it ends with a full stop (or ? or !) and no path is split over two lines of the help.
 */
class HelpTextAuditTest {
    private static final String[] STOPS = {".", "?", "!", ".)", ".\""};

    static List<CommandLine> all(CommandLine root) {
        List<CommandLine> out = new ArrayList<>();
        out.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub.getCommandSpec().parent() == root.getCommandSpec() && !out.contains(sub)) out.addAll(all(sub));
        }
        return out.stream().distinct().toList();
    }

    private static boolean complete(String text) {
        String t = text.strip();
        while (t.endsWith("%n")) t = t.substring(0, t.length() - 2).strip(); // picocli's own help command ends in a line break
        for (String s : STOPS) if (t.endsWith(s)) return true;
        return false;
    }

    @Test
    void everyDescriptionIsCompleteSentences() {
        List<String> bad = new ArrayList<>();
        for (CommandLine cl : all(Main.commandLine(new java.io.StringWriter(), new java.io.StringWriter()))) {
            CommandSpec spec = cl.getCommandSpec();
            String verb = spec.qualifiedName();
            String description = String.join(" ", spec.usageMessage().description());
            if (!complete(description)) bad.add(verb + ": " + description);
            for (ArgSpec a : spec.args()) {
                if (a.hidden()) continue;
                String d = String.join(" ", a.description());
                String name = a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
                if (!complete(d)) bad.add(verb + " " + name + ": '" + d + "'");
            }
        }
        assertThat(bad).as("descriptions that are not complete sentences").isEmpty();
    }

    @Test
    void everyVerbsHelpPrintsWithoutWarningsAndKeepsPathsWhole() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        List<String> split = new ArrayList<>();
        try {
            for (CommandLine cl : all(Main.commandLine(new java.io.StringWriter(), new java.io.StringWriter()))) {
                String verb = cl.getCommandSpec().qualifiedName();
                List<String> args = new ArrayList<>(List.of(verb.split(" ")).subList(1, verb.split(" ").length));
                args.add("--help");
                CliRunner r = CliRunner.run(args.toArray(String[]::new));
                assertThat(r.exit()).as(verb).isZero();
                assertThat(r.out()).as(verb).doesNotContain("%n").doesNotContain("%%");
                String[] lines = r.out().split("\n");
                for (int i = 0; i + 1 < lines.length; i++) {
                    // a path cut at a separator: the line ends in "/" or a "~/…", "./…" token continues on the next line
                    String end = lines[i].stripTrailing();
                    if (end.matches(".*[A-Za-z0-9_.~-]/$") || end.matches(".*\\S*/\\S*[-_/]$")) split.add(verb + ": '" + end + "' / '" + lines[i + 1].strip() + "'");
                }
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString()).doesNotContain("picocli WARN").doesNotContain("[picocli");
        assertThat(split).as("paths split over two lines of help").isEmpty();
    }
}
