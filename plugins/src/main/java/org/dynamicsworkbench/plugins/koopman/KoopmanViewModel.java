package org.dynamicsworkbench.plugins.koopman;

import java.nio.file.Path;
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
import org.dynamicsworkbench.analysis.koopman.Pseudospectrum;
import org.dynamicsworkbench.plugins.series.SeriesLoader;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/**
 * The Koopman tool's state and results, without any Node. A change of the series, dictionary or HAVOK settings
 * refits in the background (then computes the pseudospectrum in a second task); a change of the grid only
 * recomputes the pseudospectrum; threshold, selection and eigenfunction part change only what is shown. Generation
 * counters drop results that arrive after a newer request. FX thread only.
 */
public final class KoopmanViewModel {
    private final ToolContext context;
    private final SeriesLoader loader;
    private Path sessionFolder;
    private final ReadOnlyObjectWrapper<KoopmanState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<KoopmanResult> fit = new ReadOnlyObjectWrapper<>(this, "fit");
    private final ReadOnlyObjectWrapper<Pseudospectrum> pseudospectrum = new ReadOnlyObjectWrapper<>(this, "pseudospectrum");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper fitting = new ReadOnlyBooleanWrapper(this, "fitting");
    private final ReadOnlyBooleanWrapper pseudospectrumRunning = new ReadOnlyBooleanWrapper(this, "pseudospectrumRunning");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private long fitGeneration;
    private long pseudoGeneration;
    private TaskHandle fitTask;
    private TaskHandle pseudoTask;

    public KoopmanViewModel(ToolContext context, SeriesLoader loader, KoopmanState initial) {
        this.context = Objects.requireNonNull(context, "context");
        this.loader = Objects.requireNonNull(loader, "loader");
        state.set(Objects.requireNonNull(initial, "initial"));
        refit();
    }

    public ReadOnlyObjectProperty<KoopmanState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public KoopmanState getState() {
        return state.get();
    }

    /** The fit of the current state's series and dictionary, or null while it runs. */
    public ReadOnlyObjectProperty<KoopmanResult> fitProperty() {
        return fit.getReadOnlyProperty();
    }

    /** The pseudospectrum of the current fit and grid, or null while it runs. */
    public ReadOnlyObjectProperty<Pseudospectrum> pseudospectrumProperty() {
        return pseudospectrum.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fittingProperty() {
        return fitting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pseudospectrumRunningProperty() {
        return pseudospectrumRunning.getReadOnlyProperty();
    }

    /** Progress of the running task (the fit, then the pseudospectrum), in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public void restore(KoopmanState s) {
        replace(Objects.requireNonNull(s, "state"));
    }

    /**
     * Adopts a state restored from a session in {@code folder} (whose files the codec has resolved against it):
     * the folder is where the series picker resolves typed relative paths and opens its file chooser.
     */
    public void restore(KoopmanState s, Path folder) {
        sessionFolder = folder == null ? null : folder.toAbsolutePath().normalize();
        restore(s);
    }

    /** The session's folder, or null while the session has none (a new tool in an unsaved session). */
    public Path sessionFolder() {
        return sessionFolder;
    }

    public void setSeries(SeriesSpec spec) {
        replace(state.get().withSeries(spec));
    }

    public void setDictionary(DictionaryChoice d) {
        replace(state.get().withDictionary(d));
    }

    public void setThreshold(double t) {
        replace(state.get().withThreshold(t));
    }

    public void setGrid(int g) {
        replace(state.get().withGrid(g));
    }

    public void setHavok(int delays, int rank) {
        replace(state.get().withHavok(delays, rank));
    }

    /** Selects the eigenvalue at table rank {@code rank} (-1: none) for the 3D view. */
    public void select(int rank) {
        replace(state.get().withSelected(rank));
    }

    public void setPart(EigenfunctionPart part) {
        replace(state.get().withPart(part));
    }

    /** The table ranks shown under the current threshold (empty before the first fit). */
    public int[] shownRanks() {
        KoopmanResult r = fit.get();
        return r == null ? new int[0] : KoopmanFigures.shown(r, state.get().threshold());
    }

    /**
     * The selected eigenfunction on every trajectory row as the chosen part, or null when nothing valid is selected.
     */
    public double[] selectedEigenfunction() {
        KoopmanResult r = fit.get();
        KoopmanState s = state.get();
        if (r == null || s.selected() < 0 || s.selected() >= r.size()) {
            return null;
        }
        return r.eigenfunctionOnRows(s.selected(), s.part());
    }

    private void replace(KoopmanState next) {
        KoopmanState previous = state.get();
        if (next.equals(previous)) {
            return;
        }
        state.set(next);
        if (!next.sameFit(previous)) {
            refit();
        } else if (next.grid() != previous.grid() && fit.get() != null) {
            computePseudospectrum(fit.get());
        }
    }

    /** Fits the current state again (also after a failure). */
    public void refit() {
        cancel();
        long request = ++fitGeneration;
        KoopmanState requested = state.get();
        fit.set(null);
        pseudospectrum.set(null);
        fitting.set(true);
        progress.set(0);
        fitTask = context.tasks().submit("Koopman fit of " + requested.series().label(),
                (p, cancel) -> KoopmanAnalysis.fit(requested, loader, p, cancel),
                fraction -> {
                    if (request == fitGeneration) {
                        progress.set(fraction);
                    }
                },
                (KoopmanResult done) -> {
                    if (request == fitGeneration) {
                        fitting.set(false);
                        error.set(null);
                        fit.set(done);
                        if (done.havokProblem() != null) {
                            context.status(done.havokProblem());
                        }
                        computePseudospectrum(done);
                    }
                },
                failure -> {
                    if (request == fitGeneration) {
                        fitting.set(false);
                        fail("Koopman: " + messageOf(failure));
                    }
                });
    }

    private void computePseudospectrum(KoopmanResult basis) {
        cancelPseudospectrum();
        long request = ++pseudoGeneration;
        int grid = state.get().grid();
        pseudospectrum.set(null);
        pseudospectrumRunning.set(true);
        progress.set(0);
        pseudoTask = context.tasks().submit("Pseudospectrum on a " + grid + " x " + grid + " grid",
                (p, cancel) -> KoopmanAnalysis.pseudospectrum(basis, grid, p, cancel),
                fraction -> {
                    if (request == pseudoGeneration) {
                        progress.set(fraction);
                    }
                },
                (Pseudospectrum done) -> {
                    if (request == pseudoGeneration) {
                        pseudospectrumRunning.set(false);
                        pseudospectrum.set(done);
                    }
                },
                failure -> {
                    if (request == pseudoGeneration) {
                        pseudospectrumRunning.set(false);
                        fail("Pseudospectrum: " + messageOf(failure));
                    }
                });
    }

    private void fail(String message) {
        error.set(message);
        context.status(message);
    }

    /** Stops the fit and the pseudospectrum; their results will not be shown. */
    public void cancel() {
        fitGeneration++;
        if (fitTask != null) {
            fitTask.cancel();
            fitTask = null;
        }
        fitting.set(false);
        cancelPseudospectrum();
    }

    private void cancelPseudospectrum() {
        pseudoGeneration++;
        if (pseudoTask != null) {
            pseudoTask.cancel();
            pseudoTask = null;
        }
        pseudospectrumRunning.set(false);
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
