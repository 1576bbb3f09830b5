package org.cartellab.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No timeline event, precedent or stated position rests on aggregators, re-hosting or partisan sites alone
 * ({@link WeakOutlets}, the declared list): each has a primary document or an outlet that is not on the list.
 */
class RecordSourceQualityTest {
    static final PublicRecord R = PublicRecord.bundled();

    @Test
    void noEntryRestsOnAListedOutletAlone() {
        List<String> weakOnly = new ArrayList<>();
        for (Event e : R.timeline().events()) if (!WeakOutlets.carriedByAStrongSource(e.sources())) weakOnly.add(e.id());
        for (Precedent p : R.precedents().precedents()) if (!WeakOutlets.carriedByAStrongSource(p.sources())) weakOnly.add(p.id());
        for (Position p : R.positions().positions()) if (!WeakOutlets.carriedByAStrongSource(p.sources())) weakOnly.add(p.id());
        assertThat(weakOnly).as("entries whose only sources are aggregators, re-hosts or partisan sites").isEmpty();
    }

    @Test
    void theListRecognisesOutletsByAddressAndByPublisher() {
        PartialDate d = PartialDate.parse("2025-03-02");
        assertThat(WeakOutlets.isWeak(new RecordSource("t", "Some site", d, "https://www.breitbart.com/border/x", false, ""))).isTrue();
        assertThat(WeakOutlets.isWeak(new RecordSource("t", "US Department of State via MENAFN", d, "", true, ""))).isTrue();
        assertThat(WeakOutlets.isWeak(new RecordSource("t", "CNN via Global Fox", d, "https://global-fox.com/a", false, ""))).isTrue();
        assertThat(WeakOutlets.isWeak(new RecordSource("t", "Pledge Times", d, "https://pledgetimes.com/a", false, ""))).isTrue();
        // a primary document named by its issuer, and wire copy carried by a newspaper, are not weak
        assertThat(WeakOutlets.isWeak(new RecordSource("t", "US Department of State", d, "", true, ""))).isFalse();
        assertThat(WeakOutlets.isWeak(new RecordSource("t", "AP via Manila Bulletin", d, "https://mb.com.ph/2025/x", false, ""))).isFalse();
        // a subdomain of a listed domain is listed; a domain that merely ends with the same letters is not
        assertThat(WeakOutlets.isWeak(new RecordSource("t", "X", d, "https://9616.read.newszop.com/a", false, ""))).isTrue();
        assertThat(WeakOutlets.isWeak(new RecordSource("t", "X", d, "https://notmenafn.com/a", false, ""))).isFalse();
    }

    @Test
    void anEntryWithOnlyListedSourcesFails() {
        PartialDate d = PartialDate.parse("2025-03-02");
        List<RecordSource> only = List.of(new RecordSource("t", "Breitbart", d, "https://www.breitbart.com/x", false, ""),
                new RecordSource("t", "Pledge Times", d, "https://pledgetimes.com/x", false, ""));
        assertThat(WeakOutlets.carriedByAStrongSource(only)).isFalse();
    }
}
