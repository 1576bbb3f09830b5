package org.cartellab.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Provision;
import org.junit.jupiter.api.Test;

/** The bundled record: dates, sources and the entries the issues require. */
class BundledRecordTest {
    static final PublicRecord R = PublicRecord.bundled();
    static final LocalDate REVIEW = LocalDate.of(2026, 11, 29);

    @Test
    void everyCollectionCarriesTheReviewDate() {
        assertThat(R.timeline().asOf()).isEqualTo(REVIEW);
        assertThat(R.precedents().asOf()).isEqualTo(REVIEW);
        assertThat(R.positions().asOf()).isEqualTo(REVIEW);
        assertThat(R.claims().asOf()).isEqualTo(REVIEW);
    }

    @Test
    void everyEventHasADatedSourceNoLaterThanTheReviewAndStartsIn2025OrLater() {
        assertThat(R.timeline().events()).hasSizeGreaterThanOrEqualTo(30);
        for (Event e : R.timeline().events()) {
            assertThat(e.sources()).as(e.id()).isNotEmpty();
            assertThat(e.date().earliest()).as(e.id()).isAfterOrEqualTo(LocalDate.of(2025, 1, 1)).isBeforeOrEqualTo(REVIEW);
            for (RecordSource s : e.sources()) assertThat(s.date().earliest()).as(e.id()).isBeforeOrEqualTo(REVIEW);
            assertThat(e.courses()).as(e.id()).isNotEmpty();
            if (!e.verified()) assertThat(e.note()).as("an unverified event says why: " + e.id()).isNotBlank();
        }
    }

    @Test
    void theEventsTheIssueNamesArePresent() {
        List<String> kinds = new ArrayList<>();
        for (Event e : R.timeline().events()) kinds.add(e.date() + " " + e.kind().id());
        assertThat(kinds).contains("2025-01-20 executive_order", "2025-02-20 designation", "2025-02-27 transfer", "2025-08-12 transfer",
                "2026-01-20 transfer", "2025-09-02 strike", "2025-10-01 notice_to_congress", "2025-10-08 vote", "2025-11-06 vote",
                "2026-01-14 vote", "2025-06-05 court_ruling", "2026-02-20 court_ruling", "2025-04-01 constitutional_reform",
                "2026-01-03 operation", "2026-02-22 operation", "2026-01-27 lawsuit");
        Event cjng = R.timeline().events().stream().filter(e -> e.id().equals("ev-2026-02-22-cjng-leader-removed")).findFirst().orElseThrow();
        assertThat(cjng.courses()).contains("mexican_led_operations");
        assertThat(cjng.actors()).contains("CJNG", "Mexico");
        Event notice = R.timeline().events().stream().filter(e -> e.id().equals("ev-2025-10-01-niac-notice")).findFirst().orElseThrow();
        assertThat(notice.laws()).contains("usc50-1543a"); // linked to the legal knowledge base
        assertThat(R.timeline().forLaw("ieepa-tariffs")).extracting(Event::id).containsExactly("ev-2026-02-20-learning-resources");
        assertThat(KnowledgeBase.bundled().all()).extracting(Provision::id).contains("usc50-1543a");
    }

    @Test
    void theFalse300kDeathsClaimIsRegisteredAsFalseWithACdcSource() {
        Claim c = R.claims().claims().stream().filter(x -> x.claim().contains("300,000")).findFirst().orElseThrow();
        assertThat(c.status()).isEqualTo(ClaimStatus.FALSE);
        assertThat(c.seeds()).contains("004");
        assertThat(c.sources()).anySatisfy(s -> {
            assertThat(s.publisher()).contains("CDC");
            assertThat(s.primary()).isTrue();
            assertThat(s.ledger()).isEqualTo("cdc-overdose");
        });
        assertThat(c.figures()).anySatisfy(f -> assertThat(f.value()).isEqualTo(80391));
        assertThat(c.figures()).allSatisfy(f -> assertThat(f.value()).isLessThan(300_000 / 2.0));
    }

    @Test
    void theSeedsAnachronismsAndTheThreatAssessmentConflictAreRegistered() {
        assertThat(R.claims().select(ClaimStatus.FALSE, "001")).extracting(Claim::id).contains("c-001-previous-us-administration");
        assertThat(R.claims().select(ClaimStatus.FALSE, "002")).extracting(Claim::id)
                .contains("c-002-previous-us-administration", "c-002-previous-mexican-president", "c-002-sinaloa-100k-armed");
        assertThat(R.claims().select(ClaimStatus.CONFLICTING, "001")).extracting(Claim::id).contains("c-001-not-critical-threat");
        assertThat(R.claims().select(ClaimStatus.CONFIRMED, "003")).extracting(Claim::id).contains("c-003-cartels-top-threat");
        for (ClaimStatus s : ClaimStatus.values()) assertThat(R.claims().countByStatus().get(s)).as(s.id()).isPositive();
    }

    @Test
    void everyCheckedClaimHasADatedSourceAndEveryFlaggedOneAnExplanation() {
        for (Claim c : R.claims().claims()) {
            if (c.status() != ClaimStatus.UNVERIFIED) assertThat(c.sources()).as(c.id()).isNotEmpty();
            if (c.status() == ClaimStatus.UNVERIFIED) assertThat(c.note()).as(c.id()).isNotBlank();
            if (c.status() == ClaimStatus.FALSE || c.status() == ClaimStatus.CONFLICTING) assertThat(c.correct()).as(c.id()).isNotBlank();
        }
    }

    @Test
    void positionsCoverBothGovernmentsAndPrecedentsTheIssueList() {
        assertThat(R.positions().positions()).extracting(Position::government).contains(Government.US, Government.MX);
        assertThat(R.positions().forCourse("vessel_strikes")).extracting(Position::government).containsExactlyInAnyOrder(Government.US, Government.MX);
        assertThat(R.precedents().precedents()).extracting(Precedent::id).contains("plan-colombia", "merida-initiative",
                "drone-campaigns-pakistan-yemen", "panama-1989", "peru-2001-shootdown", "alvarez-machain-1992", "vessel-strikes-2025",
                "venezuela-2026", "sinaloa-succession-war-2024-25", "cjng-2026");
        Precedent panama = R.precedents().forCourse("capture_operations").stream().filter(p -> p.id().equals("panama-1989")).findFirst().orElseThrow();
        assertThat(panama.sources()).anySatisfy(s -> assertThat(s.title()).contains("44/240"));
    }
}
