package org.cartellab.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.cartellab.data.DataFormatException;

/** The parser accepts a cooperation effect exactly when low <= central <= high and all lie in the lever's bounds. */
class EffectRangeProperties {
    @Property(tries = 200)
    void acceptedIffOrderedAndInBounds(@ForAll @DoubleRange(min = -1.5, max = 1.5) double low,
                                       @ForAll @DoubleRange(min = -1.5, max = 1.5) double central,
                                       @ForAll @DoubleRange(min = -1.5, max = 1.5) double high) {
        String effect = String.format(Locale.ROOT, "{low: %s, central: %s, high: %s}", low, central, high);
        String text = CourseOfActionParserTest.VALID.replace("{low: -0.5, central: -0.2, high: 0}", effect);
        Lever l = Lever.COOPERATION;
        boolean valid = low <= central && central <= high && low >= l.min() && high <= l.max() && central >= l.min() && central <= l.max();
        boolean accepted;
        try {
            CourseOfAction c = CourseOfActionParserTest.parse(text);
            assertThat(c.levers().get(1).effect()).isEqualTo(new Range(low, central, high));
            accepted = true;
        } catch (DataFormatException e) {
            assertThat(e.field()).startsWith("levers[1].effect");
            assertThat(e.line()).isEqualTo(14);
            accepted = false;
        }
        assertThat(accepted).isEqualTo(valid);
    }
}
