package org.cartellab.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cartellab.data.DataFormatException;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.evidence.Reliability;
import org.cartellab.evidence.Source;
import org.cartellab.evidence.SourceKind;
import org.cartellab.law.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
    static final Catalog BUNDLED = Catalog.bundled();

    @Test
    void bundledCatalogLoadsTwelveOrMoreEntriesInIndexOrder() {
        assertThat(BUNDLED.size()).isGreaterThanOrEqualTo(12);
        assertThat(BUNDLED.ids()).startsWith("status_quo").contains(
                "strikes_with_consent", "strikes_without_consent", "covert_disruption", "intelligence_sharing",
                "training_vetted_units", "terrorist_designations", "expanded_surveillance", "financial_sanctions",
                "port_scanning", "us_demand_reduction", "recruitment_prevention");
        assertThat(BUNDLED.overrides()).isEmpty();
        List<String> stems = CatalogLoader.bundledFiles().stream().map(f -> f.replaceFirst("\\.yaml$", "")).toList();
        assertThat(BUNDLED.ids()).containsExactlyElementsOf(stems);
    }

    @Test
    void indexListsEveryBundledFile() throws IOException {
        Path dir = Path.of("src/main/resources/org/cartellab/policy/coa");
        List<String> onDisk;
        try (Stream<Path> s = Files.list(dir)) {
            onDisk = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        assertThat(CatalogLoader.bundledFiles()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void onlyTheStatusQuoHasNoLevers() {
        for (CourseOfAction c : BUNDLED.all()) assertThat(c.isStatusQuo()).as(c.id()).isEqualTo(c.id().equals("status_quo"));
    }

    @Test
    void everyCitationResolvesAndEveryValueHasASourceOrAnAssumption() {
        EvidenceCatalog ledger = BUNDLED.sources();
        for (CourseOfAction c : BUNDLED.all()) {
            for (Evidence e : Catalog.evidenceOf(c)) {
                assertThat(e.sources().isEmpty() && !e.assumption()).as(c.id() + ": value with neither source nor assumption").isFalse();
                for (String id : e.sources()) assertThat(ledger.contains(id)).as(c.id() + " cites " + id).isTrue();
            }
            for (LegalBasis l : c.legal()) {
                boolean linked = !l.provision().isEmpty() && KnowledgeBase.bundled().contains(l.provision());
                assertThat(linked || ledger.contains(l.source())).as(c.id() + " legal " + l.citation()).isTrue();
            }
            for (String seed : c.seeds()) assertThat(ledger.seed(seed)).as(c.id() + " seed " + seed).isPresent();
            assertThat(c.risks().keySet()).as(c.id()).containsExactlyInAnyOrder(RiskDimension.values());
        }
    }

    @Test
    void noSeedOrNewsReportIsTheOnlySupportForALeverEffect() {
        // Effect sizes resting only on news would be dishonest: they must be flagged as assumptions or cite research/law.
        EvidenceCatalog ledger = BUNDLED.sources();
        for (CourseOfAction c : BUNDLED.all()) {
            for (LeverEffect l : c.levers()) {
                boolean onlyNews = !l.evidence().sources().isEmpty()
                        && l.evidence().sources().stream().allMatch(id -> ledger.get(id).kind() == SourceKind.NEWS);
                if (onlyNews) assertThat(l.evidence().assumption()).as(c.id() + " " + l.lever().id()).isTrue();
            }
        }
    }

    @Test
    void theUnverifiedSeedSupportsNoNumber() {
        for (CourseOfAction c : BUNDLED.all()) {
            for (Evidence e : Catalog.evidenceOf(c)) assertThat(e.sources()).as(c.id()).doesNotContain("seed-002");
        }
        assertThat(BUNDLED.sources().seed("002").orElseThrow().reliability().grade())
                .isEqualTo(Reliability.Grade.UNVERIFIED);
    }

    @Test
    void everyLeverEffectSizeIsFlaggedAsAssumptionBecauseNoSourceGivesOne() {
        for (CourseOfAction c : BUNDLED.all()) {
            for (LeverEffect l : c.levers()) assertThat(l.evidence().assumption()).as(c.id() + " " + l.lever().id()).isTrue();
        }
    }

    @Test
    void effectDirectionsFollowTheEvidence() {
        for (CourseOfAction c : BUNDLED.all()) {
            for (LeverEffect l : c.levers()) {
                Range r = l.effect();
                switch (l.lever()) {
                    // leadership removal splits organisations (>= 1 faction) and the literature finds more violence after it
                    case LEADERSHIP_REMOVAL -> {
                        assertThat(r.high()).as(c.id()).isGreaterThan(1);
                        // an explicit succession window raises conflict, or the removal mode selects the calibrated one
                        if (l.settings().containsKey(LeverSettings.SUCCESSION_CONFLICT)) {
                            assertThat(LeverSettings.number(l, LeverSettings.SUCCESSION_CONFLICT)).as(c.id()).isGreaterThanOrEqualTo(1);
                        } else {
                            assertThat(l.settings()).as(c.id()).containsKey(LeverSettings.REMOVAL_MODE);
                        }
                        assertThat(l.evidence().sources()).as(c.id()).containsAnyOf("calderon2015", "phillips2015", "lindo2018", "atuesta2018");
                    }
                    // nothing in the catalog claims to raise recruitment or to cut incapacitation
                    case RECRUITMENT -> assertThat(r.high()).as(c.id()).isLessThanOrEqualTo(1);
                    case INCAPACITATION -> assertThat(r.low()).as(c.id()).isGreaterThanOrEqualTo(1);
                    default -> { }
                }
            }
        }
        // the option the Science paper supports is the one with the largest recruitment cut
        double best = BUNDLED.all().stream().flatMap(c -> c.levers().stream()).filter(l -> l.lever() == Lever.RECRUITMENT)
                .mapToDouble(l -> l.effect().central()).min().orElseThrow();
        LeverEffect prevention = BUNDLED.find("recruitment_prevention").orElseThrow().levers().stream()
                .filter(l -> l.lever() == Lever.RECRUITMENT).findFirst().orElseThrow();
        assertThat(prevention.effect().central()).isEqualTo(best);
        assertThat(prevention.evidence().sources()).contains("prieto-curiel2023");
        // unilateral strikes cost more cooperation than consented ones
        assertThat(cooperation("strikes_without_consent").high()).isLessThan(cooperation("strikes_with_consent").low() + 1e-12);
    }

    private static Range cooperation(String id) {
        return BUNDLED.find(id).orElseThrow().levers().stream().filter(l -> l.lever() == Lever.COOPERATION)
                .findFirst().orElseThrow().effect();
    }

    @Test
    void everyLawAndPaperTheBriefNamesIsInTheLedger() {
        Set<String> expected = Set.of("prieto-curiel2023", "caulkins2023", "calderon2015", "phillips2015", "lindo2018",
                "atuesta2018", "dell2015", "cdc-overdose", "usc50-3093", "eo12333", "usc8-1189", "usc18-2339b", "eo14157",
                "fto-2025-02-20", "usc50-1881a", "risaa2024", "usc21-1901", "eo14059", "usc10-124", "usc10-284",
                "usc18-1385", "usc50-1541", "un-charter-2-4", "un-charter-51", "mx-const-76-iii", "mx-const-89-x",
                "mx-lsn-2020", "merida-initiative", "bicentennial-framework",
                "seed-000", "seed-001", "seed-002", "seed-003", "seed-004");
        assertThat(BUNDLED.sources().ids()).containsAll(expected);
        for (String id : expected) {
            Source s = BUNDLED.sources().get(id);
            if (s.kind() == SourceKind.PEER_REVIEWED) assertThat(s.doi()).as(id).isNotEmpty();
        }
    }

    @Test
    void userFolderAddsAndOverridesWithReport(@TempDir Path dir) throws IOException {
        String quo = Files.readString(Path.of("src/main/resources/org/cartellab/policy/coa/status_quo.yaml"));
        Files.writeString(dir.resolve("my_quo.yaml"), quo.replace("title: Status quo (current policies continue)", "title: My status quo"));
        Files.writeString(dir.resolve("new_option.yaml"), CourseOfActionParserTest.VALID.replace("id: test_coa", "id: new_option")
                .replace("sources: [cdc-overdose]", "sources: [my-study]"));
        Files.writeString(dir.resolve("sources.yaml"), """
                sources:
                  - id: my-study
                    kind: peer_reviewed
                    title: A user's own study
                    supports: A user-supplied range.
                """);
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        Catalog c = CatalogLoader.standard().load(dir);
        assertThat(c.size()).isEqualTo(BUNDLED.size() + 1);
        assertThat(c.ids().get(0)).isEqualTo("status_quo");
        assertThat(c.ids()).endsWith("new_option");
        assertThat(c.find("status_quo").orElseThrow().title()).isEqualTo("My status quo");
        assertThat(c.origin("status_quo")).endsWith("my_quo.yaml");
        assertThat(c.overrides()).singleElement().asString().startsWith("status_quo: ").endsWith("replaces the bundled entry");
        assertThat(c.sources().contains("my-study")).isTrue();
    }

    @Test
    void userFolderErrorsNameTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), CourseOfActionParserTest.VALID.replace("sources: [calderon2015]", "sources: [nowhere]"));
        assertThatThrownBy(() -> CatalogLoader.standard().load(dir)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("bad.yaml, line 12, field 'levers[0].evidence.sources[0]'");
        Files.writeString(dir.resolve("bad.yaml"), CourseOfActionParserTest.VALID);
        Files.writeString(dir.resolve("bad2.yaml"), CourseOfActionParserTest.VALID);
        assertThatThrownBy(() -> CatalogLoader.standard().load(dir)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("bad2.yaml").hasMessageContaining("also used by");
        assertThatThrownBy(() -> CatalogLoader.standard().load(dir.resolve("missing"))).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("not a folder");
    }

    @Test
    void userSourcesMayNotRedefineBundledIds(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - {id: dell2015, kind: news, title: t, supports: s, reliability: {grade: low, reason: r}}\n");
        assertThatThrownBy(() -> CatalogLoader.standard().load(dir)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("already exists in the bundled ledger");
    }
}
