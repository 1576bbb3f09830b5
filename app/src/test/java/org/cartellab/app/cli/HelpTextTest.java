package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** cartel-lab --help lists every verb with one complete sentence, within the help width. */
class HelpTextTest {
    @Test
    void everyVerbIsListedWithACompleteSentence() {
        CliRunner r = CliRunner.run("--help");
        assertThat(r.exit()).isZero();
        String list = r.out().substring(r.out().indexOf("Commands:") + "Commands:".length());
        assertThat(list).doesNotContain("%n").doesNotContain("[picocli");
        assertThat(Arrays.stream(list.split("\n")).mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(VerbList.WIDTH);
        // each entry (a verb line plus its indented continuation lines) ends a sentence
        String[] entries = list.strip().split("\n  (?=\\S)");
        assertThat(entries.length).isEqualTo(Verbs.all().size() + 1); // + help
        for (String e : entries) assertThat(e.strip()).as(e).matches("(?s)\\S+\\s+[A-Z(].*[.!?]");
        assertThat(VerbList.summary(new String[] {"Fits e.g. the model", "to data. More here."})).isEqualTo("Fits e.g. the model to data.");
    }
}
