package org.dynamicsworkbench.analysis.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemMetadata;
import org.junit.jupiter.api.Test;

/** dysts-style sampling: spacing, transient, and agreement with direct RK4 at the same step. */
class DystsSamplingTest {

    @Test
    void lorenzAtHundredPointsPerPeriodEqualsDirectIntegrationAtTheSubstep() {
        DynamicalSystem lorenz = SystemCatalog.builtin().require("Lorenz");
        SystemMetadata m = lorenz.metadata();
        double[] p = m.defaultParameters();
        double[] x0 = m.initialCondition();
        Trajectory sampled = DystsSampling.trajectory(lorenz, p, x0, 200, 100, 2);
        double spacing = m.period() / 100;
        int substeps = DystsSampling.substeps(spacing, m.dt());
        assertEquals(50, substeps); // 0.015008 / 3.0021e-4 = 49.99 -> 50 steps of 3.0016e-4 <= dt
        assertEquals(200, sampled.length());
        assertEquals(spacing, sampled.dt(), 1e-15);
        assertEquals(2 * m.period(), sampled.t0(), 1e-12);
        double h = spacing / substeps;
        Trajectory direct = new Rk4Integrator().integrate(lorenz, p, x0, h, (200 + 199) * substeps);
        for (int i = 0; i < 200; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(direct.get((200 + i) * substeps, c), sampled.get(i, c), 1e-9 * (1 + Math.abs(sampled.get(i, c))),
                        "sample " + i);
            }
        }
    }

    @Test
    void withoutTransientTheFirstPointIsTheInitialCondition() {
        DynamicalSystem rossler = SystemCatalog.builtin().require("Rossler");
        double[] x0 = rossler.metadata().initialCondition();
        Trajectory sampled = DystsSampling.trajectory(rossler, rossler.metadata().defaultParameters(), x0, 10, 1000, 0);
        assertEquals(0.0, sampled.t0());
        for (int c = 0; c < 3; c++) {
            assertEquals(x0[c], sampled.get(0, c));
        }
    }

    @Test
    void delaySystemsAreSampledThroughTheDelayIntegrator() {
        DynamicalSystem mackeyGlass = SystemCatalog.builtin().require("MackeyGlass");
        SystemMetadata m = mackeyGlass.metadata();
        Trajectory sampled = DystsSampling.trajectory(mackeyGlass, m.defaultParameters(), m.initialCondition(), 50, 15, 1);
        Trajectory direct = new DelayIntegrator().integrate(mackeyGlass, m.defaultParameters(), m.initialCondition(),
                m.period() / 15, 15 + 49);
        assertEquals(10, sampled.dimension());
        for (int i = 0; i < 50; i++) {
            assertEquals(direct.get(15 + i, 0), sampled.get(i, 0), 0.0);
        }
    }

    @Test
    void mapsAndBadCountsAreRefused() {
        DynamicalSystem henon = SystemCatalog.builtin().require("Henon");
        assertThrows(IllegalArgumentException.class, () -> DystsSampling.trajectory(henon,
                henon.metadata().defaultParameters(), henon.metadata().initialCondition(), 10, 100, 0));
        DynamicalSystem lorenz = SystemCatalog.builtin().require("Lorenz");
        assertThrows(IllegalArgumentException.class, () -> DystsSampling.trajectory(lorenz,
                lorenz.metadata().defaultParameters(), lorenz.metadata().initialCondition(), 0, 100, 0));
    }
}
