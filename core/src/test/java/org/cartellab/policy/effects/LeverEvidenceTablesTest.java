package org.cartellab.policy.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.cartellab.data.DataFormatException;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.junit.jupiter.api.Test;

class LeverEvidenceTablesTest {
    static final String GOOD_ROW = """
            tables:
              - lever: recruitment
                summary: s
                grade: {direction: analogue, size: judgment}
                transfer: t
                studies:
                  - id: row1
                    source: %s
                    design: d
                    place: p
                    period: y
                    outcome: o
                    effect: {note: direction only}
                    direction: %s
                    size: judgment
                    transfer: t
                    confirmed: {url: u, on: 2026-11-29}
            """;

    @Test
    void everyLeverKindHasAnEvidenceTableWithGradedStudies() {
        LeverEvidenceTables t = LeverEvidenceTables.bundled();
        assertThat(t.missing()).as("lever kinds without an evidence table").isEmpty();
        Map<String, String> summary = new TreeMap<>();
        for (Lever l : Lever.values()) {
            LeverEvidenceTable table = t.find(l).orElseThrow();
            assertThat(table.studies()).isNotEmpty();
            for (EffectStudy s : table.studies()) {
                assertThat(EvidenceCatalog.bundled().contains(s.source())).as(s.id()).isTrue();
                assertThat(s.effect().point().isPresent() || s.effect().note() != null).as(s.id()).isTrue();
            }
            summary.put(l.id(), table.studies().size() + " studies; range direction " + table.direction().id() + ", size " + table.size().id());
        }
        summary.forEach((k, v) -> System.out.println(k + ": " + v));
    }

    @Test
    void everyBundledLeverInstanceIsCoveredAndReCentredRangesMatchTheCatalog() {
        LeverEvidenceTables t = LeverEvidenceTables.bundled();
        Catalog c = Catalog.bundled();
        for (CourseOfAction coa : c.all()) {
            for (LeverEffect e : coa.levers()) assertThat(t.find(e.lever())).as(coa.id() + " " + e.lever().id()).isPresent();
        }
        int checked = 0;
        for (LeverEvidenceTable table : t.tables().values()) {
            for (LeverEvidenceTable.Recentred r : table.ranges()) {
                CourseOfAction coa = c.find(r.course()).orElseThrow(() -> new AssertionError("unknown course " + r.course()));
                LeverEffect e = coa.levers().stream().filter(x -> x.lever() == table.lever()).findFirst().orElseThrow();
                assertThat(e.effect()).as(r.course() + " " + table.lever().id()).isEqualTo(r.after());
                assertThat(r.after()).isNotEqualTo(r.before());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theStudiesNumbersThatTheCalibrationUsesAreThere() {
        LeverEvidenceTables t = LeverEvidenceTables.bundled();
        assertThat(t.study("calderon2015-local").orElseThrow().effect().estimate()).isEqualTo(36.5);
        assertThat(t.study("lindo2018-local").orElseThrow().effect().estimate()).isEqualTo(80.0);
        assertThat(t.study("dickenson2014-national").orElseThrow().effect().estimate()).isEqualTo(415.0);
        assertThat(t.study("unodc2011-seizures").orElseThrow().effect().estimate()).isEqualTo(0.2);
    }

    @Test
    void unknownStudyIdsAndBadGradesAreRefusedWithFileLineAndField() {
        EvidenceCatalog ledger = EvidenceCatalog.bundled();
        assertThat(LeverEvidenceTables.parse("t.yaml", GOOD_ROW.formatted("heller2017", "analogue"), ledger).find(Lever.RECRUITMENT)).isPresent();
        assertThatThrownBy(() -> LeverEvidenceTables.parse("t.yaml", GOOD_ROW.formatted("smith2099", "analogue"), ledger))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("t.yaml, line 8, field 'tables.recruitment.studies[0].source'")
                .hasMessageContaining("unknown study id 'smith2099'");
        assertThatThrownBy(() -> LeverEvidenceTables.parse("t.yaml", GOOD_ROW.formatted("heller2017", "certain"), ledger))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("line 14").hasMessageContaining("direction");
        assertThatThrownBy(() -> LeverEvidenceTables.parse("t.yaml", GOOD_ROW.formatted("heller2017", "analogue").replace("lever: recruitment", "lever: charm"), ledger))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("unknown lever 'charm'");
        assertThat(LeverEvidenceTables.parse("t.yaml", GOOD_ROW.formatted("heller2017", "analogue"), ledger).missing()).contains(Lever.SENTENCE_MULTIPLIER);
    }
}
