package org.cartellab.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cartellab.data.BundledData;
import org.cartellab.data.Cartel;
import org.cartellab.data.DataFormatException;
import org.cartellab.evidence.EvidenceCatalog;
import org.junit.jupiter.api.Test;

class CourseOfActionParserTest {
    static final EvidenceCatalog SOURCES = EvidenceCatalog.bundled();

    static List<String> nodeIds() {
        return BundledData.network().cartels().stream().map(Cartel::node).toList();
    }

    /** A valid entry; each test breaks one thing. Line numbers below refer to this text. */
    static final String VALID = """
            id: test_coa
            title: Test
            summary: A test entry.
            seeds: ["004"]
            levers:
              - lever: leadership_removal
                effect: {low: 1, central: 2, high: 3}
                start_week: 0
                ramp_weeks: 10
                scaled_by_cooperation: true
                settings: {targets: 3, rival_weight: 1.0, succession_weeks: 52, succession_conflict: 1.5}
                evidence: {sources: [calderon2015], assumption: true, rationale: Direction sourced and size assumed.}
              - lever: cooperation
                effect: {low: -0.5, central: -0.2, high: 0}
                start_week: 0
                ramp_weeks: 0
                scaled_by_cooperation: false
                settings: {recovery_weeks: 52}
                evidence: {assumption: true, rationale: Assumed.}
            legal:
              - {role: authority, jurisdiction: US, citation: 50 U.S.C. 3093, note: Finding needed., source: usc50-3093}
            risks:
              harm_to_us_persons: {level: 1, rationale: r, evidence: {assumption: true, rationale: a}}
              cartel_retaliation: {level: 2, rationale: r, evidence: {sources: [seed-000], fact: f, rationale: a}}
              diplomatic_backlash: {level: 3, rationale: r, evidence: {assumption: true, rationale: a}}
              succession_violence: {level: 4, rationale: r, evidence: {sources: [phillips2015], fact: f, rationale: a}}
              escalation: {level: 0, rationale: r, evidence: {assumption: true, rationale: a}}
              civil_liberties: {level: 1, rationale: r, evidence: {assumption: true, rationale: a}}
              harm_to_mexican_civilians: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}
              us_personnel_legal_exposure: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}
              partner_intelligence_loss: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}
              leaks_and_corruption: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}
              partner_force_abuses: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}
              recruitment_blowback: {level: 1, rationale: r, evidence: {judgment: true, sources: [seed-001], rationale: a}}
              extortion_displacement: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}
              cost: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}
              norm_erosion: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}
            outside_model:
              - metric: m
                unit: u
                range: {low: -10, central: -5, high: 0}
                evidence: {sources: [cdc-overdose], assumption: true, rationale: a}
            pathway:
              consent: true
              branch: armed_forces
              place: [mx_territory]
              force: lethal
              us_persons_exposed: true
              armed_conflict_claimed: true
              claims:
                US: [us-const-art-ii]
                MX: []
                INTERNATIONAL: []
            """;

    static CourseOfAction parse(String text) {
        return CourseOfActionParser.parse("test.yaml", text, SOURCES, nodeIds());
    }

    static DataFormatException reject(String text) {
        try {
            parse(text);
        } catch (DataFormatException e) {
            return e;
        }
        throw new AssertionError("expected the file to be rejected:\n" + text);
    }

    @Test
    void validEntryParsesWithTypedSettings() {
        CourseOfAction c = parse(VALID);
        assertThat(c.id()).isEqualTo("test_coa");
        assertThat(c.seeds()).containsExactly("004");
        LeverEffect lr = c.levers().get(0);
        assertThat(lr.lever()).isEqualTo(Lever.LEADERSHIP_REMOVAL);
        assertThat(lr.effect()).isEqualTo(new Range(1, 2, 3));
        assertThat(LeverSettings.topK(lr)).contains(3);
        assertThat(LeverSettings.number(lr, LeverSettings.SUCCESSION_CONFLICT)).isEqualTo(1.5);
        assertThat(LeverSettings.integer(lr, LeverSettings.SUCCESSION_WEEKS)).isEqualTo(52);
        assertThat(lr.evidence().sources()).containsExactly("calderon2015");
        assertThat(lr.evidence().assumption()).isTrue();
        assertThat(LeverSettings.integer(c.levers().get(1), LeverSettings.RECOVERY_WEEKS)).isEqualTo(52);
        assertThat(c.risks()).hasSize(RiskDimension.values().length);
        assertThat(c.risks().get(RiskDimension.SUCCESSION_VIOLENCE).level()).isEqualTo(4);
        assertThat(c.legal().get(0).role()).isEqualTo(LegalBasis.Role.AUTHORITY);
        assertThat(c.outsideModel().get(0).range().low()).isEqualTo(-10);
        assertThat(Catalog.assumptionCount(c)).isEqualTo(16); // 2 levers + 13 judged risks + 1 outcome
        assertThat(Catalog.maxRisk(c)).isEqualTo(4);
    }

