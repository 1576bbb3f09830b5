package org.cartellab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spanish parity of the data: every user-facing English text of the bundled catalog, legal knowledge base, public
 * record and evidence ledger (iterated from the loaded data, so an entry added later fails here until translated)
 * has its Spanish text in the overlays, and no translation is a copy of the English.
 */
class SpanishCompletenessTest {
    /** Keys still awaiting Spanish (test resource es-pending.txt): a ratchet that may only shrink. */
    static Set<String> pending() throws Exception {
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = SpanishCompletenessTest.class.getResourceAsStream("/org/cartellab/i18n/es-pending.txt")) {
            if (in == null) return out;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String k = line.strip();
                if (!k.isEmpty() && !k.startsWith("#")) out.add(k);
            }
        }
        return out;
    }

    @Test
    void everyEnglishTextHasASpanishTextOrIsAListedPendingOne() throws Exception {
        Map<String, String> es = Translations.bundledSpanish().all();
        Set<String> pending = pending();
        List<String> missing = new ArrayList<>();
        for (String key : EnglishTexts.bundled().all().keySet()) if (!es.containsKey(key) && !pending.contains(key)) missing.add(key);
        assertThat(missing).as(missing.size() + " texts without Spanish (add them to org/cartellab/i18n/es/, see docs/i18n.md)").isEmpty();
    }

    @Test
    void thePendingListOnlyShrinks() throws Exception {
        Map<String, String> es = Translations.bundledSpanish().all();
        EnglishTexts en = EnglishTexts.bundled();
        List<String> done = new ArrayList<>();
        for (String key : pending()) if (es.containsKey(key) || !en.contains(key)) done.add(key);
        assertThat(done).as("translated or removed: delete these lines from es-pending.txt").isEmpty();
    }

    @Test
    void translationsAreNotCopiesOfLongEnglishTexts() {
        List<String> copies = new ArrayList<>();
        EnglishTexts en = EnglishTexts.bundled();
        Translations.bundledSpanish().all().forEach((k, v) -> {
            // names (actors), citations, titles of works and cases, and bases naming a report may legitimately stay the
            // same; prose of several words may not
            boolean name = k.startsWith("record/actors/") || k.endsWith("/citation") || k.endsWith("/title") || k.endsWith("/basis");
            if (!name && v.split(" ").length > 6 && v.equals(en.get(k))) copies.add(k);
        });
        assertThat(copies).as("Spanish text identical to the English").isEmpty();
    }
}
