package org.cartellab.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.cartellab.sensitivity.NetworkSensitivity;
import org.cartellab.uncertainty.CalibrationBounds;
import org.junit.jupiter.api.Test;

/** Jobs travel to Spark executors by Java serialization; a deserialized job must compute the same runs. */
class EnsembleJobSerializationTest {
    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aSerializedJobComputesTheSameRuns() throws Exception {
        for (String d : new String[] {"reference-box", "reference-box:0.1", "fixed"}) {
            EnsembleJob job = new EnsembleSpec("name: x\nmodel: network\nweeks: 30\nseed: 2\n", d, 5, 10, 3).toJob();
            EnsembleJob back = roundTrip(job);
            assertThat(back.scenario()).isEqualTo(job.scenario());
            assertThat(back.distribution()).isEqualTo(job.distribution());
            RunEvaluator a = job.evaluator();
            RunEvaluator b = back.evaluator();
            for (long i = 0; i < 3; i++) assertThat(b.evaluate(i).sameAs(a.evaluate(i))).isTrue();
        }
        assertThat(roundTrip(NetworkSensitivity.paperBounds()).bounds()).isEqualTo(CalibrationBounds.PAPER);
    }
}
