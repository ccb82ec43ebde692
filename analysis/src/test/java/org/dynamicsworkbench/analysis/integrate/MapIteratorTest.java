package org.dynamicsworkbench.analysis.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.junit.jupiter.api.Test;

class MapIteratorTest {
    private final DynamicalSystem henon = SystemCatalog.builtin().require("Henon");

    @Test
    void iteratesTheMapWithUnitTimeStep() {
        Trajectory run = new MapIterator().integrate(henon, new double[] {1.4, 0.3}, new double[] {0, 0}, 0.123, 3);
        assertEquals(1.0, run.dt());
        assertEquals(4, run.length());
        // (0, 0) -> (1, 0) -> (1 - 1.4, 0.3) = (-0.4, 0.3) -> (1 - 1.4 * 0.16 + 0.3, -0.12)
        assertEquals(1.0, run.get(1, 0), 1e-15);
        assertEquals(-0.4, run.get(2, 0), 1e-15);
        assertEquals(0.3, run.get(2, 1), 1e-15);
        assertEquals(1.076, run.get(3, 0), 1e-15);
        assertEquals(-0.12, run.get(3, 1), 1e-15);
    }

    @Test
    void anEscapingOrbitThrowsDivergence() {
        // Henon with a = 1.4 escapes to infinity from (2, 2): x -> 1 - 1.4 x^2 + y grows doubly exponentially.
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> new MapIterator().integrate(henon, new double[] {1.4, 0.3}, new double[] {2, 2}, 1, 100));
        assertTrue(e.step() < 20, "step " + e.step());
        assertTrue(e.getMessage().startsWith("Henon: "), e.getMessage());
    }

    @Test
    void integrationMethodPicksTheIteratorForMaps() {
        DynamicalSystem lorenz = SystemCatalog.builtin().require("Lorenz");
        assertTrue(IntegrationMethod.RK4.forSystem(henon) instanceof MapIterator);
        assertTrue(IntegrationMethod.DOP853.forSystem(henon) instanceof MapIterator);
        assertTrue(IntegrationMethod.RK4.forSystem(lorenz) instanceof Rk4Integrator);
        assertTrue(IntegrationMethod.DOP853.forSystem(lorenz) instanceof Dop853Integrator);
        assertSame(IntegrationMethod.DOP853, IntegrationMethod.fromLabel("Dop853"));
        assertEquals("unknown integration method 'rk5' (choose rk4 or dop853)",
                assertThrows(IllegalArgumentException.class, () -> IntegrationMethod.fromLabel("rk5")).getMessage());
    }
}
