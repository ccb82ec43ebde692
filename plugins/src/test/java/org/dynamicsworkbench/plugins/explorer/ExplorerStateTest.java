package org.dynamicsworkbench.plugins.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.render.scene.Bounds3D;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.DrawMode;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;
import org.junit.jupiter.api.Test;

class ExplorerStateTest {
    private static final SystemCatalog CATALOG = SystemCatalog.builtin();

    @Test
    void flowDefaultsSampleAHundredPointsPerPeriod() {
        ExplorerState rossler = ExplorerState.defaults(CATALOG.require("Rossler"));
        assertEquals(0.059, rossler.dt(), "dysts' Rossler period 5.9086 / 100 to two significant digits");
        assertEquals(ExplorerState.DEFAULT_FLOW_STEPS, rossler.steps());
        assertArrayEquals(new double[] {0.2, 0.2, 5.7}, rossler.parameters());
        assertEquals(null, rossler.camera());
        assertEquals(ColorBy.speed(), rossler.colorBy(), "speed reads well over many periods; time is noise there");
    }

    /**
     * Every system's default state must draw: no divergence, every point finite, a curve with extent. 2000
     * display samples (20 periods) instead of the default 10^5 keep the test short; the sub-steps per sample
     * are those of the default display step, which is what makes stiff systems work at all.
     */
    @Test
    void everySystemsDefaultStateIntegratesToAFiniteCurve() {
        for (DynamicalSystem system : CATALOG.systems()) {
            ExplorerState state = ExplorerState.defaults(system).withSteps(2_000);
            Curve3D curve = TrajectoryCurves.integrate(state, ProgressListener.NONE, CancellationToken.NEVER);
            int expectedPoints = system.dimension() == 1 && system.kind() == SystemKind.MAP ? state.steps()
                    : state.steps() + 1;
            assertEquals(expectedPoints, curve.pointCount(), system.name());
            Bounds3D b = curve.bounds();
            assertTrue(b.maxExtent() > 0 && Double.isFinite(b.diagonal()), system.name() + " " + b);
            if (TrajectoryCurves.isPlanar(system)) {
                assertEquals(0.0, b.minZ(), system.name() + " is drawn in the plane z = 0");
                assertEquals(0.0, b.maxZ(), system.name() + " is drawn in the plane z = 0");
            } else {
                assertTrue(b.maxZ() > b.minZ(), system.name() + " has depth: " + b);
            }
        }
    }

    @Test
    void flowsAreIntegratedAtSubStepsNoLargerThanTheSystemsRk4Step() {
        ExplorerState lorenz = ExplorerState.defaults(CATALOG.require("Lorenz"));
        double maxStep = lorenz.system().metadata().rk4Step();
        assertEquals(Math.min(10 * lorenz.system().metadata().dt(), lorenz.system().metadata().period() / 50), maxStep);
        int k = TrajectoryCurves.substeps(lorenz);
        assertTrue(lorenz.dt() / k <= maxStep && lorenz.dt() / (k - 1) > maxStep, "substeps " + k);
        // JerkCircuit blows up when RK4 steps at the display step itself (a hundredth of its period)
        ExplorerState jerk = ExplorerState.defaults(CATALOG.require("JerkCircuit")).withSteps(2_000);
        assertThrows(org.dynamicsworkbench.analysis.integrate.DivergenceException.class,
                () -> new org.dynamicsworkbench.analysis.integrate.Rk4Integrator().integrate(jerk.system(),
                        jerk.parameters(), jerk.initialCondition(), jerk.dt(), jerk.steps()));
        Curve3D curve = TrajectoryCurves.integrate(jerk, ProgressListener.NONE, CancellationToken.NEVER);
        assertTrue(Double.isFinite(curve.bounds().diagonal()));
        // the sampled states are the fine integration's states at every k-th step
        ExplorerState shortRun = lorenz.withSteps(20);
        org.dynamicsworkbench.analysis.integrate.Trajectory fine = new org.dynamicsworkbench.analysis.integrate
                .Rk4Integrator().integrate(shortRun.system(), shortRun.parameters(), shortRun.initialCondition(),
                shortRun.dt() / k, 20 * k);
        Curve3D coarse = TrajectoryCurves.integrate(shortRun, ProgressListener.NONE, CancellationToken.NEVER);
        for (int c = 0; c < 3; c++) {
            assertEquals(fine.get(20 * k, c), coarse.source().get(20, c), 1e-9);
        }
    }

    @Test
    void delayEquationsAreDrawnThroughTheirDelayEmbedding() {
        DynamicalSystem mackeyGlass = CATALOG.require("MackeyGlass");
        double[] p = mackeyGlass.metadata().defaultParameters();
        double tau = p[mackeyGlass.parameterNames().indexOf("tau")];
        int lagSamples = 50;
        ExplorerState state = ExplorerState.defaults(mackeyGlass).withDt(tau / lagSamples).withSteps(1_000);
        Curve3D curve = TrajectoryCurves.integrate(state, ProgressListener.NONE, CancellationToken.NEVER);
        org.dynamicsworkbench.analysis.integrate.Trajectory embedded = curve.source();
        assertEquals(3, embedded.dimension());
        for (int i = 2 * lagSamples; i < 1_000; i += 97) {
            assertEquals(embedded.get(i - lagSamples, 0), embedded.get(i, 1), 1e-9, "x(t - tau) at sample " + i);
            assertEquals(embedded.get(i - 2 * lagSamples, 0), embedded.get(i, 2), 1e-9, "x(t - 2 tau) at " + i);
        }
    }

