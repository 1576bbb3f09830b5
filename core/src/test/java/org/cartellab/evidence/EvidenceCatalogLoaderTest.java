package org.cartellab.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cartellab.data.DataFormatException;
import org.junit.jupiter.api.Test;

class EvidenceCatalogLoaderTest {
    @Test
    void seedsCarryTheGradesTheSpecAssigns() {
        EvidenceCatalog c = EvidenceCatalog.bundled();
        assertThat(c.seedIds()).containsExactly("000", "001", "002", "003", "004");
        assertThat(grade(c, "004")).isEqualTo(Reliability.Grade.HIGH);
        assertThat(grade(c, "003")).isEqualTo(Reliability.Grade.MODERATE); // an unsigned relay that garbles a CNN fact
        assertThat(c.seed("003").orElseThrow().reliability().reason()).contains("garbles");
        assertThat(c.seed("004").orElseThrow().reliability().reason()).contains("300,000").contains("false");
        assertThat(grade(c, "000")).isEqualTo(Reliability.Grade.MODERATE);
        assertThat(grade(c, "001")).isEqualTo(Reliability.Grade.LOW);
        assertThat(grade(c, "002")).isEqualTo(Reliability.Grade.UNVERIFIED);
        assertThat(c.seed("001").orElseThrow().reliability().reason()).containsIgnoringCase("anachronism");
    }

    private static Reliability.Grade grade(EvidenceCatalog c, String seed) {
        return c.seed(seed).orElseThrow().reliability().grade();
    }

    @Test
    void everyNewsSourceIsGradedAndCitationsRender() {
        for (Source s : EvidenceCatalog.bundled().all()) {
            if (s.kind() == SourceKind.NEWS) assertThat(s.reliability()).as(s.id()).isNotNull();
            assertThat(s.citation()).as(s.id()).contains(s.title());
        }
        assertThat(EvidenceCatalog.bundled().get("dell2015").citation())
                .isEqualTo("Dell M. Trafficking networks and the Mexican drug war. American Economic Review 105(6), 1738-1779 (2015). doi:10.1257/aer.20121637");
    }

    @Test
    void rejectsBadEntriesWithLineAndField() {
        DataFormatException kind = fail("sources:\n  - {id: a, kind: blog, title: t, supports: s}\n");
        assertThat(kind.line()).isEqualTo(2);
        assertThat(kind.field()).isEqualTo("sources[0].kind");
        assertThat(fail("sources:\n  - {id: a, kind: news, title: t, supports: s}\n").field()).isEqualTo("sources[0].reliability");
        assertThat(fail("sources:\n  - {id: a, kind: law, title: t}\n").field()).isEqualTo("sources[0].supports");
        assertThat(fail("sources:\n  - {id: a, kind: law, title: t, supports: s, isbn: 1}\n").field()).isEqualTo("sources[0].isbn");
        DataFormatException dup = fail("sources:\n  - {id: a, kind: law, title: t, supports: s}\n  - {id: a, kind: law, title: u, supports: s}\n");
        assertThat(dup.line()).isEqualTo(3);
        assertThat(dup.getMessage()).contains("duplicate source id 'a'");
        assertThat(fail("sources:\n  - {id: a, kind: news, title: t, supports: s, reliability: {grade: great, reason: r}}\n").field())
                .isEqualTo("sources[0].reliability.grade");
        assertThat(fail("sources:\n  - {id: A B, kind: law, title: t, supports: s}\n").field()).isEqualTo("sources[0].id");
    }

    @Test
    void lookupOfUnknownIdFails() {
        assertThat(EvidenceCatalog.bundled().find("nope")).isEmpty();
        assertThatThrownBy(() -> EvidenceCatalog.bundled().get("nope")).hasMessageContaining("unknown source id 'nope'");
    }

    private static DataFormatException fail(String text) {
        try {
            EvidenceCatalogLoader.parse("s.yaml", text);
        } catch (DataFormatException e) {
            return e;
        }
        throw new AssertionError("expected rejection");
    }
}
