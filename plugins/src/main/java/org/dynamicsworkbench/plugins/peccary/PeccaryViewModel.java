package org.dynamicsworkbench.plugins.peccary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.dynamicsworkbench.plugins.series.SeriesLoader;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/**
 * The PECCARY tool's state and result, without any Node. Every state change recomputes in the background through
 * the workbench's tasks, cancelling the previous computation; a generation counter drops a result that arrives
 * after a newer request. A failure keeps the last good result and reports the message. FX thread only.
 */
public final class PeccaryViewModel {
    private final ToolContext context;
    private final SeriesLoader loader;
    private Path sessionFolder;
    private final ReadOnlyObjectWrapper<PeccaryState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<PeccaryResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private long generation;
    private TaskHandle task;

    /** Starts with {@code initial} and computes it. */
    public PeccaryViewModel(ToolContext context, SeriesLoader loader, PeccaryState initial) {
        this.context = Objects.requireNonNull(context, "context");
        this.loader = Objects.requireNonNull(loader, "loader");
        state.set(Objects.requireNonNull(initial, "initial"));
        compute();
    }

    public ReadOnlyObjectProperty<PeccaryState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PeccaryState getState() {
        return state.get();
    }

    /** The result of the latest successful computation of the current state, or null while it runs. */
    public ReadOnlyObjectProperty<PeccaryResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public void restore(PeccaryState newState) {
        replace(Objects.requireNonNull(newState, "state"));
    }

    /**
     * Adopts a state restored from a session in {@code folder} (whose files the codec has resolved against it):
     * the folder is where the series picker resolves typed relative paths and opens its file chooser.
     */
    public void restore(PeccaryState newState, Path folder) {
        sessionFolder = folder == null ? null : folder.toAbsolutePath().normalize();
        restore(newState);
    }

    /** The session's folder, or null while the session has none (a new tool in an unsaved session). */
    public Path sessionFolder() {
        return sessionFolder;
    }

    public void setN(int n) {
        replace(state.get().withN(n));
    }

    public void setTau(int tau) {
        replace(state.get().withTau(tau));
    }

    /** A sweep over from..to, or none when {@code from == 0}. */
    public void setSweep(int from, int to) {
        replace(state.get().withSweep(from, to));
    }

    /** @throws IllegalArgumentException when {@value PeccaryState#MAX_SERIES} series are already shown */
    public void addSeries(SeriesSpec spec) {
        List<SeriesSpec> list = new ArrayList<>(state.get().series());
        list.add(Objects.requireNonNull(spec, "spec"));
        replace(state.get().withSeries(list));
    }

    /** @throws IllegalArgumentException when it is the last series (the plane needs one) */
    public void removeSeries(int index) {
        List<SeriesSpec> list = new ArrayList<>(state.get().series());
        list.remove(index);
        replace(state.get().withSeries(list));
    }

    private void replace(PeccaryState newState) {
        if (newState.equals(state.get())) {
            return;
        }
        state.set(newState);
        compute();
    }

    /** Recomputes the current state (also after a failure, e.g. once a missing file is back). */
    public void compute() {
        cancelTask();
        long request = ++generation;
        PeccaryState requested = state.get();
        running.set(true);
        progress.set(0);
        result.set(null);
        task = context.tasks().submit("PECCARY of " + requested.series().size() + " series",
                (p, cancel) -> PeccaryAnalysis.compute(requested, loader, p, cancel),
                fraction -> {
                    if (request == generation) {
                        progress.set(fraction);
                    }
                },
                (PeccaryResult done) -> {
                    if (request == generation) {
                        running.set(false);
                        progress.set(1);
                        error.set(null);
                        result.set(done);
                    }
                },
                failure -> {
                    if (request == generation) {
                        running.set(false);
                        String message = "PECCARY: " + messageOf(failure);
                        error.set(message);
                        context.status(message);
                    }
                });
    }

    /** Stops the running computation; its result will not be shown. */
    public void cancel() {
        generation++;
        cancelTask();
        running.set(false);
    }

    private void cancelTask() {
        if (task != null) {
            task.cancel();
            task = null;
        }
    }

    public void close() {
        cancel();
    }

    static String messageOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
