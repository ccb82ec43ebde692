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

    /** Every system's default state must draw: no divergence, every point finite, a curve with extent. */
    @Test
    void everySystemsDefaultStateIntegratesToAFiniteCurve() {
        for (DynamicalSystem system : CATALOG.systems()) {
            ExplorerState state = ExplorerState.defaults(system);
            Curve3D curve = TrajectoryCurves.integrate(state, ProgressListener.NONE, CancellationToken.NEVER);
            int expectedPoints = system.dimension() == 1 ? state.steps() : state.steps() + 1;
            assertEquals(expectedPoints, curve.pointCount(), system.name());
            Bounds3D b = curve.bounds();
            assertTrue(b.maxExtent() > 0 && Double.isFinite(b.diagonal()), system.name() + " " + b);
            if (system.dimension() < 3) {
                assertEquals(0.0, b.minZ(), system.name() + " is drawn in the plane z = 0");
                assertEquals(0.0, b.maxZ(), system.name() + " is drawn in the plane z = 0");
            }
        }
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
