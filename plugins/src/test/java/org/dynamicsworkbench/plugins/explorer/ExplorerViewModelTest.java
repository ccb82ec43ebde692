package org.dynamicsworkbench.plugins.explorer;

import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovResult;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.UnknownSystemException;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.ColorMap;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExplorerViewModelTest {
    private static final SystemCatalog CATALOG = SystemCatalog.builtin();
    /** Short runs keep the test fast; the behaviour does not depend on the length. */
    private static final int STEPS = 5_000;

    private ControllableTasks tasks;
    private RecordingContext context;
    private ExplorerViewModel viewModel;

    @BeforeEach
    void openLorenz() {
        tasks = new ControllableTasks();
        context = new RecordingContext(tasks, null);
        viewModel = new ExplorerViewModel(context, CATALOG,
                ExplorerState.defaults(CATALOG.require("Lorenz")).withSteps(STEPS));
        tasks.runPending();
    }

    private static float[] expectedXyz(ExplorerState state) {
        return TrajectoryCurves.integrate(state, ProgressListener.NONE, CancellationToken.NEVER).xyz();
    }

    @Test
    void integratesTheInitialStateInTheBackground() {
        assertEquals(1, tasks.submitted().size());
        Scene3D scene = viewModel.sceneProperty().get();
        assertNotNull(scene);
        assertArrayEquals(expectedXyz(viewModel.getState()), scene.curve().xyz());
        assertEquals(OrbitCamera.fitting(scene.curve().bounds()), scene.camera());
        assertFalse(viewModel.integratingProperty().get());
        assertNull(viewModel.errorProperty().get());
    }

    @Test
    void selectSystemResetsParametersInitialConditionAndCamera() {
        viewModel.setParameter("rho", 35);
        viewModel.setInitialCondition(new double[] {1, 1, 1});
        viewModel.setCamera(new OrbitCamera(5, 5, 5, 0, 0, 0, 40));
        viewModel.selectSystem("Rossler");
        assertEquals(ExplorerState.defaults(CATALOG.require("Rossler")), viewModel.getState());
        viewModel.selectSystem("Lorenz");
        assertEquals(ExplorerState.defaults(CATALOG.require("Lorenz")), viewModel.getState());
        assertNull(viewModel.getState().camera());
        assertThrows(UnknownSystemException.class, () -> viewModel.selectSystem("Lorenzz"));
    }

    @Test
    void aParameterChangeProducesANewTrajectory() {
        float[] before = viewModel.sceneProperty().get().curve().xyz();
        viewModel.setParameter("rho", 35);
        assertTrue(viewModel.integratingProperty().get());
        tasks.runPending();
        float[] after = viewModel.sceneProperty().get().curve().xyz();
        assertEquals(before.length, after.length);
        assertFalse(Arrays.equals(before, after), "rho = 35 must give other points than rho = 28");
        assertArrayEquals(expectedXyz(viewModel.getState()), after);
        assertEquals(35.0, viewModel.getState().parameter("rho"));
    }

    @Test
    void aNewRequestCancelsThePreviousIntegration() {
        viewModel.setParameter("rho", 30);
        ControllableTasks.Task<?> first = tasks.last();
        viewModel.setParameter("rho", 35);
        assertTrue(first.isCancelled());
        assertFalse(tasks.last().isCancelled());
    }

    @Test
    void aStaleResultNeverOverwritesANewerOne() {
        viewModel.setParameter("rho", 30);
        ControllableTasks.Task<?> stale = tasks.last();
        viewModel.setParameter("rho", 35);
        ControllableTasks.Task<?> fresh = tasks.last();
        float[] rho35 = expectedXyz(viewModel.getState());

        fresh.run();
        assertArrayEquals(rho35, viewModel.sceneProperty().get().curve().xyz());
        stale.runIgnoringCancel(); // its result arrives after all
        assertArrayEquals(rho35, viewModel.sceneProperty().get().curve().xyz());
    }

    @Test
    void aStaleResultIsDroppedEvenIfItArrivesFirst() {
        Scene3D original = viewModel.sceneProperty().get();
        viewModel.setParameter("rho", 30);
        ControllableTasks.Task<?> stale = tasks.last();
        viewModel.setParameter("rho", 35);
        ControllableTasks.Task<?> fresh = tasks.last();
        stale.runIgnoringCancel();
        assertSame(original, viewModel.sceneProperty().get(), "a result for rho = 30 must not be shown");
        assertTrue(viewModel.integratingProperty().get(), "still waiting for rho = 35");
        fresh.run();
        assertArrayEquals(expectedXyz(viewModel.getState()), viewModel.sceneProperty().get().curve().xyz());
    }

    @Test
    void divergenceKeepsTheLastGoodSceneAndReportsSystemAndStep() {
        Scene3D good = viewModel.sceneProperty().get();
        viewModel.setParameter("beta", -5); // z' = xy + 5z: Lorenz blows up
        tasks.runPending();
        assertSame(good, viewModel.sceneProperty().get());
        String error = viewModel.errorProperty().get();
        assertNotNull(error);
        assertTrue(error.startsWith("Lorenz") && error.contains("step"), error);
        assertEquals(1, context.errors.size(), "one dialog");
        assertTrue(context.errors.get(0).contains(error));

        viewModel.setParameter("beta", -6); // still diverging: the message updates, no second dialog
        tasks.runPending();
        assertNotNull(viewModel.errorProperty().get());
        assertEquals(1, context.errors.size());
        assertSame(good, viewModel.sceneProperty().get());

        viewModel.setParameter("beta", 8.0 / 3);
        tasks.runPending();
        assertNull(viewModel.errorProperty().get());
        assertArrayEquals(expectedXyz(viewModel.getState()), viewModel.sceneProperty().get().curve().xyz());
    }

    @Test
    void colourChangesRecomposeWithoutIntegrating() {
        Scene3D before = viewModel.sceneProperty().get();
        viewModel.setColorMap(ColorMap.MAGMA);
        viewModel.setColorBy(ColorBy.speed());
        assertEquals(1, tasks.submitted().size(), "no new integration");
        Scene3D after = viewModel.sceneProperty().get();
        assertSame(before.curve(), after.curve());
        assertEquals(ColorMap.MAGMA, after.colorMap());
        assertEquals(ColorBy.speed(), after.colorBy());
    }

    @Test
    void aMovedCameraIsKeptForLaterTrajectories() {
        OrbitCamera moved = new OrbitCamera(12, 34, 56, 1, 2, 3, 40);
        viewModel.setCamera(moved);
        assertEquals(moved, viewModel.getState().camera());
        assertEquals(1, tasks.submitted().size(), "moving the camera does not integrate");
        viewModel.setParameter("rho", 35);
        tasks.runPending();
        assertEquals(moved, viewModel.sceneProperty().get().camera());
    }

    @Test
    void lyapunovSpectrumOfLorenz() {
        viewModel.computeLyapunov();
        assertTrue(viewModel.lyapunovRunningProperty().get());
        tasks.runPending();
        assertFalse(viewModel.lyapunovRunningProperty().get());
        assertEquals(1.0, viewModel.lyapunovProgressProperty().get(), 1e-12);
        LyapunovSummary summary = viewModel.lyapunovResultProperty().get();
        assertNotNull(summary);
        LyapunovResult result = summary.result();
        double lambda1 = result.maximalExponent();
        assertTrue(lambda1 > 0.7 && lambda1 < 1.1, "lambda1 = " + lambda1);
        // the exponents sum to the constant divergence -(sigma + 1 + beta) of the Lorenz flow
        assertEquals(-(10 + 1 + 2.667), result.sum(), 1e-2);
        assertTrue(result.kaplanYorkeDimension() > 2 && result.kaplanYorkeDimension() < 2.1);
        assertEquals(0.01, summary.settings().dt(), "min(state dt 0.015, 0.01)");
        assertTrue(summary.text().startsWith("λ1 = +0."), summary.text());
        assertTrue(summary.text().contains("Kaplan-Yorke dimension = 2.0"), summary.text());
    }

    @Test
    void lyapunovCanBeCancelledAndIsClearedWhenTheTrajectoryChanges() {
        viewModel.computeLyapunov();
        ControllableTasks.Task<?> task = tasks.last();
        viewModel.cancelLyapunov();
        assertTrue(task.isCancelled());
        assertFalse(viewModel.lyapunovRunningProperty().get());
        task.runIgnoringCancel();
        assertNull(viewModel.lyapunovResultProperty().get(), "a cancelled computation shows nothing");

        viewModel.computeLyapunov();
        tasks.last().run();
        assertNotNull(viewModel.lyapunovResultProperty().get());
        viewModel.setColorMap(ColorMap.PLASMA);
        assertNotNull(viewModel.lyapunovResultProperty().get(), "colours do not change the spectrum");
        viewModel.setParameter("rho", 35);
        assertNull(viewModel.lyapunovResultProperty().get(), "the spectrum of rho = 28 no longer applies");
    }

    @Test
    void lyapunovPlanFitsFlowsAndMaps() {
        ExplorerState lorenz = ExplorerState.defaults(CATALOG.require("Lorenz"));
        var flow = LyapunovPlan.settingsFor(lorenz);
        assertEquals(0.01, flow.dt());
        assertEquals(200 * 1.5008, flow.totalTime(), 1e-9);
        assertEquals(0.1 * flow.totalTime(), flow.transientTime(), 1e-9);
        var longDt = LyapunovPlan.settingsFor(lorenz.withDt(1e-5));
        assertEquals(1e-5, longDt.dt());
        assertTrue((longDt.totalTime() + longDt.transientTime()) / longDt.dt() <= LyapunovPlan.MAX_FLOW_STEPS + 1,
                "capped to a few seconds of work");
        var map = LyapunovPlan.settingsFor(ExplorerState.defaults(CATALOG.require("Henon")));
        assertEquals(1.0, map.dt());
        assertEquals(LyapunovPlan.MAP_ITERATIONS, map.totalTime());
    }

    @Test
    void closeCancelsEverything() {
        viewModel.setParameter("rho", 35);
        ControllableTasks.Task<?> integration = tasks.last();
        viewModel.computeLyapunov();
        ControllableTasks.Task<?> lyapunov = tasks.last();
        viewModel.close();
        assertTrue(integration.isCancelled());
        assertTrue(lyapunov.isCancelled());
        assertFalse(viewModel.integratingProperty().get());
    }
}
