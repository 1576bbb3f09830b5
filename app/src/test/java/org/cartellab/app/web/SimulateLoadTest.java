package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 50 clients for 60 s on GET /api/simulate, loopback only ({@link LoadBench}). Asserts what does not depend on the
 * machine: no errors, every client served, heap back near its start after GC. The latency figures are printed; the
 * p99 target is checked by {@code cartel-lab bench-web}, since speed targets do not belong in timed tests.
 */
@Tag("slow")
class SimulateLoadTest {
    @Test
    void fiftyClientsForSixtySeconds() throws InterruptedException {
        LoadBench.Report r = LoadBench.run(LoadBench.Plan.DEFAULT);
        System.out.println(r.describe());
        assertThat(r.errors()).as("errors: %s", r.errorSamples()).isZero();
        // each client makes a request about every second when served promptly; at least a third of that must get through
        assertThat(r.requests()).isGreaterThan(r.clients() * r.seconds() / 3);
        assertThat(r.heapAfterMb() - r.heapBeforeMb()).as("heap growth after GC, MB").isLessThan(128);
    }
}
