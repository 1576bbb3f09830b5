package org.cartellab.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cartellab.data.DataFormatException;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.RiskDimension;
import org.junit.jupiter.api.Test;

class TranslationsTest {
    private static final EnglishTexts EN = EnglishTexts.bundled();

    @Test
    void aStaleFieldIsRefusedWithFileLineAndField() {
        String yaml = "title: 'Statu quo'\nlevers:\n  recruitment: 'no existe en el inglés'\n";
        assertThatThrownBy(() -> Translations.read("es/coa/status_quo.yaml", yaml, "coa/status_quo/", EN, new LinkedHashMap<>()))
                .isInstanceOf(DataFormatException.class)
                .satisfies(e -> {
                    DataFormatException d = (DataFormatException) e;
                    assertThat(d.source()).isEqualTo("es/coa/status_quo.yaml");
                    assertThat(d.line()).isEqualTo(3);
                    assertThat(d.field()).isEqualTo("levers/recruitment");
                    assertThat(d.getMessage()).contains("stale");
                });
    }

    @Test
    void duplicatesAndNonTextLeavesAreRefused() {
        assertThatThrownBy(() -> Translations.read("x.yaml", "title: 'a'\ntitle: 'b'\n", "coa/status_quo/", EN, new LinkedHashMap<>()))
                .isInstanceOf(DataFormatException.class);
        assertThatThrownBy(() -> Translations.read("x.yaml", "title: [a, b]\n", "coa/status_quo/", EN, new LinkedHashMap<>()))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("title");
    }

    @Test
    void theLocalizerTranslatesEveryTextOfACourseAndKeepsIdsAndNumbers() {
        CourseOfAction en = Catalog.bundled().find("strikes_without_consent").orElseThrow();
        CourseOfAction es = Localizer.of(Language.ES).course(en);
        assertThat(es.id()).isEqualTo(en.id());
        assertThat(es.title()).isNotEqualTo(en.title()).contains("consentimiento");
        assertThat(es.levers()).hasSameSizeAs(en.levers());
        assertThat(es.levers().get(0).effect()).isEqualTo(en.levers().get(0).effect());
        assertThat(es.legal().get(0).note()).isNotEqualTo(en.legal().get(0).note());
        assertThat(es.risks().get(RiskDimension.ESCALATION).level()).isEqualTo(en.risks().get(RiskDimension.ESCALATION).level());
        assertThat(es.risks().get(RiskDimension.ESCALATION).rationale()).isNotEqualTo(en.risks().get(RiskDimension.ESCALATION).rationale());
        assertThat(Localizer.of(Language.EN).course(en)).isSameAs(en);
    }

    @Test
    void missingTranslationsFallBackToEnglish() {
        CourseOfAction en = Catalog.bundled().find("status_quo").orElseThrow();
        Localizer none = new Localizer(Language.ES, new Translations(Map.of()));
        assertThat(none.course(en).title()).isEqualTo(en.title());
        assertThat(none.text("coa/nope/title", "English")).isEqualTo("English");
    }

    @Test
    void datesInProseFollowTheLanguage() {
        assertThat(Language.ES.longDate(LocalDate.of(2026, 2, 20))).isEqualTo("20 de febrero de 2026");
        assertThat(Language.EN.longDate(LocalDate.of(2026, 2, 20))).isEqualTo("20 February 2026");
        assertThat(Language.ES.longMonth(YearMonth.of(2025, 9))).isEqualTo("septiembre de 2025");
        assertThat(Language.fromId("ES")).isEqualTo(Language.ES);
        assertThat(Language.fromId("fr")).isNull();
    }
}
