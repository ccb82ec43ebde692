package org.dynamicsworkbench.plugins.explorer;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovResult;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovSettings;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovSpectrum;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.ColorMap;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The explorer's state and what follows from it, without any Node: the current {@link ExplorerState},
 * the {@link Scene3D} of its integrated trajectory, the last integration error, and the Lyapunov
 * computation. Every change that alters the trajectory re-integrates through the workbench's
 * {@link org.dynamicsworkbench.plugins.spi.BackgroundTasks}, cancelling the previous integration; a
 * generation counter drops any result that arrives after a newer request, so stale work never
 * overwrites newer results. A failed integration keeps the last good scene. Colour and camera changes
 * only recompose the scene. Call every method on the FX thread (the thread that runs the tasks'
 * callbacks).
 */
public final class ExplorerViewModel {
    private final ToolContext context;
    private final SystemCatalog catalog;
    private final ReadOnlyObjectWrapper<ExplorerState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<Scene3D> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper integrating = new ReadOnlyBooleanWrapper(this, "integrating");
    private final ReadOnlyBooleanWrapper lyapunovRunning = new ReadOnlyBooleanWrapper(this, "lyapunovRunning");
    private final ReadOnlyDoubleWrapper lyapunovProgress = new ReadOnlyDoubleWrapper(this, "lyapunovProgress");
    private final ReadOnlyObjectWrapper<LyapunovSummary> lyapunovResult =
            new ReadOnlyObjectWrapper<>(this, "lyapunovResult");

    /** Incremented by every integration request; a result is shown only if it belongs to the latest one. */
    private long integrationGeneration;
    private long lyapunovGeneration;
    private TaskHandle integration;
    private TaskHandle lyapunov;
    /** The curve of the latest successful integration, kept to recompose the scene on colour changes. */
    private Curve3D curve;

    /** Starts with {@code initial} and integrates it. */
    public ExplorerViewModel(ToolContext context, SystemCatalog catalog, ExplorerState initial) {
        this.context = Objects.requireNonNull(context, "context");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        state.set(Objects.requireNonNull(initial, "initial"));
        integrate();
    }

    public SystemCatalog catalog() {
        return catalog;
    }

    public ReadOnlyObjectProperty<ExplorerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ExplorerState getState() {
        return state.get();
    }

