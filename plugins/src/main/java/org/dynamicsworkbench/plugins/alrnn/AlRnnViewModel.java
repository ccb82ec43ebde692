package org.dynamicsworkbench.plugins.alrnn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/**
 * The AL-RNN tool without its view: the state, the model reading shown, the training records as they arrive,
 * progress with an ETA, and the commands (open a run, train or queue a new one, resume one, cancel). Training runs go
 * through the workbench's {@link TrainingQueue} (one after another, each a task of the workbench's task list);
 * other work runs through {@link ToolContext#tasks()}. The tool follows at most one {@link TrainingJob}: the one it
 * started, or the one training the run it opens, so a tool closed while its run trains, or a session reopened,
 * follows the run again (live curves and cancel) when it opens the same run folder. Closing the tool leaves its runs
 * training. UI state changes on the FX thread in the window, the calling thread in tests.
 */
final class AlRnnViewModel {
    private final ToolContext context;
    private final TrainingQueue queue;
    private final ObjectProperty<AlRnnState> state = new SimpleObjectProperty<>(AlRnnState.defaults());
    private final ObjectProperty<ModelReading> reading = new SimpleObjectProperty<>();
    private final ObjectProperty<List<EpochRecord>> records = new SimpleObjectProperty<>(List.of());
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("Open a run folder, or set up and train a model.");
    private final BooleanProperty training = new SimpleBooleanProperty(false);
    private final TrainingJob.Follower follower = new TrainingJob.Follower() {
        @Override
        public void updated(TrainingJob job) {
            show(job);
        }

        @Override
        public void ended(TrainingJob job) {
            show(job);
        }
    };
    private Path sessionFolder = Path.of("").toAbsolutePath();
    private TrainingJob followed;

    AlRnnViewModel(ToolContext context, TrainingQueue queue) {
        this.context = Objects.requireNonNull(context, "context");
        this.queue = Objects.requireNonNull(queue, "queue");
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

    /** Whether the followed run is queued or training. */
    BooleanProperty trainingProperty() {
        return training;
    }

    TrainingQueue queue() {
        return queue;
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
        unfollow();
        training.set(false);
        if (restored.run() != null) {
            try {
                openRun(SessionFolderPaths.resolve(restored.run(), sessionFolder, "run"));
            } catch (org.dynamicsworkbench.plugins.spi.ToolStateException e) {
                message.set(e.getMessage());
            }
        }
    }

    /**
     * Shows the run in {@code dir}: follows it if it is queued or training in this workbench, else reads its best
     * checkpoint in the background.
     */
    void openRun(Path dir) {
        int steps = state.get().freeRunSteps();
        state.set(state.get().withRun(SessionFolderPaths.written(dir, sessionFolder)));
        var active = queue.find(dir);
        if (active.isPresent()) {
            follow(active.get());
            return;
        }
        unfollow();
        message.set("Reading " + dir + " ...");
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

    /** Creates a run for the state's setup in {@code dir}, queues its training and follows it. */
    void train(Path dir) {
        add(newRun(dir), true);
    }

    /** Like {@link #train} but keeps following the current run: the new one waits its turn in the queue. */
    void queueRun(Path dir) {
        add(newRun(dir), followed == null || !followed.phase().isActive());
    }

    /** Continues the run in {@code dir} from its last checkpoint (or follows it, if it is already training). */
    void resume(Path dir) {
        if (queue.find(dir).isPresent()) {
            openRun(dir);
            return;
        }
        add(new TrainingJob("Resume AL-RNN " + dir.getFileName(), dir, () -> RunDirectory.open(dir), false,
                state.get().freeRunSteps()), true);
    }

    /** Stops the followed run (a queued one leaves the queue); the run keeps its last checkpoint. */
    void cancel() {
        if (followed != null && followed.phase().isActive()) {
            message.set("Cancelling ...");
            queue.cancel(followed);
        }
    }

    /** Stops following (the run goes on in the queue and the task list). */
    void close() {
        unfollow();
    }

    private TrainingJob newRun(Path dir) {
        TrainingSetup setup = state.get().setup();
        return new TrainingJob("Train AL-RNN " + dir.getFileName(), dir, () -> TrainingRuns.create(setup, dir), true,
                state.get().freeRunSteps());
    }

    private void add(TrainingJob job, boolean follow) {
        try {
            queue.checkFree(job.dir());
        } catch (IllegalStateException e) {
            context.showError("AL-RNN", e.getMessage());
            return;
        }
        if (follow) {
            // followed before it is queued: a task list may start it at once
            state.set(state.get().withRun(SessionFolderPaths.written(job.dir(), sessionFolder)));
            context.stateChanged();
            follow(job);
        }
        queue.add(job, context);
        if (!follow) {
            message.set("Queued " + job.dir() + " (" + queue.jobs().size() + " runs in the queue).");
        }
    }

    private void follow(TrainingJob job) {
        if (followed != job) {
            unfollow();
            followed = job;
            job.follow(follower);
        }
        show(job);
    }

    private void unfollow() {
        if (followed != null) {
            followed.unfollow(follower);
            followed = null;
        }
    }

    /** Mirrors the followed job's state. */
    private void show(TrainingJob job) {
        if (job != followed) {
            return;
        }
        if (job.recordsKnown()) {
            records.set(job.records());
        }
        if (job.reading() != null) {
            reading.set(job.reading());
        }
        progress.set(job.progress());
        message.set(job.message());
        training.set(job.phase().isActive());
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
