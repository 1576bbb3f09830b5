package org.cartellab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spanish parity of the data: every user-facing English text of the bundled catalog, legal knowledge base, public
 * record and evidence ledger (iterated from the loaded data, so an entry added later fails here until translated)
 * has its Spanish text in the overlays, and no translation is a copy of the English.
 */
class SpanishCompletenessTest {
    @Test
    void everyEnglishTextHasASpanishText() {
        Map<String, String> es = Translations.bundledSpanish().all();
        List<String> missing = new ArrayList<>();
        for (String key : EnglishTexts.bundled().all().keySet()) if (!es.containsKey(key)) missing.add(key);
        assertThat(missing).as(missing.size() + " texts without Spanish (add them to org/cartellab/i18n/es/, see docs/i18n.md)").isEmpty();
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
