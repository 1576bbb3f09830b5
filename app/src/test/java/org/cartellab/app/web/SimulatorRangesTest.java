package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every lever setting the simulator offers, over its longest horizon, completes: random settings drawn uniformly
 * inside each control's own range (ParameterCatalog.levers), from a random start week, at WebSettings.DEFAULTS'
 * maximum horizon. Issue 10: solver noise near zero members used to be reported as numerical trouble (422).
 */
class SimulatorRangesTest {
    private static final int WEEKS = WebSettings.DEFAULTS.maxWeeks();
    private final SimulationService simulation = new SimulationService(CatalogProvider.unavailable());

    private static Map<String, List<String>> draw(SplittableRandom random) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("weeks", List.of(String.valueOf(WEEKS)));
        q.put("from", List.of(String.valueOf(random.nextInt(WEEKS + 1))));
        for (LeverControl c : ParameterCatalog.levers()) {
            // the ends of every range get extra weight: that is where the trouble was
            double u = random.nextInt(5) == 0 ? (random.nextBoolean() ? 0 : 1) : random.nextDouble();
            double v = c.min() + u * (c.max() - c.min());
            boolean whole = !c.kind().equals("multiplier") && !c.kind().equals("change");
            q.put(c.id(), List.of(whole ? String.valueOf(Math.round(v)) : String.valueOf(v)));
        }
        return q;
    }

    private void runAll(int count, long seed) throws InterruptedException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            Map<String, List<String>> q = draw(random);
            try {
                assertThat(simulation.simulate(SimulateRequest.parse(q, WEEKS))).isNotNull();
            } catch (RuntimeException e) {
                throw new AssertionError("setting " + i + ": " + q + " failed: " + e, e);
            }
        }
    }

    @Test
    void theIssuesExampleCompletes() throws InterruptedException {
        Map<String, List<String>> q = Map.of("weeks", List.of("2080"), "from", List.of("0"),
                "recruitment", List.of("2"), "saturation", List.of("0"));
        assertThat(simulation.simulate(SimulateRequest.parse(q, WEEKS))).isNotNull();
    }

    @Test
    void aFastSliceOfRandomSettingsCompletes() throws InterruptedException {
        runAll(60, 20261129L);
    }

    @Test
    @Tag("slow")
    void tenThousandRandomSettingsOverTheLongestHorizonComplete() throws InterruptedException {
        runAll(10_000, 10L);
    }
}
