package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartellab.briefing.Change;
import org.cartellab.briefing.SignAgreement;
import org.cartellab.comparison.Metric;
import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import org.junit.jupiter.api.Test;

/** The briefing never claims a direction that its own band contradicts. */
class BriefingWordsTest {
    private static Change change(double central, double low, double high, int agreeing) {
        return new Change(Metric.MEMBERS, 5, 100.0, 100.0 + central, central, low, high, Phrase.of(Phrases.BAND_LEVER_RANGE),
                new SignAgreement(agreeing, 9, Phrase.of(Phrases.RUNS_LEVERS)));
    }

    @Test
    void aBandAcrossZeroLeavesTheDirectionUnsettled() {
        String s = BriefingWords.changeShort(change(3.5, -1.9, 6.4, 6));
        assertThat(s).contains("central +3.5%, direction unsettled").contains("band -1.9% to +6.4%")
                .contains("6 of 9 runs show a rise").doesNotContain(" rise 3.5");
        assertThat(BriefingWords.change(change(3.5, -1.9, 6.4, 6))).contains("direction unsettled")
                .as("the runs' count reads as runs, their description after it (a new user's trial saw '6 of 9 every lever at ...')")
                .contains("; 6 of 9 runs show a rise (runs: every lever");
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
                .contains("4 of 9 runs show no change beyond 0.05 %");
    }

    @Test
    void spanishSaysTheSameFactsInSpanish() {
        org.cartellab.app.i18n.Messages es = org.cartellab.app.i18n.Messages.of(org.cartellab.i18n.Language.ES);
        assertThat(BriefingWords.changeShort(change(-3.2, -4.0, -1.1, 9), es)).isEqualTo("Integrantes de cárteles bajan 3.2% (banda de -4.0% a -1.1%); 9 de 9 corridas muestran una baja.");
        assertThat(BriefingWords.change(change(3.5, -1.9, 6.4, 6), es)).contains("sentido no definido")
                .contains("del valor más bajo al más alto en el rango de las palancas");
    }
}
