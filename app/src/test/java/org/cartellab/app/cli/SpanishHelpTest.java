package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartellab.app.i18n.EnglishLeaks;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Issue 13, items 7 and 8: {@code --help} in Spanish. Every verb's and option's description has Spanish text in
 * {@link SpanishHelp}'s bundle (found by walking picocli's command tree, so a new verb or option fails here until it
 * has one), no Spanish key is stale, each Spanish description is complete sentences with the same numbers as the
 * English (a changed default shows), and each verb's help under {@code --lang es} reads as Spanish.
 */
class SpanishHelpTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static String key(CommandSpec spec, ArgSpec a) {
        String name = a.descriptionKey() != null && !a.descriptionKey().isEmpty() ? a.descriptionKey()
                : a.isOption() ? ((OptionSpec) a).longestName().replaceFirst("^-+", "")
                : a.paramLabel() + "[" + ((PositionalParamSpec) a).index() + "]";
        return spec.qualifiedName(".") + "." + name;
    }

    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(m.group());
        Collections.sort(out);
        return out;
    }

    private static List<CommandLine> tree() { return HelpTextAuditTest.all(Main.commandLine(new StringWriter(), new StringWriter())); }

    @Test
    void everyDescriptionHasSpanishWithTheSameNumbersAndNoKeyIsStale() {
        ResourceBundle es = SpanishHelp.bundle();
        Set<String> used = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        List<String> numbersDiffer = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (CommandLine cl : tree()) {
            CommandSpec spec = cl.getCommandSpec();
            List<String[]> pairs = new ArrayList<>(); // key, English
            pairs.add(new String[] {spec.qualifiedName(".") + ".usage.description", String.join(" ", spec.usageMessage().description())});
            if (spec.usageMessage().header().length > 0) {
                pairs.add(new String[] {spec.qualifiedName(".") + ".usage.header", String.join(" ", spec.usageMessage().header())});
            }
            for (ArgSpec a : spec.args()) if (!a.hidden()) pairs.add(new String[] {key(spec, a), String.join(" ", a.description())});
            if (!spec.usageMessage().exitCodeList().isEmpty()) { // the exit codes' heading and lines, in order
                String prefix = spec.qualifiedName(".") + ".usage.exitCodeList";
                used.add(prefix + "Heading");
                for (int i = 0; i < spec.usageMessage().exitCodeList().size(); i++) {
                    if (!es.containsKey(prefix + "." + i)) missing.add(prefix + "." + i);
                    used.add(prefix + "." + i);
                }
            }
            for (String[] p : pairs) {
                if (!es.containsKey(p[0])) {
                    missing.add(p[0] + " = " + p[1]);
                    continue;
                }
                used.add(p[0]);
                String spanish = es.getString(p[0]);
                String english = p[1].replace("${DEFAULT-VALUE}", "");
                if (!numbers(english).equals(numbers(spanish.replace("${DEFAULT-VALUE}", "")))) numbersDiffer.add(p[0] + ": '" + english + "' / '" + spanish + "'");
                String t = spanish.strip().replaceAll("(%n)+$", "").strip();
                if (!(t.endsWith(".") || t.endsWith(".)") || t.endsWith("?"))) incomplete.add(p[0]);
            }
        }
        List<String> stale = new ArrayList<>();
        for (String k : Collections.list(es.getKeys())) if (!k.startsWith("usage.") && !used.contains(k)) stale.add(k);
        assertThat(missing).as("descriptions without Spanish in " + SpanishHelp.RESOURCE).isEmpty();
        assertThat(stale).as("Spanish help keys that match no verb or option").isEmpty();
        assertThat(numbersDiffer).as("Spanish help whose numbers differ from the English (a default changed?)").isEmpty();
        assertThat(incomplete).as("Spanish descriptions that are not complete sentences").isEmpty();
    }

    @Test
    void everyVerbsHelpIsSpanishUnderLangEs() {
        List<String> leaks = new ArrayList<>();
        for (CommandLine cl : tree()) {
            CommandSpec spec = cl.getCommandSpec();
            List<String> args = new ArrayList<>(List.of("--lang", "es"));
            String[] path = spec.qualifiedName().split(" ");
            args.addAll(List.of(path).subList(1, path.length));
            args.add("--help");
            CliRunner r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(spec.qualifiedName()).isZero();
            assertThat(r.out()).as(spec.qualifiedName()).contains("Uso: ").doesNotContain("%n", "%%", "Usage:", "Commands:");
            // option names, parameter labels, the values one types (--status confirmed, --distribution reference-box) and
            // the store's default paths are identifiers in any language
            // and CSV column names, the public contract ("columnas deaths, cum_deaths")
            List<String> allowed = new ArrayList<>(List.of("confirmed, conflicting, unverified", "reference-box", "columnas deaths",
                    "$XDG_DATA_HOME/cartel-lab/runs.duckdb", "~/.local/share/cartel-lab/runs.duckdb"));
            for (ArgSpec a : spec.args()) {
                if (a instanceof OptionSpec o) allowed.addAll(List.of(o.names()));
                allowed.add(a.paramLabel());
            }
            for (CommandLine c : tree()) {
                allowed.add(c.getCommandSpec().qualifiedName()); // the synopsis
                allowed.add(c.getCommandSpec().qualifiedName().replaceFirst("^cartel-lab ", "")); // "(as listed by runs list)"
                allowed.add("'" + c.getCommandName() + "'");
            }
            allowed.add(String.join(" ", List.of(path).subList(1, path.length)));
            // picocli wraps a long word after a dot ("runs.", "duckdb"): join those back; blank the verb-name column
            String text = r.out().replaceAll("\\.\\n\\s{10,}(?=[a-z])", ".");
            StringBuilder plain = new StringBuilder();
            for (String line : text.split("\n")) {
                Matcher m = Pattern.compile("^  ([a-z-]+)(\\s{2,}.*)$").matcher(line);
                plain.append(m.matches() && cl.getSubcommands().containsKey(m.group(1)) ? m.group(2) : line).append('\n');
            }
            for (String leak : EnglishLeaks.in(plain.toString(), allowed)) leaks.add(spec.qualifiedName() + ": " + leak);
        }
        assertThat(leaks).isEmpty();
        // English help is the annotations' own text, unchanged
        assertThat(CliRunner.run("compare", "--help").out()).startsWith("Usage: ").contains("Compare courses of action from the catalog");
        assertThat(CliRunner.run("--lang", "es", "--help").out()).contains("Compara cursos de acción del catálogo", "Comandos:");
    }
}