    /** The scene of the latest successful integration, or null before the first one finishes. */
    public ReadOnlyObjectProperty<Scene3D> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** The message of the latest failed integration, or null when the latest one succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty integratingProperty() {
        return integrating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lyapunovRunningProperty() {
        return lyapunovRunning.getReadOnlyProperty();
    }

    /** Fraction done of the running Lyapunov computation, in [0, 1]. */
    public ReadOnlyDoubleProperty lyapunovProgressProperty() {
        return lyapunovProgress.getReadOnlyProperty();
    }

    /** The spectrum of the current trajectory settings, or null (none computed, or the settings changed since). */
    public ReadOnlyObjectProperty<LyapunovSummary> lyapunovResultProperty() {
        return lyapunovResult.getReadOnlyProperty();
    }

    /**
     * Switches to the named system with its catalog parameters, initial condition and a fitted camera.
     *
     * @throws org.dynamicsworkbench.analysis.system.UnknownSystemException for a name not in the catalog
     */
    public void selectSystem(String name) {
        replaceState(ExplorerState.defaults(catalog.require(name)));
    }

    /** Replaces the whole state (a restored session) and integrates it. */
    public void restore(ExplorerState newState) {
        replaceState(Objects.requireNonNull(newState, "state"));
    }

    /** @throws IllegalArgumentException for an unknown parameter or a non-finite value */
    public void setParameter(String name, double value) {
        replaceState(state.get().withParameter(name, value));
    }

    /** @throws IllegalArgumentException if {@code x0} does not fit the system or is not finite */
    public void setInitialCondition(double[] x0) {
        replaceState(state.get().withInitialCondition(x0));
    }

    /** @throws IllegalArgumentException outside [1, {@value ExplorerState#MAX_STEPS}] */
    public void setSteps(int steps) {
        replaceState(state.get().withSteps(steps));
    }

    /** @throws IllegalArgumentException unless positive and finite */
    public void setDt(double dt) {
        replaceState(state.get().withDt(dt));
    }

    public void setMethod(IntegrationMethod method) {
        replaceState(state.get().withMethod(method));
    }

    /** @throws IllegalArgumentException for a component the system does not have */
    public void setColorBy(ColorBy colorBy) {
        replaceState(state.get().withColorBy(colorBy));
    }

    public void setColorMap(ColorMap colorMap) {
        replaceState(state.get().withColorMap(colorMap));
    }

    /**
     * Draws the state's coordinates {@code coordinates} (three distinct indices) as x, y, z.
     *
     * @throws IllegalArgumentException when the system has no such choice or an index does not fit
     */
    public void setCoordinates(int[] coordinates) {
        replaceState(state.get().withCoordinates(coordinates));
    }

    /**
     * Records a camera the user moved to. The scene property is left alone (the view already shows this
     * camera); later scenes use it instead of fitting one.
     */
    public void setCamera(OrbitCamera camera) {
        state.set(state.get().withCamera(Objects.requireNonNull(camera, "camera")));
    }

    private void replaceState(ExplorerState next) {
        ExplorerState previous = state.get();
        if (next.equals(previous)) {
            return;
        }
        state.set(next);
        if (!next.sameTrajectoryAs(previous)) {
            integrate();
        } else if (curve != null) {
            scene.set(SceneComposer.compose(next, curve));
        }
    }

    private void integrate() {
        long generation = ++integrationGeneration;
        if (integration != null) {
            integration.cancel();
        }
        cancelLyapunov();
        lyapunovResult.set(null);
        ExplorerState request = state.get();
        integrating.set(true);
        integration = context.tasks().submit("Integrating " + request.systemName(),
                (progress, cancel) -> TrajectoryCurves.integrate(request, progress, cancel),
                result -> {
                    if (generation == integrationGeneration) {
                        integrated(result);
                    }
                },
                failure -> {
                    if (generation == integrationGeneration) {
                        integrationFailed(request, failure);
                    }
                });
    }

    private void integrated(Curve3D result) {
        integrating.set(false);
        curve = result;
        error.set(null);
        scene.set(SceneComposer.compose(state.get(), result));
    }

    private void integrationFailed(ExplorerState request, Throwable failure) {
        integrating.set(false);
        boolean firstOfARun = error.get() == null;
        String message = describe(request, failure);
        error.set(message);
        context.status(message);
        if (firstOfARun) {
            // one dialog per run of failures: dragging a slider through a diverging range must not stack dialogs
            context.showError("Integration failed", message);
        }
    }

    /** Starts the Lyapunov spectrum of the current state in the background (cancelling a running one). */
    public void computeLyapunov() {
        cancelLyapunov();
        long generation = ++lyapunovGeneration;
        ExplorerState request = state.get();
        LyapunovSettings settings = LyapunovPlan.settingsFor(request);
        lyapunovProgress.set(0);
        lyapunovRunning.set(true);
        lyapunov = context.tasks().submit("Lyapunov spectrum of " + request.systemName(),
                (progress, cancel) -> LyapunovSpectrum.compute(request.system(), request.parameters(),
                        request.initialCondition(), settings, progress, cancel),
                fraction -> {
                    if (generation == lyapunovGeneration) {
                        lyapunovProgress.set(fraction);
                    }
                },
                (LyapunovResult result) -> {
                    if (generation == lyapunovGeneration) {
                        lyapunovRunning.set(false);
                        lyapunovProgress.set(1);
                        lyapunovResult.set(new LyapunovSummary(request, settings, result));
                        context.status(request.systemName() + ": Lyapunov spectrum done");
                    }
                },
                failure -> {
                    if (generation == lyapunovGeneration) {
                        lyapunovRunning.set(false);
                        String message = "Lyapunov spectrum: " + describe(request, failure);
                        context.status(message);
                        context.showError("Lyapunov spectrum failed", message);
                    }
                });
    }

    /** Stops the running Lyapunov computation, if any; its result will not be shown. */
    public void cancelLyapunov() {
        lyapunovGeneration++;
        if (lyapunov != null) {
            lyapunov.cancel();
            lyapunov = null;
        }
        lyapunovRunning.set(false);
        lyapunovProgress.set(0);
    }

    /** Cancels all background work. */
    public void close() {
        integrationGeneration++;
        if (integration != null) {
            integration.cancel();
        }
        integrating.set(false);
        cancelLyapunov();
    }

    /** A one-line message naming the system (the analysis messages name the step where one applies). */
    private static String describe(ExplorerState request, Throwable failure) {
        String message = messageOf(failure);
        return message.startsWith(request.systemName()) ? message : request.systemName() + ": " + message;
    }

    /** The message of the failure itself, not of the wrappers an executor or a future put around it. */
    static String messageOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
