package org.dynamicsworkbench.analysis.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.junit.jupiter.api.Test;

/** Unbounded coordinates become cos, sin in place; the rest is copied; Duffing's phase becomes a circle. */
class UnboundedCoordinatesTest {

    @Test
    void eachUnboundedCoordinateBecomesCosThenSinInPlace() {
        UnboundedCoordinates circles = new UnboundedCoordinates(3, new int[] {1});
        double[] states = {1, 0, 5, -2, Math.PI / 2, 7};
        double[] out = circles.embed(states);
        assertEquals(4, circles.embeddedDimension());
        assertArrayEquals(new double[] {1, 1, 0, 5, -2, Math.cos(Math.PI / 2), 1, 7}, out, 1e-15);
        assertEquals(List.of("x", "cos(y)", "sin(y)", "z"), circles.embeddedNames(List.of("x", "y", "z")));
    }

    @Test
    void withoutUnboundedCoordinatesTheStatesAreCopied() {
        double[] states = {1, 2, 3, 4};
        UnboundedCoordinates none = UnboundedCoordinates.none(2);
        double[] out = none.embed(states);
        assertArrayEquals(states, out);
        out[0] = 9;
        assertEquals(1, states[0]);
        assertEquals(2, none.embeddedDimension());
    }

    @Test
    void duffingsPhaseBecomesTwoColumnsOnTheUnitCircle() {
        DynamicalSystem duffing = SystemCatalog.builtin().require("Duffing");
        UnboundedCoordinates circles = UnboundedCoordinates.of(duffing.metadata());
        assertArrayEquals(new int[] {2}, circles.unboundedIndices());
        Trajectory t = IntegrationMethod.RK4.forSystem(duffing).integrate(duffing,
                duffing.metadata().defaultParameters(), duffing.metadata().initialCondition(), 0.2, 500);
        double[] raw = t.toArray();
        double[] out = circles.embed(raw);
        int d = t.dimension();
        assertEquals(d + 1, circles.embeddedDimension());
        assertEquals(t.length() * (d + 1), out.length);
        double lastPhase = raw[(t.length() - 1) * d + 2];
        assertTrue(lastPhase > 50, "the raw phase grows with time, got " + lastPhase);
        for (int r = 0; r < t.length(); r++) {
            double cos = out[r * (d + 1) + 2];
            double sin = out[r * (d + 1) + 3];
            assertEquals(1, cos * cos + sin * sin, 1e-12);
            assertEquals(Math.cos(raw[r * d + 2]), cos, 1e-15);
            assertEquals(raw[r * d], out[r * (d + 1)]);
            assertEquals(raw[r * d + 1], out[r * (d + 1) + 1]);
        }
    }

    @Test
    void badIndicesAndRaggedStatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new UnboundedCoordinates(2, new int[] {2}));
        assertThrows(IllegalArgumentException.class, () -> new UnboundedCoordinates(2, new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new UnboundedCoordinates(0, new int[0]));
        UnboundedCoordinates circles = new UnboundedCoordinates(2, new int[] {0});
        assertThrows(IllegalArgumentException.class, () -> circles.embed(new double[3]));
        assertThrows(IllegalArgumentException.class, () -> circles.embeddedNames(List.of("x")));
    }
}
