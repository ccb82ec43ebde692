package org.dynamicsworkbench.analysis.learning.grokking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.Tensor;
import org.junit.jupiter.api.Test;

/** The ND4J engine (CPU backend here) against the Java engine: same equations, float rounding apart. */
class Nd4jGrokkingEngineTest {
    private final GrokkingKind kind = new GrokkingKind();
    private final GrokkingConfig java = GrokkingConfig.of(13, 40, 0.5, 1e-2, 1.0, 9)
            .withBackend(GrokkingConfig.Backend.JAVA);
    private final GrokkingConfig nd4j = java.withBackend(GrokkingConfig.Backend.ND4J);

    @Test
    void nd4jAndJavaAgreeAfterTenSteps() {
        Experiment a = kind.create(java);
        Experiment b = kind.create(nd4j);
        assertEquals("java", a.backend());
        assertTrue(b.backend().equals("nd4j-cpu") || b.backend().equals("nd4j-cuda"), b.backend());
        for (int i = 0; i < 10; i++) {
            a.advance();
            b.advance();
        }
        assertClose(a.checkpoint(), b.checkpoint(), 2e-3);
        Map<String, Double> sa = GrokkingExperimentTest.scalars(a);
        Map<String, Double> sb = GrokkingExperimentTest.scalars(b);
        assertEquals(sa.keySet(), sb.keySet());
        for (String name : sa.keySet()) {
            assertEquals(sa.get(name), sb.get(name), 1e-3 * (1 + Math.abs(sa.get(name))), name);
        }
    }

    @Test
    void aCheckpointOfOneBackendRestoresIntoTheOther() {
        Experiment a = kind.create(java);
        for (int i = 0; i < 5; i++) {
            a.advance();
        }
        Checkpoint fromJava = a.checkpoint();
        Experiment b = kind.restore(nd4j, fromJava);
        assertEquals(5, b.step());
        // the restored ND4J run holds exactly the Java parameters and moments
        Checkpoint reread = b.checkpoint();
        for (String name : new String[] {"U", "V", "W", "adam_m_U", "adam_v_W"}) {
            assertEquals(fromJava.tensor(name), reread.tensor(name), name);
        }
        a.advance();
        b.advance();
        Experiment c = kind.restore(java, b.checkpoint());
        c.advance();
        a.advance();
        assertClose(a.checkpoint(), c.checkpoint(), 1e-3);
    }

    @Test
    void autoRunsTheLargePresetOnNd4jAndThePrimaryOneInJava() {
        assertTrue(kind.create(GrokkingPreset.LARGE.config(0)).backend().startsWith("nd4j-"));
        assertEquals("java", kind.create(GrokkingPreset.PRIMARY.config(0)).backend());
    }

    @Test
    void nd4jRestoresBitForBit() {
        Experiment straight = kind.create(nd4j);
        for (int i = 0; i < 4; i++) {
            straight.advance();
        }
        Experiment resumed = kind.restore(nd4j, straight.checkpoint());
        for (int i = 0; i < 4; i++) {
            straight.advance();
            resumed.advance();
        }
        assertEquals(straight.checkpoint().tensors(), resumed.checkpoint().tensors());
    }

    private static void assertClose(Checkpoint a, Checkpoint b, double tolerance) {
        for (String name : new String[] {"U", "V", "W", "adam_m_U", "adam_m_V", "adam_m_W"}) {
            Tensor x = a.tensor(name);
            Tensor y = b.tensor(name);
            double scale = 0;
            for (double v : x.data()) {
                scale = Math.max(scale, Math.abs(v));
            }
            double[] xd = x.data();
            double[] yd = y.data();
            for (int i = 0; i < xd.length; i++) {
                assertEquals(xd[i], yd[i], tolerance * scale, name + "[" + i + "]");
            }
        }
    }
}
