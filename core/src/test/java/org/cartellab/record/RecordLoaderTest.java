package org.cartellab.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cartellab.record.RecordFixtures.CLAIMS;
import static org.cartellab.record.RecordFixtures.POSITIONS;
import static org.cartellab.record.RecordFixtures.PRECEDENTS;
import static org.cartellab.record.RecordFixtures.TIMELINE;
import static org.cartellab.record.RecordFixtures.context;

import java.time.LocalDate;
import java.util.Set;
import org.cartellab.data.DataFormatException;
import org.cartellab.evidence.EvidenceCatalog;
import org.junit.jupiter.api.Test;

/** The fixture texts load; breaking one field at a time gives one message naming file, line and field. */
class RecordLoaderTest {
    @Test
    void validFixturesLoadWithTheirReviewDate() {
        Timeline t = RecordLoader.parseTimeline("t.yaml", TIMELINE, context());
        assertThat(t.asOf()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(t.events()).extracting(Event::id).containsExactly("ev-a", "ev-b");
        assertThat(t.events().get(1).date().precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(RecordLoader.parseClaims("c.yaml", CLAIMS, context()).claims()).hasSize(2);
        assertThat(RecordLoader.parsePrecedents("p.yaml", PRECEDENTS, context()).precedents()).hasSize(1);
        assertThat(RecordLoader.parsePositions("s.yaml", POSITIONS, context()).positions().get(0).government()).isEqualTo(Government.MX);
    }

    @Test
    void aSourceWithoutADateIsRefusedWithFileLineAndField() {
        DataFormatException e = timeline(TIMELINE.replace("{title: A notice, publisher: Federal Register, date: 2025-09-03, primary: true}",
                "{title: A notice, publisher: Federal Register, primary: true}"));
        assertThat(e.source()).isEqualTo("t.yaml");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.field()).isEqualTo("events[0].sources[0].date");
        assertThat(e.getMessage()).contains("date it was published");
    }

    @Test
    void anEventWithoutSourcesIsRefused() {
        DataFormatException e = timeline(TIMELINE.replace("""
                    sources:
                      - {title: A notice, publisher: Federal Register, date: 2025-09-03, primary: true}
                """, ""));
        assertThat(e.field()).isEqualTo("events[0].sources");
        assertThat(e.line()).isEqualTo(3); // the entry that lacks them
    }

    @Test
    void unknownCourseKindKeyAndDuplicateIdAreRefused() {
        assertThat(timeline(TIMELINE.replace("courses: [vessel_strikes]", "courses: [vessel_strike]")))
                .hasMessageContaining("events[0].courses[0]").hasMessageContaining("unknown course of action 'vessel_strike'")
                .hasMessageContaining("line 8");
        assertThat(timeline(TIMELINE.replace("kind: strike", "kind: raid"))).hasMessageContaining("events[0].kind").hasMessageContaining("'raid'");
        assertThat(timeline(TIMELINE.replace("    verified: false", "    verifed: false"))).hasMessageContaining("events[1].verifed")
                .hasMessageContaining("unknown key");
        assertThat(timeline(TIMELINE.replace("id: ev-b", "id: ev-a"))).hasMessageContaining("duplicate id 'ev-a'").hasMessageContaining("line 12");
        assertThat(timeline(TIMELINE.replace("    verified: true\n", ""))).hasMessageContaining("events[0].verified").hasMessageContaining("missing");
    }

    @Test
    void datesAfterTheReviewDateOrMalformedAreRefused() {
        assertThat(timeline(TIMELINE.replace("date: 2025-09-02", "date: 2027-01-01"))).hasMessageContaining("after the review date")
                .hasMessageContaining("events[0].date");
        assertThat(timeline(TIMELINE.replace("date: 2025-09-02", "date: 2025-02-30"))).hasMessageContaining("events[0].date")
                .hasMessageContaining("'2025-02-30'");
        assertThat(timeline(TIMELINE.replace("as_of: 2026-11-29", "as_of: 2026-11"))).hasMessageContaining("as_of").hasMessageContaining("line 1");
    }

    @Test
    void lawLinksNeedALoadedKnowledgeBase() {
        String withLaw = TIMELINE.replace("courses: [vessel_strikes]", "courses: [vessel_strikes]\n    laws: [usc50-1543a]");
        assertThat(timeline(withLaw)).hasMessageContaining("no legal knowledge base is loaded").hasMessageContaining("events[0].laws[0]");
        RecordContext withKb = new RecordContext(context().catalogCourses(), context().pendingCourses(), Set.of("usc50-1543a"), EvidenceCatalog.bundled());
        assertThat(RecordLoader.parseTimeline("t.yaml", withLaw, withKb).events().get(0).laws()).containsExactly("usc50-1543a");
    }

    @Test
    void claimsNeedAKnownStatusACorrectionWhenFlaggedAndSourcesWhenChecked() {
        assertThat(claims(CLAIMS.replace("status: false", "status: wrong"))).hasMessageContaining("claims[0].status").hasMessageContaining("'wrong'");
        assertThat(claims(CLAIMS.replace("    correct: Fewer do.\n", ""))).hasMessageContaining("claims[0].correct")
                .hasMessageContaining("false claim needs the correct figure");
        assertThat(claims(CLAIMS.replace("""
                    sources:
                      - {title: Provisional counts, publisher: CDC, date: 2025-05-14, ledger: cdc-overdose}
                """, ""))).hasMessageContaining("claims[0].sources").hasMessageContaining("missing");
        assertThat(claims(CLAIMS.replace("seeds: [\"002\"]", "seeds: [\"007\"]"))).hasMessageContaining("unknown seed '007'");
        assertThat(claims(CLAIMS.replace("ledger: cdc-overdose", "ledger: cdc-overdoses"))).hasMessageContaining("unknown evidence-ledger id");
        assertThat(claims(CLAIMS.replace("value: 80391", "value: many"))).hasMessageContaining("claims[0].figures[0].value");
    }

    @Test
    void precedentsAndPositionsAreCheckedToo() {
        assertThatThrownBy(() -> RecordLoader.parsePrecedents("p.yaml", PRECEDENTS.replace("to: 2015", "to: 1999"), context()))
                .hasMessageContaining("precedents[0].to").hasMessageContaining("before it begins");
        assertThatThrownBy(() -> RecordLoader.parsePositions("s.yaml", POSITIONS.replace("government: MX", "government: CA"), context()))
                .hasMessageContaining("positions[0].government").hasMessageContaining("expected US or MX");
        assertThatThrownBy(() -> RecordLoader.parsePositions("s.yaml", POSITIONS.replace("course: vessel_strikes", "course: invasion"), context()))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("positions[0].course");
    }

    @Test
    void aPendingCourseThatHasLandedInTheCatalogIsNoLongerPending() {
        assertThat(RecordLoader.parsePending("pending.yaml", "as_of: 2026-11-29\npending_courses: [status_quo, new_one]\n", Set.of("status_quo")))
                .containsExactly("new_one");
        assertThatThrownBy(() -> RecordLoader.parsePending("pending.yaml", "as_of: 2026-11-29\npending_courses: [new_one, new_one]\n", Set.of()))
                .hasMessageContaining("duplicate id").hasMessageContaining("pending_courses[1]");
    }

    @Test
    void filtersSelectByCourseDateAndKind() {
        Timeline t = RecordLoader.parseTimeline("t.yaml", TIMELINE, context());
        assertThat(t.select("status_quo", null, null)).extracting(Event::id).containsExactly("ev-b");
        assertThat(t.select(null, LocalDate.of(2025, 10, 31), null)).extracting(Event::id).containsExactly("ev-b"); // a month event may fall on 31 Oct
        assertThat(t.select(null, LocalDate.of(2025, 11, 1), null)).isEmpty();
        assertThat(t.select(null, null, EventKind.STRIKE)).extracting(Event::id).containsExactly("ev-a");
        ClaimRegister c = RecordLoader.parseClaims("c.yaml", CLAIMS, context());
        assertThat(c.select(ClaimStatus.FALSE, null)).extracting(Claim::id).containsExactly("c-a");
        assertThat(c.flagged("002")).extracting(Claim::id).containsExactly("c-b");
        assertThat(c.countByStatus()).containsEntry(ClaimStatus.CONFIRMED, 0).containsEntry(ClaimStatus.FALSE, 1);
    }

    private static DataFormatException timeline(String text) {
        try {
            RecordLoader.parseTimeline("t.yaml", text, context());
        } catch (DataFormatException e) {
            return e;
        }
        throw new AssertionError("expected the timeline to be refused");
    }

    private static DataFormatException claims(String text) {
        try {
            RecordLoader.parseClaims("c.yaml", text, context());
        } catch (DataFormatException e) {
            return e;
        }
        throw new AssertionError("expected the claims to be refused");
    }
}
