package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartellab.briefing.Change;
import org.cartellab.briefing.SignAgreement;
import org.cartellab.comparison.Metric;
import org.junit.jupiter.api.Test;

/** The briefing never claims a direction that its own band contradicts. */
class BriefingWordsTest {
    private static Change change(double central, double low, double high, int agreeing) {
        return new Change(Metric.MEMBERS, 5, 100.0, 100.0 + central, central, low, high, "lever range sweep",
                new SignAgreement(agreeing, 9, "lever-range runs"));
    }

    @Test
    void aBandAcrossZeroLeavesTheDirectionUnsettled() {
        String s = BriefingWords.changeShort(change(3.5, -1.9, 6.4, 6));
        assertThat(s).contains("central +3.5%, direction unsettled").contains("band -1.9% to +6.4%")
                .contains("6 of 9 runs show a rise").doesNotContain(" rise 3.5");
        assertThat(BriefingWords.change(change(3.5, -1.9, 6.4, 6))).contains("direction unsettled");
    }

    @Test
    void aBandOnOneSideStatesTheDirection() {
        assertThat(BriefingWords.changeShort(change(19.6, 4.2, 29.3, 9))).contains(" rise 19.6%").contains("9 of 9 runs show a rise")
                .doesNotContain("unsettled");
        assertThat(BriefingWords.changeShort(change(-3.2, -4.0, -1.1, 9))).contains(" fall 3.2%");
    }

    @Test
    void aNegligibleCentralChangeIsSaidPlainly() {
        assertThat(BriefingWords.changeShort(change(0.01, -0.02, 0.03, 4))).contains("no change at the central value")
                .contains("4 of 9 runs show no change beyond 0.05%");
    }
}
