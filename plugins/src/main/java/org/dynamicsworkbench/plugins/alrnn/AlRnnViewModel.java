package org.dynamicsworkbench.plugins.alrnn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dynamicsworkbench.analysis.alrnn.run.AlRnnRun;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/**
 * The AL-RNN tool without its view: the state, the model reading shown, the training records as they arrive,
 * progress with an ETA, and the commands (open a run, train a new one, resume one, cancel). Work runs through
 * {@link ToolContext#tasks()}; training records and checkpoint previews are handed to {@code ui} (the FX thread in
 * the window, the calling thread in tests). Closing the tool leaves a training task running in the workbench's task
 * list (it writes its run folder; reopen the folder to read or resume it).
 */
final class AlRnnViewModel {
    private final ToolContext context;
    private final Executor ui;
    private final ObjectProperty<AlRnnState> state = new SimpleObjectProperty<>(AlRnnState.defaults());
    private final ObjectProperty<ModelReading> reading = new SimpleObjectProperty<>();
    private final ObjectProperty<List<EpochRecord>> records = new SimpleObjectProperty<>(List.of());
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("Open a run folder, or set up and train a model.");
    private final BooleanProperty training = new SimpleBooleanProperty(false);
    private Path sessionFolder = Path.of("").toAbsolutePath();
    private TaskHandle task;
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    AlRnnViewModel(ToolContext context, Executor ui) {
        this.context = Objects.requireNonNull(context, "context");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    ObjectProperty<AlRnnState> stateProperty() {
        return state;
    }

    ObjectProperty<ModelReading> readingProperty() {
        return reading;
    }

    ObjectProperty<List<EpochRecord>> recordsProperty() {
        return records;
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    StringProperty messageProperty() {
        return message;
    }

    BooleanProperty trainingProperty() {
        return training;
    }

    Path sessionFolder() {
        return sessionFolder;
    }

    /** Adopts a restored state: resolves its run against {@code folder} and reads it (if it names one). */
    void restore(AlRnnState restored, Path folder) {
        sessionFolder = folder.toAbsolutePath().normalize();
        state.set(restored);
        reading.set(null);
        records.set(List.of());
        if (restored.run() != null) {
            try {
                openRun(SessionFolderPaths.resolve(restored.run(), sessionFolder, "run"));
            } catch (org.dynamicsworkbench.plugins.spi.ToolStateException e) {
                message.set(e.getMessage());
            }
        }
    }

    /** Reads the best checkpoint of the run in {@code dir} in the background and shows it. */
    void openRun(Path dir) {
        int steps = state.get().freeRunSteps();
        message.set("Reading " + dir + " ...");
        state.set(state.get().withRun(SessionFolderPaths.written(dir, sessionFolder)));
        context.tasks().submit("Read AL-RNN run " + dir.getFileName(),
                (p, cancel) -> ModelReading.ofBest(RunDirectory.open(dir), steps),
                result -> {
                    reading.set(result);
                    records.set(result.metrics());
                    message.set(summary(result));
                    context.stateChanged();
                },
                error -> {
                    message.set("Cannot read " + dir + ": " + error.getMessage());
                    context.showError("AL-RNN run", dir + ": " + error.getMessage());
                });
    }

    /** Creates a run for the state's setup in {@code dir} and trains it in the background. */
    void train(Path dir) {
        TrainingSetup setup = state.get().setup();
        launch("Train AL-RNN " + dir.getFileName(), dir, () -> TrainingRuns.create(setup, dir), List.of());
    }

    /** Continues the run in {@code dir} from its last checkpoint. */
    void resume(Path dir) {
        launch("Resume AL-RNN " + dir.getFileName(), dir, () -> RunDirectory.open(dir), null);
    }

    /** Stops the training task at its next batch; the run keeps its last checkpoint and is marked cancelled. */
    void cancel() {
        cancelRequested.set(true);
        if (task != null) {
            task.cancel();
        }
        if (training.get()) {
            training.set(false);
            message.set("Cancelled; the run keeps its last checkpoint (Resume continues it).");
        }
    }

    /** Detaches from a running task (which goes on in the task list). */
    void close() {
        task = null;
    }

    private interface RunOpener {
        RunDirectory open() throws Exception;
    }

    private void launch(String title, Path dir, RunOpener opener, List<EpochRecord> startRecords) {
        if (training.get()) {
            context.showError("AL-RNN", "a training run is already going on in this tool; cancel it first");
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequested = cancelled;
        training.set(true);
        progress.set(0);
        state.set(state.get().withRun(SessionFolderPaths.written(dir, sessionFolder)));
        context.stateChanged();
        int steps = state.get().freeRunSteps();
        long start = System.nanoTime();
        message.set("Preparing " + dir + " ...");
        task = context.tasks().submit(title, (p, cancel) -> {
            RunDirectory run = opener.open();
            List<EpochRecord> known = startRecords == null ? new ArrayList<>(run.metrics()) : new ArrayList<>(startRecords);
            int[] firstEpoch = {-1};
            ui.execute(() -> records.set(List.copyOf(known)));
            AlRnnRun.train(run, Integer.MAX_VALUE, (record, total) -> {
                if (firstEpoch[0] < 0) {
                    firstEpoch[0] = record.epoch() - 1;
                    known.removeIf(r -> r.epoch() >= record.epoch());
                }
                known.add(record);
                List<EpochRecord> snapshot = List.copyOf(known);
                double seconds = (System.nanoTime() - start) / 1e9;
                double eta = seconds / Math.max(1, record.epoch() - firstEpoch[0]) * (total - record.epoch());
                p.report(record.epoch() / (double) total);
                ModelReading preview = record.isCheckpoint() ? previewOrNull(run, steps) : null;
                ui.execute(() -> {
                    records.set(snapshot);
                    progress.set(record.epoch() / (double) total);
                    message.set(progressText(record, total, eta));
                    if (preview != null) {
                        reading.set(preview);
                    }
                });
            }, () -> cancel.isCancelled() || cancelled.get());
            return ModelReading.ofBest(run, steps);
        }, result -> {
            training.set(false);
            reading.set(result);
            records.set(result.metrics());
            progress.set(1);
            message.set("Finished. " + summary(result));
        }, error -> {
            training.set(false);
            message.set("Training stopped: " + error.getMessage());
            context.showError("AL-RNN training", dir + ": " + error.getMessage());
        });
    }

    /** The latest checkpoint read for the live preview (null if it cannot be read: the run goes on). */
    private static ModelReading previewOrNull(RunDirectory run, int steps) {
        try {
            return ModelReading.of(run, run.latestCheckpoint().orElseThrow(), steps);
        } catch (Exception e) {
            return null;
        }
    }

    static String progressText(EpochRecord r, int total, double etaSeconds) {
        String text = String.format(Locale.ROOT, "epoch %d/%d  loss %.4g  alpha %.3g  ETA %.0f s", r.epoch(), total,
                r.loss(), r.alpha(), etaSeconds);
        if (r.evaluation() != null) {
            text += String.format(Locale.ROOT, "  D_stsp %.4g  D_H %.4g", r.evaluation().stateSpaceDivergence(),
                    r.evaluation().hellingerDistance());
        }
        return text;
    }

    static String summary(ModelReading r) {
        long real = r.fixedPoints().stream().filter(f -> f.real()).count();
        return String.format(Locale.ROOT, "M=%d P=%d, epoch %d: %d of %d regions visited, %d fixed points (%d real), %d cycles",
                r.shape().latent(), r.shape().piecewise(), r.epoch(), r.code().visited().length,
                1 << r.shape().piecewise(), r.fixedPoints().size(), real, r.cycles().size());
    }
}