    @Test
    void nodeIdTargetsAreAccepted() {
        String first = nodeIds().get(0);
        String second = nodeIds().get(1);
        CourseOfAction c = parse(VALID.replace("targets: 3", "targets: [" + first + ", " + second + "]"));
        assertThat(LeverSettings.nodeIds(c.levers().get(0))).contains(List.of(first, second));
        assertThat(LeverSettings.topK(c.levers().get(0))).isEmpty();
    }

    @Test
    void optionalLeadershipSettingsAreCheckedAgainstTheirValues() {
        CourseOfAction ok = parse(VALID.replace("targets: 3", "targets: 3, succession_scope: network, alliance_inheritance: kept"));
        assertThat(ok.levers().stream().filter(l -> l.lever() == Lever.LEADERSHIP_REMOVAL).findFirst().orElseThrow().settings())
                .containsEntry("succession_scope", "network").containsEntry("alliance_inheritance", "kept");
        DataFormatException bad = reject(VALID.replace("targets: 3", "targets: 3, succession_scope: everywhere"));
        assertThat(bad.field()).endsWith("settings.succession_scope");
        assertThat(bad.getMessage()).contains("factions, network");
    }

    @Test
    void unknownLever() {
        DataFormatException e = reject(VALID.replace("lever: cooperation", "lever: drone_strikes"));
        assertThat(e.line()).isEqualTo(13);
        assertThat(e.field()).isEqualTo("levers[1].lever");
        assertThat(e.getMessage()).contains("test.yaml").contains("unknown lever 'drone_strikes'").contains("recruitment");
    }

    @Test
    void missingSourceAndAssumptionFlag() {
        DataFormatException e = reject(VALID.replace("evidence: {assumption: true, rationale: Assumed.}", "evidence: {rationale: Assumed.}"));
        assertThat(e.line()).isEqualTo(19);
        assertThat(e.field()).isEqualTo("levers[1].evidence");
        assertThat(e.getMessage()).contains("no source and no assumption flag");
    }

    @Test
    void assumptionFalseWithoutSourcesIsStillMissing() {
        DataFormatException e = reject(VALID.replace("evidence: {assumption: true, rationale: Assumed.}", "evidence: {assumption: false, rationale: Assumed.}"));
        assertThat(e.field()).isEqualTo("levers[1].evidence");
    }

    @Test
    void unknownSourceIdInLeverRiskOutcomeOrLegal() {
        DataFormatException lever = reject(VALID.replace("sources: [calderon2015]", "sources: [calderon2015, smith1999]"));
        assertThat(lever.line()).isEqualTo(12);
        assertThat(lever.field()).isEqualTo("levers[0].evidence.sources[1]");
        assertThat(lever.getMessage()).contains("unknown source id 'smith1999'");

        DataFormatException risk = reject(VALID.replace("sources: [phillips2015]", "sources: [phillips2016]"));
        assertThat(risk.line()).isEqualTo(26);
        assertThat(risk.field()).isEqualTo("risks.succession_violence.evidence.sources[0]");

        DataFormatException legal = reject(VALID.replace("source: usc50-3093", "source: usc50-9999"));
        assertThat(legal.line()).isEqualTo(21);
        assertThat(legal.field()).isEqualTo("legal[0].source");

        DataFormatException outcome = reject(VALID.replace("sources: [cdc-overdose]", "sources: [cdc]"));
        assertThat(outcome.field()).isEqualTo("outside_model[0].evidence.sources[0]");
    }

    @Test
    void ratingOffTheScale() {
        DataFormatException high = reject(VALID.replace("escalation: {level: 0", "escalation: {level: 5"));
        assertThat(high.line()).isEqualTo(27);
        assertThat(high.field()).isEqualTo("risks.escalation.level");
        assertThat(high.getMessage()).contains("0 to 4");
        assertThat(reject(VALID.replace("escalation: {level: 0", "escalation: {level: -1")).field()).isEqualTo("risks.escalation.level");
        assertThat(reject(VALID.replace("escalation: {level: 0", "escalation: {level: 2.5")).field()).isEqualTo("risks.escalation.level");
    }

