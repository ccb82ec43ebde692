package org.dynamicsworkbench.plugins.lazyrich;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.plugins.runs.RunFollower;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.runs.RunToolModel;
import org.dynamicsworkbench.plugins.runs.TimelineSteps;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.plugins.timeline.StepAxis;
import org.dynamicsworkbench.plugins.timeline.Timeline;
import org.dynamicsworkbench.plugins.timeline.TimelineGroup;

/**
 * The Lazy-to-rich tool without its view: the state, the runs shown (primary first, then the overlays: earlier
 * alphas, newest first) with one timeline each linked by step, the primary run's checkpoint at the timeline's step
 * and its first checkpoint (read in the background, a few kept), and the commands: set the setup, move alpha (which
 * trains or reuses the new alpha's run in the session's {@value LazyRichTool#RUNS_FOLDER} folder, cancelling a run
 * still training, and keeps the previous run as an overlay), run, cancel, open a run folder, clear the overlays.
 * Work runs through {@link ToolContext#tasks()}; live readings arrive on {@code ui} (the FX thread).
 */
final class LazyRichViewModel implements RunToolModel<LazyRichState> {
    /** Checkpoints kept in memory for scrubbing back and forth. */
    static final int CHECKPOINT_CACHE = 64;

    private final ToolContext context;
    private final Executor ui;
    private final ObjectProperty<LazyRichState> state = new SimpleObjectProperty<>(LazyRichState.defaults());
    private final ObjectProperty<List<LazyRichRun>> runs = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Checkpoint> checkpoint = new SimpleObjectProperty<>();
    private final ObjectProperty<Checkpoint> startCheckpoint = new SimpleObjectProperty<>();
    private final DoubleProperty smoothing = new SimpleDoubleProperty(LazyRichState.DEFAULT_SMOOTHING);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty(
            "Move alpha to train a run (or reuse a finished one), or open a run folder.");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty training = new SimpleBooleanProperty(false);
    private final Timeline timeline = new Timeline();
    private final TimelineGroup linked = new TimelineGroup();
    private final List<Timeline> overlayTimelines = new ArrayList<>();
    private final ReentrantLock trainingSlot = new ReentrantLock();
    private final Map<Long, Checkpoint> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Checkpoint> eldest) {
            return size() > CHECKPOINT_CACHE;
        }
    };
    private Path sessionFolder = Path.of("").toAbsolutePath();
    private LazyRichRun primary;
    private List<LazyRichRun> overlays = List.of();
    /** The folder the current (or last) training task fills; live readings of any other are stale. */
    private Path target;
    private TaskHandle trainingTask;
    private boolean loading;
    private final RunFollower follower;

    LazyRichViewModel(ToolContext context, Executor ui) {
        this(context, ui, RunFollower.EVERY);
    }

    /** @param followEvery how often a shown run that something else trains is read again */
    LazyRichViewModel(ToolContext context, Executor ui, Duration followEvery) {
        this.context = Objects.requireNonNull(context, "context");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.follower = new RunFollower(context, ui, followEvery, this::showFollowed);
        linked.link(timeline);
        timeline.currentStepProperty().addListener((o, was, now) -> {
            state.set(state.get().withStep(now.longValue()));
            loadCheckpoint();
        });
        smoothing.addListener((o, was, now) -> state.set(state.get().withSmoothing(now.doubleValue())));
    }

    @Override
    public ObjectProperty<LazyRichState> stateProperty() {
        return state;
    }

    /** The runs shown: the primary first, then the overlays. */
    ObjectProperty<List<LazyRichRun>> runsProperty() {
        return runs;
    }

    /** The primary run's checkpoint at the timeline's step (null while none is read). */
    ObjectProperty<Checkpoint> checkpointProperty() {
        return checkpoint;
    }

    /** The primary run's first checkpoint, the reference for the spectrum (null while none is read). */
    ObjectProperty<Checkpoint> startCheckpointProperty() {
        return startCheckpoint;
    }

    DoubleProperty smoothingProperty() {
        return smoothing;
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    StringProperty messageProperty() {
        return message;
    }

    /** The primary run's one-line summary (delay ratio, test-loss peak), or "" without a run. */
    StringProperty summaryProperty() {
        return summary;
    }

    BooleanProperty trainingProperty() {
        return training;
    }

    /** The primary run's timeline (the controls move it; overlays follow by step). */
    Timeline timeline() {
        return timeline;
    }

    List<Timeline> overlayTimelines() {
        return List.copyOf(overlayTimelines);
    }

    Path sessionFolder() {
        return sessionFolder;
    }

    /** The folder a setup's run lives in: {@code <session folder>/data/lazy-rich/<setup's folder name>}. */
    Path runFolder(LazyRichSetup setup) {
        return sessionFolder.resolve(LazyRichTool.RUNS_FOLDER).resolve(setup.folderName());
    }

    /**
     * Adopts a restored state: reads its runs (synchronously: they are small) and moves the timeline to its step.
     *
     * @throws ToolStateException when a folder it names is not a lazy-rich run; nothing is changed then
     */
    @Override
    public void restore(LazyRichState restored, Path folder) throws ToolStateException {
        Path base = folder.toAbsolutePath().normalize();
        List<LazyRichRun> read = LazyRichTool.readRuns(restored, base);
        detachTraining();
        sessionFolder = base;
        smoothing.set(restored.smoothing());
        state.set(restored);
        primary = read.isEmpty() ? null : read.get(0);
        overlays = read.isEmpty() ? List.of() : List.copyOf(read.subList(1, read.size()));
        show(true);
        if (restored.step() >= 0) {
            timeline.seek(restored.step());
        }
        loadCheckpoint();
    }

    /** Sets the setup of the next run (no run starts: {@link #run()} or a new alpha starts one). */
    void setSetup(LazyRichSetup setup) {
        if (!setup.equals(state.get().setup())) {
            state.set(state.get().withSetup(setup));
            context.stateChanged();
        }
    }

    /** Moves alpha: a new alpha trains (or reuses) its run at once; the same alpha does nothing. */
    void changeAlpha(double alpha) {
        LazyRichSetup setup = state.get().setup();
        if (setup.config().alpha() == alpha) {
            return;
        }
        LazyRichSetup next;
        try {
            next = setup.withAlpha(alpha);
        } catch (IllegalArgumentException e) {
            fail("Setup", e);
            return;
        }
        state.set(state.get().withSetup(next));
        run();
    }

    /**
     * Brings the setup's run into {@link #runFolder}: trains it in the background (cancelling a run still training
     * in this tool), resumes it when it was cancelled, or reuses it when it already finished. The run shown so far
     * becomes the first overlay.
     */
    void run() {
        LazyRichSetup setup = state.get().setup();
        Path dir = runFolder(setup);
        if (trainingTask != null) {
            trainingTask.cancel();
        }
        overlays = keptBeside(dir);
        primary = null;
        state.set(state.get().withRun(SessionFolderPaths.written(dir, sessionFolder)).withOverlays(written(overlays)));
        target = dir;
        training.set(true);
        progress.set(0);
        show(true);
        context.stateChanged();
        message.set("Preparing " + setup.folderName() + " ...");
        trainingTask = context.tasks().submit("Lazy to rich " + setup.folderName(),
                (p, cancel) -> LazyRichTraining.trainOrReuse(dir, setup, trainingSlot, ui,
                        reading -> showLive(dir, reading), p, cancel),
                progress::set,
                outcome -> {
                    if (!dir.equals(target)) {
                        return;
                    }
                    training.set(false);
                    trainingTask = null;
                    progress.set(1);
                    message.set(switch (outcome.source()) {
                        case REUSED -> "Reused the " + outcome.run().status().label() + " run " + dir.getFileName();
                        case RESUMED, TRAINED -> "Run " + outcome.source().label() + ", " + outcome.run().status().label()
                                + " at step " + outcome.run().step();
                    } + (outcome.run().message().isEmpty() ? "" : ": " + outcome.run().message()));
                    readPrimary(dir);
                },
                error -> {
                    if (!dir.equals(target)) {
                        return;
                    }
                    training.set(false);
                    trainingTask = null;
                    fail("Run " + dir.getFileName(), error);
                });
    }

    /** Stops training at its next step; the run keeps a checkpoint there and resumes when its setup runs again. */
    void cancel() {
        if (trainingTask != null) {
            trainingTask.cancel();
            trainingTask = null;
        }
        if (training.get()) {
            training.set(false);
            message.set("Cancelled; the run keeps its checkpoints and resumes when this setup runs again.");
        }
    }

    /**
     * Reads the run in {@code dir} in the background and shows it as the primary run (the run shown so far becomes
     * an overlay; a run still training is cancelled); the setup takes its configuration, so the slider shows its
     * alpha.
     */
    void openRun(Path dir) {
        message.set("Reading " + dir + " ...");
        context.tasks().submit("Read lazy-rich run " + dir.getFileName(), (p, cancel) -> LazyRichRun.open(dir),
                reading -> {
                    cancel();
                    overlays = keptBeside(reading.folder());
                    primary = reading;
                    LazyRichSetup setup = new LazyRichSetup(reading.config(), reading.manifest().plan().steps());
                    state.set(state.get().withSetup(setup)
                            .withRun(SessionFolderPaths.written(reading.folder(), sessionFolder))
                            .withOverlays(written(overlays)));
                    show(true);
                    loadCheckpoint();
                    message.set("Opened " + reading.folder().getFileName());
                    context.stateChanged();
                },
                error -> fail("Cannot read " + dir, error));
    }

    void clearOverlays() {
        if (!overlays.isEmpty()) {
            overlays = List.of();
            state.set(state.get().withOverlays(List.of()));
            show(false);
            context.stateChanged();
        }
    }

    /** Detaches from a running task (it goes on in the task list and writes its folder). */
    @Override
    public void close() {
        detachTraining();
        follower.stop();
        timeline.playingProperty().set(false);
    }

    /** Whether a shown run that something else trains is being followed. */
    boolean isFollowing() {
        return follower.isFollowing();
    }

    /** A new reading of a shown run that something else trains (see {@link RunFollower}). */
    private void showFollowed(RunReading reading) {
        LazyRichRun run;
        try {
            run = new LazyRichRun(reading);
        } catch (IllegalArgumentException e) {
            return; // its run.json changed into another run's: keep the reading shown
        }
        if (primary != null && primary.folder().equals(reading.folder())) {
            primary = run;
            show(false);
            return;
        }
        List<LazyRichRun> next = new ArrayList<>(overlays);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).folder().equals(reading.folder())) {
                next.set(i, run);
                overlays = List.copyOf(next);
                show(false);
                return;
            }
        }
    }

    private void detachTraining() {
        trainingTask = null;
        target = null;
        training.set(false);
    }

    /**
     * The runs to overlay beside a new primary run in {@code dir}: the current primary first, then the overlays, each
     * once, none in {@code dir}, at most {@value LazyRichState#MAX_OVERLAYS}.
     */
    private List<LazyRichRun> keptBeside(Path dir) {
        List<LazyRichRun> kept = new ArrayList<>();
        List<LazyRichRun> candidates = new ArrayList<>();
        if (primary != null) {
            candidates.add(primary);
        }
        candidates.addAll(overlays);
        for (LazyRichRun c : candidates) {
            if (!c.folder().equals(dir) && kept.stream().noneMatch(k -> k.folder().equals(c.folder()))
                    && kept.size() < LazyRichState.MAX_OVERLAYS) {
                kept.add(c);
            }
        }
        return List.copyOf(kept);
    }

    private List<String> written(List<LazyRichRun> list) {
        return list.stream().map(r -> SessionFolderPaths.written(r.folder(), sessionFolder)).toList();
    }

    private void showLive(Path dir, LazyRichRun reading) {
        if (!dir.equals(target) || !training.get()) {
            return; // a cancelled or superseded run's last reading
        }
        boolean first = primary == null;
        primary = reading;
        show(first);
    }

    private void readPrimary(Path dir) {
        context.tasks().submit("Read lazy-rich run " + dir.getFileName(), (p, cancel) -> LazyRichRun.open(dir),
                reading -> {
                    if (dir.equals(target)) {
                        boolean first = primary == null;
                        primary = reading;
                        show(first);
                        loadCheckpoint();
                    }
                },
                error -> fail("Cannot read " + dir, error));
    }

    /**
     * Shows the primary run and the overlays: the timelines take their checkpoint steps (live growth follows the
     * newest step when the timeline was at the end); {@code newPrimary} drops the checkpoint cache.
     */
    private void show(boolean newPrimary) {
        if (newPrimary) {
            cache.clear();
            checkpoint.set(null);
            startCheckpoint.set(null);
        }
        List<LazyRichRun> all = new ArrayList<>();
        if (primary != null) {
            all.add(primary);
            all.addAll(overlays);
        }
        runs.set(List.copyOf(all));
        summary.set(primary == null ? "" : primary.plainLabel() + ": " + primary.summary().line());
        long[] steps = primary == null ? new long[0] : primary.checkpointSteps();
        if (!newPrimary) {
            TimelineSteps.follow(timeline, steps); // a live run grew: follow it from the end
        } else if (!timeline.axis().equals(StepAxis.of(steps))) {
            timeline.setSteps(StepAxis.of(steps));
        }
        for (Timeline t : overlayTimelines) {
            linked.unlink(t);
        }
        overlayTimelines.clear();
        if (primary != null) {
            for (LazyRichRun o : overlays) {
                Timeline t = new Timeline();
                t.setSteps(StepAxis.of(o.checkpointSteps()));
                overlayTimelines.add(t);
                linked.link(t);
            }
        }
        if (primary == null) {
            checkpoint.set(null);
        }
        follower.follow(all.stream().map(LazyRichRun::reading).toList(),
                training.get() && target != null ? Set.of(target) : Set.of());
    }

    /** Reads the checkpoints at the timeline's step and the first one (from the cache, or one read at a time). */
    private void loadCheckpoint() {
        long step = timeline.currentStep();
        if (primary == null || step < 0) {
            checkpoint.set(null);
            return;
        }
        long first = timeline.axis().first();
        Checkpoint cached = cache.get(step);
        Checkpoint cachedFirst = cache.get(first);
        if (cached != null && cachedFirst != null) {
            startCheckpoint.set(cachedFirst);
            checkpoint.set(cached);
            return;
        }
        if (loading) {
            return; // the read in flight looks again at the step when it ends
        }
        loading = true;
        LazyRichRun run = primary;
        context.tasks().submit("Read checkpoint " + step,
                (p, cancel) -> new Checkpoint[] {cached != null ? cached : run.readCheckpoint(step),
                        cachedFirst != null ? cachedFirst : run.readCheckpoint(first)},
                read -> {
                    loading = false;
                    if (primary == null || !primary.folder().equals(run.folder())) {
                        loadCheckpoint();
                        return;
                    }
                    cache.put(step, read[0]);
                    cache.put(first, read[1]);
                    if (timeline.currentStep() == step) {
                        startCheckpoint.set(read[1]);
                        checkpoint.set(read[0]);
                    } else {
                        loadCheckpoint();
                    }
                },
                error -> {
                    loading = false;
                    message.set("Cannot read the checkpoint at step " + step + ": " + error.getMessage());
                });
    }

    private void fail(String what, Throwable error) {
        message.set(what + ": " + error.getMessage());
        context.showError("Lazy to rich", what + ": " + error.getMessage());
    }
}
