package org.cartellab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** docs/models.md's parameter tables say what the declarations say: every parameter, symbol, value, bounds and start-only flag. */
class ModelsDocTest {
    private static final Pattern NUMBER = Pattern.compile("^[-+]?[0-9.]+(e[-+]?[0-9]+)?");

    @Test
    void networkTableMatchesTheDeclarations() throws IOException {
        Map<String, List<String>> rows = table("### Network parameters");
        assertThat(rows.keySet()).containsExactlyElementsOf(ModelParameters.NETWORK.names());
        for (ModelParameter p : ModelParameters.NETWORK.parameters()) {
            List<String> c = rows.get(p.name());
            check(p, c);
            assertThat(number(c.get(2))).as(p.name() + " box low").isCloseTo(p.calibrationBox().low(), rel(p.calibrationBox().low()));
            assertThat(number(c.get(3))).as(p.name() + " box high").isCloseTo(p.calibrationBox().high(), rel(p.calibrationBox().high()));
        }
    }

    @Test
    void cohortTableMatchesTheDeclarations() throws IOException {
        Map<String, List<String>> rows = table("### Cohort parameters");
        assertThat(rows.keySet()).containsExactlyElementsOf(ModelParameters.COHORT.names());
        for (ModelParameter p : ModelParameters.COHORT.parameters()) {
            List<String> c = rows.get(p.name());
            check(p, c);
            assertThat(number(c.get(2))).as(p.name() + " accepted low").isCloseTo(p.accepted().low(), rel(p.accepted().low()));
            assertThat(number(c.get(3))).as(p.name() + " accepted high").isCloseTo(p.accepted().high(), rel(p.accepted().high()));
        }
    }

    private static void check(ModelParameter p, List<String> c) {
        assertThat(c.get(0)).as(p.name() + " symbol").isEqualTo(p.symbol());
        if (p.derived()) {
            assertThat(c.get(1)).as(p.name() + " value").startsWith("derived");
        } else {
            assertThat(number(c.get(1))).as(p.name() + " value").isCloseTo(p.value(), rel(p.value()));
        }
        assertThat(c.get(4)).as(p.name() + " start only").isEqualTo(p.startOnly() ? "yes" : "no");
    }

    private static Offset<Double> rel(double v) {
        return Offset.offset(Math.max(1e-7 * Math.abs(v), 1e-300));
    }

    private static double number(String cell) {
        Matcher m = NUMBER.matcher(cell.trim());
        assertThat(m.find()).as("a number in '" + cell + "'").isTrue();
        return Double.parseDouble(m.group());
    }

    /** Rows of the first table after {@code heading}: name -> symbol, value, low, high, start only (the unit is skipped). */
    private static Map<String, List<String>> table(String heading) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "models.md"));
        int i = -1;
        for (int k = 0; k < lines.size() && i < 0; k++) if (lines.get(k).startsWith(heading)) i = k;
        assertThat(i).as(heading + " in docs/models.md").isNotNegative();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (int k = i + 1; k < lines.size() && !lines.get(k).startsWith("#"); k++) {
            String l = lines.get(k);
            if (!l.startsWith("| `")) continue;
            String[] cells = l.substring(1, l.length() - 1).split("\\|");
            String name = cells[0].trim().replace("`", "");
            List<String> rest = new ArrayList<>();
            for (int j = 1; j < cells.length; j++) rest.add(cells[j].trim());
            rest.remove(1); // the unit, in words
            rows.put(name, rest);
        }
        return rows;
    }
}