    @Test
    void missingRiskDimension() {
        DataFormatException e = reject(VALID.replace("  civil_liberties: {level: 1, rationale: r, evidence: {assumption: true, rationale: a}}\n", ""));
        assertThat(e.line()).isEqualTo(23);
        assertThat(e.field()).isEqualTo("risks.civil_liberties");
        assertThat(e.getMessage()).contains("every dimension must be rated");
    }

    @Test
    void unknownRiskDimension() {
        DataFormatException e = reject(VALID.replace("  escalation:", "  mission_creep: {level: 1, rationale: r, evidence: {assumption: true, rationale: a}}\n  escalation:"));
        assertThat(e.field()).isEqualTo("risks.mission_creep");
        assertThat(e.getMessage()).contains("unknown key");
    }

    @Test
    void rangeOutOfOrder() {
        DataFormatException lowAboveCentral = reject(VALID.replace("{low: 1, central: 2, high: 3}", "{low: 3, central: 2, high: 3}"));
        assertThat(lowAboveCentral.line()).isEqualTo(7);
        assertThat(lowAboveCentral.field()).isEqualTo("levers[0].effect");
        assertThat(lowAboveCentral.getMessage()).contains("low <= central <= high");
        DataFormatException centralAboveHigh = reject(VALID.replace("{low: -10, central: -5, high: 0}", "{low: -10, central: 5, high: 0}"));
        assertThat(centralAboveHigh.field()).isEqualTo("outside_model[0].range");
    }

    @Test
    void leverValueOutsideItsBounds() {
        // leadership_removal splits into 1..10 factions; 0.5 is below the minimum
        DataFormatException below = reject(VALID.replace("{low: 1, central: 2, high: 3}", "{low: 0.5, central: 2, high: 3}"));
        assertThat(below.field()).isEqualTo("levers[0].effect.low");
        assertThat(below.getMessage()).contains("from 1 to 10");
        // cooperation is a change in [-1, 1]
        DataFormatException above = reject(VALID.replace("{low: -0.5, central: -0.2, high: 0}", "{low: -0.5, central: -0.2, high: 1.5}"));
        assertThat(above.line()).isEqualTo(14);
        assertThat(above.field()).isEqualTo("levers[1].effect.high");
    }

    @Test
    void unknownKeysAnywhere() {
        DataFormatException top = reject(VALID + "budget: 100\n");
        assertThat(top.field()).isEqualTo("budget");
        assertThat(top.getMessage()).contains("unknown key; expected one of");
        DataFormatException inLever = reject(VALID.replace("    ramp_weeks: 10\n", "    ramp_weeks: 10\n    cost: 3\n"));
        assertThat(inLever.line()).isEqualTo(10);
        assertThat(inLever.field()).isEqualTo("levers[0].cost");
        DataFormatException inSettings = reject(VALID.replace("succession_conflict: 1.5}", "succession_conflict: 1.5, radius_km: 3}"));
        assertThat(inSettings.field()).isEqualTo("levers[0].settings.radius_km");
        DataFormatException inEvidence = reject(VALID.replace("rationale: Assumed.}", "rationale: Assumed., confidence: high}"));
        assertThat(inEvidence.field()).isEqualTo("levers[1].evidence.confidence");
    }

    @Test
    void settingsOnALeverThatTakesNone() {
        DataFormatException e = reject(VALID.replace("lever: cooperation", "lever: recruitment").replace("{low: -0.5, central: -0.2, high: 0}", "{low: 0.5, central: 0.8, high: 1}"));
        assertThat(e.field()).isEqualTo("levers[1].settings");
        assertThat(e.getMessage()).contains("takes no settings");
    }

    @Test
    void missingRequiredSetting() {
        DataFormatException e = reject(VALID.replace("rival_weight: 1.0, ", ""));
        assertThat(e.field()).isEqualTo("levers[0].settings.rival_weight");
        assertThat(e.getMessage()).startsWith("test.yaml, line 11");
    }

