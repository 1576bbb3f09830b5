package org.cartellab.fuzz;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutations of a valid YAML file (a bundled one) for the file-format fuzz: each generated input is the seed with one
 * to three edits: a value replaced by a hostile token (Java-only or YAML 1.1 number syntax, huge or non-finite
 * numbers, wrong types, aliases, control characters, long text), a line deleted, duplicated (duplicate key), indented
 * differently or given an unknown key, or the text cut at a random point. Starting from a real file keeps most
 * inputs deep enough to reach the validation behind the parser.
 */
final class TextMutations {
    private TextMutations() {}

    static final List<String> TOKENS = List.of("0", "1", "-1", "010", "0520", "1d", "0x1p3", "0o17", "0x1F", "1_000", "NaN", ".nan", ".inf",
            "-.inf", "1e308", "-1e308", "1e-320", "9999999999999999999999", "\"5\"", "'2'", "[]", "{}", "~", "null", "true", "no",
            "abc", "\"\"", "\"\\n\"", "\"\\e[2J\"", "&a x", "*a", "*nope", "<<: *a", "2026-02-30", "2026-13-01", "1999", "2099-01-01",
            "[seed-000, seed-000]", "[unknown-source]", "{low: 2, central: 1, high: 0}", "{low: 0.1, central: 0.5, high: 0.9}",
            "\"=HYPERLINK(\\\"x\\\")\"", "x".repeat(5000), "\u0000", "\"\\u202e\"", "- a\n- b", "|\n  multi\n  line", "!!binary AAAA",
            "!!java.io.File x", "0.0", "-0", "1e-9", "2", "0.5", "0.999999999", "100", "52", "520");

    static Arbitrary<String> of(String seed) {
        List<String> lines = List.of(seed.split("\n", -1));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, lines.size() - 1),
                        Arbitraries.of(TOKENS), Arbitraries.integers().between(0, Math.max(1, seed.length() - 1)))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(3).map(edits -> {
            List<String> out = new ArrayList<>(lines);
            String tail = null;
            for (Edit e : edits) {
                int i = Math.min(e.line, out.size() - 1);
                if (i < 0) break;
                String l = out.get(i);
                int colon = l.indexOf(": ");
                String indent = l.substring(0, l.length() - l.stripLeading().length());
                switch (e.kind) {
                    case 0, 1 -> { if (colon > 0) out.set(i, l.substring(0, colon + 2) + e.token); else out.set(i, l + " " + e.token); }
                    case 2 -> out.remove(i);
                    case 3 -> out.add(i, l);
                    case 4 -> out.add(i, indent + "unknown_field: " + e.token);
                    case 5 -> out.set(i, " " + l);
                    default -> tail = String.join("\n", out).substring(0, Math.min(e.cut, String.join("\n", out).length()));
                }
                if (out.isEmpty()) out.add("");
            }
            return tail != null ? tail : String.join("\n", out);
        });
    }

    private record Edit(int kind, int line, String token, int cut) {}
}
