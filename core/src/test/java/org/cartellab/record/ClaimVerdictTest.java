package org.cartellab.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A claim that states a floor ("over 100,000") which the sources exceed is true as a lower bound, not conflicting: the
 * register says "consistent as a lower bound" and its figures show the floor is met.
 */
class ClaimVerdictTest {
    static final ClaimRegister CLAIMS = PublicRecord.bundled().claims();
    static final Pattern FLOOR = Pattern.compile("(?:over|more than|at least) ([0-9][0-9,]*)");

    static Claim claim(String id) { return CLAIMS.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(); }

    @Test
    void theHundredThousandLivesClaimIsConsistentAsALowerBound() {
        Claim c = claim("c-002-100k-lives-since-2006");
        assertThat(c.status()).isEqualTo(ClaimStatus.LOWER_BOUND);
        assertThat(c.status().flagged()).as("it understates the scale, so readers are warned").isTrue();
        assertThat(c.correct()).isNotBlank();
    }

    @Test
    void everyLowerBoundClaimStatesAFloorThatItsFiguresMeet() {
        int n = 0;
        for (Claim c : CLAIMS.claims()) {
            if (c.status() != ClaimStatus.LOWER_BOUND) continue;
            Matcher m = FLOOR.matcher(c.claim().toLowerCase(Locale.ROOT));
            assertThat(m.find()).as(c.id() + " states a floor").isTrue();
            double floor = Double.parseDouble(m.group(1).replace(",", ""));
            assertThat(c.figures()).as(c.id() + ": a sourced figure above the floor").anyMatch(f -> f.value() > floor);
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(1);
    }

    @Test
    void noOtherClaimOfTheSameKindIsLabelledConflicting() {
        for (Claim c : CLAIMS.claims()) {
            if (c.status() == ClaimStatus.LOWER_BOUND) continue;
            String text = c.correct().toLowerCase(Locale.ROOT);
            assertThat(text.contains("as a lower bound it is true") || text.contains("true lower bound") || text.contains("true as a lower bound"))
                    .as(c.id() + " says it is a true lower bound, so its status should be lower_bound").isFalse();
        }
    }
}