    @Test
    void personLikeTargetsAreRefused() {
        DataFormatException name = reject(VALID.replace("targets: 3", "targets: Some Person"));
        assertThat(name.line()).isEqualTo(11);
        assertThat(name.field()).isEqualTo("levers[0].settings.targets");
        assertThat(name.getMessage()).contains("organisations only").contains("never accepted");
        DataFormatException inList = reject(VALID.replace("targets: 3", "targets: [" + nodeIds().get(0) + ", El Alias]"));
        assertThat(inList.field()).isEqualTo("levers[0].settings.targets[1]");
        assertThat(inList.getMessage()).contains("not an organisation node id in the network");
        DataFormatException unknownNode = reject(VALID.replace("targets: 3", "targets: [N99999]"));
        assertThat(unknownNode.field()).isEqualTo("levers[0].settings.targets[0]");
        DataFormatException mapping = reject(VALID.replace("targets: 3", "targets: {name: x}"));
        assertThat(mapping.field()).isEqualTo("levers[0].settings.targets");
        DataFormatException tooMany = reject(VALID.replace("targets: 3", "targets: " + (nodeIds().size() + 1)));
        assertThat(tooMany.getMessage()).contains("top-k must be from 1 to " + nodeIds().size());
        assertThat(reject(VALID.replace("targets: 3", "targets: 0")).field()).isEqualTo("levers[0].settings.targets");
    }

    @Test
    void unknownSeedAndDuplicateLever() {
        DataFormatException seed = reject(VALID.replace("seeds: [\"004\"]", "seeds: [\"007\"]"));
        assertThat(seed.line()).isEqualTo(4);
        assertThat(seed.field()).isEqualTo("seeds[0]");
        DataFormatException dup = reject(VALID.replace("lever: cooperation", "lever: leadership_removal")
                .replace("{low: -0.5, central: -0.2, high: 0}", "{low: 1, central: 1, high: 2}")
                .replace("settings: {recovery_weeks: 52}", "settings: {targets: 1, rival_weight: 1, succession_weeks: 1, succession_conflict: 1}"));
        assertThat(dup.field()).isEqualTo("levers[1].lever");
        assertThat(dup.getMessage()).contains("appears twice");
    }

    @Test
    void missingRequiredFieldsAndBadValues() {
        assertThat(reject(VALID.replace("title: Test\n", "")).field()).isEqualTo("title");
        assertThat(reject(VALID.replace("    start_week: 0\n    ramp_weeks: 10\n", "    ramp_weeks: 10\n")).field()).isEqualTo("levers[0].start_week");
        assertThat(reject(VALID.replace("scaled_by_cooperation: true", "scaled_by_cooperation: yes please")).field()).isEqualTo("levers[0].scaled_by_cooperation");
        assertThat(reject(VALID.replace("role: authority", "role: permission")).field()).isEqualTo("legal[0].role");
        assertThat(reject(VALID.replace("jurisdiction: US", "jurisdiction: Texas")).field()).isEqualTo("legal[0].jurisdiction");
        assertThat(reject(VALID.replace("id: test_coa", "id: Test COA")).field()).isEqualTo("id");
        DataFormatException yaml = reject("id: [unclosed\n");
        assertThat(yaml.getMessage()).contains("not valid YAML");
        assertThat(reject("").line()).isEqualTo(1);
    }

    @Test
    void riskLevelsAreSourcedWithAFactOrFlaggedAsJudgment() {
        CourseOfAction c = parse(VALID);
        RiskRating sourced = c.risks().get(RiskDimension.SUCCESSION_VIOLENCE);
        assertThat(sourced.judgment()).isFalse();
        assertThat(sourced.fact()).isEqualTo("f");
        RiskRating legacy = c.risks().get(RiskDimension.HARM_TO_US_PERSONS);
        assertThat(legacy.judgment()).as("'assumption: true' is read as a judgment").isTrue();
        assertThat(legacy.fact()).isEmpty();
        RiskRating lowSeed = c.risks().get(RiskDimension.RECRUITMENT_BLOWBACK);
        assertThat(lowSeed.judgment()).isTrue();
        assertThat(lowSeed.lowReliabilityOnly()).as("seed-001 is graded low").isTrue();
        assertThat(c.risks().get(RiskDimension.CARTEL_RETALIATION).lowReliabilityOnly()).as("seed-000 is moderate").isFalse();
    }

    @Test
    void aSourcedRiskLevelWithoutItsFactIsRefused() {
        DataFormatException e = reject(VALID.replace("sources: [phillips2015], fact: f,", "sources: [phillips2015],"));
        assertThat(e.line()).isEqualTo(26);
        assertThat(e.field()).isEqualTo("risks.succession_violence.evidence.fact");
        assertThat(e.getMessage()).contains("level-relevant").doesNotContain("Exception");
    }

    @Test
    void aRiskLevelWithNeitherSourcesNorJudgmentIsRefused() {
        DataFormatException e = reject(VALID.replace("harm_to_mexican_civilians: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}",
                "harm_to_mexican_civilians: {level: 1, rationale: r, evidence: {rationale: a}}"));
        assertThat(e.line()).isEqualTo(29);
        assertThat(e.field()).isEqualTo("risks.harm_to_mexican_civilians.evidence");
        assertThat(e.getMessage()).contains("judgment: true");
    }

