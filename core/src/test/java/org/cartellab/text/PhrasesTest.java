package org.cartellab.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartellab.i18n.Language;
import org.cartellab.i18n.Localizer;
import org.cartellab.i18n.Translations;
import org.junit.jupiter.api.Test;

/** The generated sentences' patterns: unique keys, Spanish with the same placeholders, rendering per language. */
class PhrasesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("%[-+ 0,(#]*\\d*(\\.\\d+)?[a-zA-Z%]");

    static List<String> placeholders(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test
    void keysAreUniqueAndEverySpanishPatternHasTheEnglishPlaceholders() {
        List<String> keys = Phrases.all().stream().map(Phrase.Pattern::key).toList();
        assertThat(keys).doesNotHaveDuplicates().contains("weak.rank_flips", "law.no_counter");
        List<String> mismatched = new ArrayList<>();
        for (Phrase.Pattern p : Phrases.all()) {
            String es = Translations.bundledSpanish().get("phrases/" + p.key());
            if (es != null && !placeholders(es).equals(placeholders(p.english()))) mismatched.add(p.key());
        }
        assertThat(mismatched).as("Spanish patterns whose placeholders differ from the English").isEmpty();
    }

    @Test
    void englishIsThePatternFormattedAndSpanishTranslatesPatternsLabelsTextsAndDates() {
        Phrase p = Phrase.of(Phrases.START_2022, Phrase.of(Phrases.START_REFERENCE), LocalDate.of(2012, 1, 1), 520, LocalDate.of(2021, 12, 19));
        assertThat(p.english()).isEqualTo("2022 state of the reference run (Prieto-Curiel et al., Science 2023) from 2012-01-01 to week 520 (2021-12-19)");
        assertThat(Localizer.of(Language.EN).phrase(p, Phrase.Label::english)).isEqualTo(p.english());
        assertThat(Localizer.of(Language.ES).phrase(p, Phrase.Label::english))
                .isEqualTo("estado de 2022 de la corrida de referencia (Prieto-Curiel et al., Science 2023) del 1 de enero de 2012 a la semana 520 (19 de diciembre de 2021)");
        Phrase gap = Phrase.of(Phrases.GAP_JUDGMENT_ONE, Phrase.of(Phrases.GAP_SIZE), new Phrase.Label("lever.name.cooperation", "cooperation", false),
                new Phrase.Text("levers/cooperation/summary", "Change in Mexico's cooperation index (1 = today's); negative for backlash."));
        assertThat(gap.english()).startsWith("The size of the cooperation lever rests on judgment");
        assertThat(Localizer.of(Language.ES).phrase(gap, l -> "cooperación"))
                .isEqualTo("El tamaño de la palanca cooperación descansa en juicio propio (ningún estudio lo da; el rango recoge la duda): "
                        + "Cambio en el índice de cooperación de México (1 = la actual); negativo si hay rechazo.");
        Phrase weak = Phrase.of(Phrases.WEAK_SIGN, "x", new Phrase.Label("metric.members", "Cartel members", true), 5, -1.25, 2.5);
        assertThat(weak.english()).isEqualTo("x: cartel members at 5 years ranges from -1.3% to +2.5% against the status quo; the model cannot say whether it goes up or down");
        assertThat(Localizer.of(Language.ES).phrase(weak, l -> "Integrantes de cárteles")).startsWith("x: integrantes de cárteles a 5 años va de -1.3% a +2.5%");
    }

    @Test
    void everyPatternFormatsInBothLanguages() {
        for (Phrase.Pattern p : Phrases.all()) {
            String es = Translations.bundledSpanish().get("phrases/" + p.key());
            for (String pattern : es == null ? List.of(p.english()) : List.of(p.english(), es)) {
                List<Object> args = new ArrayList<>();
                for (String ph : placeholders(pattern)) {
                    char c = ph.charAt(ph.length() - 1);
                    if (c == '%' || c == 'n') continue;
                    args.add(c == 'd' ? (Object) 1 : c == 'f' || c == 'g' ? (Object) 1.0 : "x");
                }
                assertThat(String.format(Language.ES.locale(), pattern, args.toArray())).as(p.key()).isNotBlank(); // throws on a stray % or a missing argument
            }
        }
    }

    @Test
    void localizingACourseKeepsItsPathwaysButTheNamesOfTheirParts() {
        for (org.cartellab.policy.CourseOfAction c : org.cartellab.policy.Catalog.bundled().all()) {
            org.cartellab.policy.CourseOfAction es = Localizer.of(Language.ES).course(c);
            for (int i = 0; i < c.pathways().size(); i++) {
                var en = c.pathways().get(i);
                var loc = es.pathways().get(i);
                assertThat(loc.consentFixed()).as(c.id()).isEqualTo(en.consentFixed());
                assertThat(loc.block().counterpart()).as(c.id()).isEqualTo(en.block().counterpart());
                assertThat(loc.block().conditions()).isEqualTo(en.block().conditions());
                assertThat(loc.consentMatters()).isEqualTo(en.consentMatters());
                if (!en.block().part().isEmpty()) assertThat(loc.block().part()).as(c.id()).isNotEqualTo(en.block().part());
            }
        }
    }
}
