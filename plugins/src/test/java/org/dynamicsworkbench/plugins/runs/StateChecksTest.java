package org.dynamicsworkbench.plugins.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateChecksTest {

    @Test
    void foldersAreCopiedAndCheckedByName() {
        List<String> given = new ArrayList<>(List.of("a", "b"));
        List<String> kept = StateChecks.folders("overlays", given, 2, "runs");
        given.set(0, "changed");
        assertEquals(List.of("a", "b"), kept);
        assertThrows(UnsupportedOperationException.class, () -> kept.add("c"));
        assertEquals("runs: at most 2 seeds, got 3", assertThrows(IllegalArgumentException.class,
                () -> StateChecks.folders("runs", List.of("a", "b", "c"), 2, "seeds")).getMessage());
        assertEquals("overlays[1]: must not be empty", assertThrows(IllegalArgumentException.class,
                () -> StateChecks.folders("overlays", List.of("a", " "), 3, "runs")).getMessage());
    }

    @Test
    void stepIsACheckpointStepOrMinusOneForTheLast() {
        StateChecks.step(-1);
        StateChecks.step(0);
        assertEquals("step: must be a step >= 0, or -1 for the last, got -2",
                assertThrows(IllegalArgumentException.class, () -> StateChecks.step(-2)).getMessage());
    }

    @Test
    void smoothingIsAWeightBelowTheMaximum() {
        StateChecks.smoothing(0);
        StateChecks.smoothing(0.999);
        assertThrows(IllegalArgumentException.class, () -> StateChecks.smoothing(-0.1));
        assertThrows(IllegalArgumentException.class, () -> StateChecks.smoothing(1));
        assertThrows(IllegalArgumentException.class, () -> StateChecks.smoothing(Double.NaN));
    }
}