    @Test
    void aJudgmentCarriesNoFactAndNamesItsFlagOnce() {
        DataFormatException fact = reject(VALID.replace("cost: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}",
                "cost: {level: 1, rationale: r, evidence: {judgment: true, fact: x, rationale: a}}"));
        assertThat(fact.field()).isEqualTo("risks.cost.evidence.fact");
        DataFormatException both = reject(VALID.replace("cost: {level: 1, rationale: r, evidence: {judgment: true, rationale: a}}",
                "cost: {level: 1, rationale: r, evidence: {judgment: true, assumption: true, rationale: a}}"));
        assertThat(both.field()).isEqualTo("risks.cost.evidence.assumption");
    }

    @Test
    void aLevelRestingOnlyOnALowReliabilitySeedMustBeAJudgment() {
        DataFormatException e = reject(VALID.replace("evidence: {judgment: true, sources: [seed-001], rationale: a}",
                "evidence: {sources: [seed-001], fact: f, rationale: a}"));
        assertThat(e.field()).isEqualTo("risks.recruitment_blowback.evidence.sources");
        assertThat(e.getMessage()).contains("low or unverified").contains("judgment: true");
        // the same level is accepted once another, better-graded source gives the fact
        CourseOfAction ok = parse(VALID.replace("evidence: {judgment: true, sources: [seed-001], rationale: a}",
                "evidence: {sources: [seed-001, seed-004], fact: f, rationale: a}"));
        assertThat(ok.risks().get(RiskDimension.RECRUITMENT_BLOWBACK).judgment()).isFalse();
    }

    @Test
    void pathwayRefusesAStruckDownAuthority() {
        DataFormatException e = reject(VALID.replace("US: [us-const-art-ii]", "US: [ieepa-tariffs]"));
        assertThat(e.getMessage()).contains("test.yaml, line 51, field 'pathway.claims.US[0]'").contains("struck down 2026-02-20").contains("cannot be used as an authority");
    }

    @Test
    void pathwayRefusesArticle2_4AsABasisAndLegalListRefusesItAsAnAuthority() {
        DataFormatException e = reject(VALID.replace("INTERNATIONAL: []", "INTERNATIONAL: [un-charter-2-4]"));
        assertThat(e.getMessage()).contains("field 'pathway.claims.INTERNATIONAL[0]'").contains("is a prohibition; a prohibition is never an authority");
        DataFormatException f = reject(VALID.replace("citation: 50 U.S.C. 3093, note: Finding needed., source: usc50-3093}",
                "citation: UN Charter art. 2(4), note: Consent., provision: un-charter-2-4}").replace("jurisdiction: US, citation: UN", "jurisdiction: INTERNATIONAL, citation: UN"));
        assertThat(f.getMessage()).contains("line 21, field 'legal[0].provision'").contains("never an authority");
    }

    @Test
    void pathwayRefusesAnUnknownConditionOrProvision() {
        assertThat(reject(VALID.replace("  force: lethal", "  force: lethal\n  weather: fine")).getMessage())
                .contains("field 'pathway.weather'").contains("no such pathway condition");
        assertThat(reject(VALID.replace("US: [us-const-art-ii]", "US: [no-such-law]")).getMessage())
                .contains("field 'pathway.claims.US[0]'").contains("unknown provision id 'no-such-law'");
        assertThat(reject(VALID.replace("citation: 50 U.S.C. 3093, note: Finding needed., source: usc50-3093}",
                "citation: 50 U.S.C. 3093, note: Finding needed., provision: nowhere-law}")).getMessage())
                .contains("field 'legal[0].provision'").contains("unknown provision id 'nowhere-law'");
    }

    @Test
    void pathwayNeedsEveryCondition() {
        assertThat(reject(VALID.replace("  armed_conflict_claimed: true\n", "")).getMessage())
                .contains("field 'pathway.armed_conflict_claimed'").contains("missing");
        assertThat(reject(VALID.replace("  branch: armed_forces", "  branch: navy")).getMessage()).contains("field 'pathway.branch'").contains("found 'navy'");
    }

    @Test
    void pathwayIsComputedForTheParsedCourse() {
        CourseOfAction c = parse(VALID);
        assertThat(c.pathways()).hasSize(1);
        assertThat(c.pathways().get(0).block().conditions().consent()).isTrue();
        assertThat(c.pathways().get(0).consentMatters()).isTrue();
    }
}
