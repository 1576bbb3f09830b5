package org.cartellab.app.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartellab.app.i18n.Messages;
import org.cartellab.i18n.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's messages for a command line it cannot parse (unknown option, missing parameter, value of the wrong type,
 * option given twice), in the language of {@link Messages}: English is picocli's own text, unchanged; other languages
 * are rebuilt from the exception's parts. A message of a kind not recognised here keeps picocli's English text after a
 * translated lead ("invalid arguments: …"), so nothing is lost.
 */
final class ParseErrors {
    private static final Pattern INVALID = Pattern.compile(
            "Invalid value for (option '([^']+)'|positional parameter at index \\S+ \\(([^)]+)\\)): '(.*)' is not an? ([\\w.]+)", Pattern.DOTALL);
    private static final Pattern INVALID_OTHER = Pattern.compile(
            "Invalid value for (option '([^']+)'|positional parameter at index \\S+ \\(([^)]+)\\)): (.*)", Pattern.DOTALL);
    private static final Pattern MISSING_VALUE = Pattern.compile("Missing required parameter for option '([^']+)' \\(([^)]+)\\)");
    private static final Pattern TWICE = Pattern.compile("option '([^']+)' \\(([^)]+)\\) should be specified only once");
    private static final Pattern EXPECTED = Pattern.compile("Expected parameter for option '([^']+)' but found '([^']*)'");

    private ParseErrors() {}

    /** The message for {@code ex} in {@code t}'s language (without the "error:" lead). */
    static String message(CommandLine.ParameterException ex, Messages t) {
        String m = String.valueOf(ex.getMessage());
        if (t.language() == Language.EN) return m;
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> un = u.getUnmatched();
            boolean option = un.get(0).startsWith("-");
            String list = "'" + String.join("', '", un) + "'";
            List<String> suggestions = u.getSuggestions();
            String text = t.get(option ? "cli.parse.unknown_option" : "cli.parse.unmatched", list);
            return suggestions.isEmpty() ? text : text + t.get("cli.parse.did_you_mean", String.join(", ", suggestions));
        }
        Matcher v = MISSING_VALUE.matcher(m);
        if (v.find()) return t.get("cli.parse.missing_value", v.group(1), v.group(2));
        if (ex instanceof CommandLine.MissingParameterException mp && !mp.getMissing().isEmpty()) {
            List<String> names = mp.getMissing().stream().map(ParseErrors::name).toList();
            return t.get(mp.getMissing().get(0).isOption() ? "cli.parse.missing_option" : "cli.parse.missing_parameter",
                    "'" + String.join("', '", names) + "'");
        }
        Matcher i = INVALID.matcher(m);
        if (i.find()) {
            String what = i.group(2) != null ? i.group(2) : i.group(3);
            return t.get("cli.parse.not_a", what, i.group(4), t.getOr("cli.type." + i.group(5).toLowerCase(java.util.Locale.ROOT), i.group(5)));
        }
        Matcher o = INVALID_OTHER.matcher(m);
        if (o.find()) return t.get("cli.parse.invalid_value", o.group(2) != null ? o.group(2) : o.group(3), o.group(4));
        Matcher tw = TWICE.matcher(m);
        if (tw.find()) return t.get("cli.parse.twice", tw.group(1));
        Matcher e = EXPECTED.matcher(m);
        if (e.find()) return t.get("cli.parse.expected_value", e.group(1), e.group(2));
        return t.get("cli.parse.other", m);
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) return o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "");
        return a.paramLabel();
    }
}