    @Test
    void highDimensionalSystemsDrawTheChosenCoordinates() {
        DynamicalSystem macArthur = CATALOG.require("MacArthur");
        assertTrue(macArthur.dimension() > 3);
        ExplorerState state = ExplorerState.defaults(macArthur).withSteps(100);
        assertArrayEquals(new int[] {0, 1, 2}, state.coordinates());
        ExplorerState chosen = state.withCoordinates(new int[] {3, 0, macArthur.dimension() - 1});
        assertNotEquals(state, chosen);
        Curve3D curve = TrajectoryCurves.integrate(chosen, ProgressListener.NONE, CancellationToken.NEVER);
        float[] xyz = curve.xyz();
        org.dynamicsworkbench.analysis.integrate.Trajectory source = curve.source();
        for (int i = 0; i <= 100; i += 25) {
            assertEquals((float) source.get(i, 3), xyz[3 * i], 1e-6f * Math.max(1, Math.abs(xyz[3 * i])));
            assertEquals((float) source.get(i, 0), xyz[3 * i + 1], 1e-6f * Math.max(1, Math.abs(xyz[3 * i + 1])));
        }
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> state.withCoordinates(new int[] {1, 1, 2}));
        assertTrue(repeated.getMessage().contains("three different indices"), repeated.getMessage());
        assertThrows(IllegalArgumentException.class, () -> state.withCoordinates(new int[] {0, 1, 99}));
        ExplorerState lorenz = ExplorerState.defaults(CATALOG.require("Lorenz"));
        IllegalArgumentException noChoice = assertThrows(IllegalArgumentException.class,
                () -> lorenz.withCoordinates(new int[] {2, 1, 0}));
        assertTrue(noChoice.getMessage().contains("has no choice of coordinates"), noChoice.getMessage());
    }

    @Test
    void mapsArePointsSeenFromAboveAndFlowsAreLinesAtTheDefaultAngle() {
        ExplorerState henon = ExplorerState.defaults(CATALOG.require("Henon"));
        Curve3D henonCurve = TrajectoryCurves.integrate(henon, ProgressListener.NONE, CancellationToken.NEVER);
        Scene3D henonScene = SceneComposer.compose(henon, henonCurve);
        assertEquals(DrawMode.POINTS, henonScene.drawMode());
        assertEquals(OrbitCamera.MAX_PITCH_DEG, henonScene.camera().pitchDeg());

        ExplorerState lorenz = ExplorerState.defaults(CATALOG.require("Lorenz"));
        Curve3D lorenzCurve = TrajectoryCurves.integrate(lorenz.withSteps(1000), ProgressListener.NONE,
                CancellationToken.NEVER);
        Scene3D fitted = SceneComposer.compose(lorenz, lorenzCurve);
        assertEquals(DrawMode.LINE, fitted.drawMode());
        assertEquals(OrbitCamera.fitting(lorenzCurve.bounds()), fitted.camera());
        OrbitCamera mine = new OrbitCamera(10, 10, 50, 0, 0, 20, 30);
        assertEquals(mine, SceneComposer.compose(lorenz.withCamera(mine), lorenzCurve).camera());
    }

    @Test
    void theConstructorChecksEveryPartAgainstTheSystem() {
        ExplorerState lorenz = ExplorerState.defaults(CATALOG.require("Lorenz"));
        assertThrows(IllegalArgumentException.class, () -> lorenz.withParameters(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> lorenz.withParameter("rho", Double.NaN));
        assertEquals("Lorenz has no parameter 'rh' (parameters: beta, rho, sigma)",
                assertThrows(IllegalArgumentException.class, () -> lorenz.withParameter("rh", 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> lorenz.withInitialCondition(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> lorenz.withInitialCondition(new double[] {1, Double.POSITIVE_INFINITY, 2}));
        assertThrows(IllegalArgumentException.class, () -> lorenz.withSteps(0));
        assertThrows(IllegalArgumentException.class, () -> lorenz.withSteps(ExplorerState.MAX_STEPS + 1));
        assertThrows(IllegalArgumentException.class, () -> lorenz.withDt(0));
        assertThrows(IllegalArgumentException.class, () -> lorenz.withColorBy(ColorBy.component(3)));
    }

    @Test
    void isAValueWithCopiedArrays() {
        ExplorerState a = ExplorerState.defaults(CATALOG.require("Lorenz"));
        double[] p = a.parameters();
        p[1] = 99;
        assertEquals(28.0, a.parameter("rho"));
        ExplorerState b = a.withParameter("rho", 35);
        assertNotEquals(a, b);
        assertEquals(a, b.withParameter("rho", 28));
        assertEquals(a.hashCode(), b.withParameter("rho", 28).hashCode());
        assertTrue(a.sameTrajectoryAs(a.withCamera(new OrbitCamera(1, 2, 3, 0, 0, 0, 40))));
        assertEquals(SystemKind.FLOW, a.system().kind());
    }
}
