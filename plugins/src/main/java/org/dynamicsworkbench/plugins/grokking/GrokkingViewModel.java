package org.dynamicsworkbench.plugins.grokking;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.analysis.learning.run.SweepGrid;
import org.dynamicsworkbench.plugins.runs.LiveTraining;
import org.dynamicsworkbench.plugins.runs.RunFolders;
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
 * The Grokking tool without its view: the state, the runs shown (primary first, then overlays) with one timeline
 * each linked by step, the checkpoint at the primary timeline's step (read in the background, the last few kept),
 * the smoothing weight, the sweep's phase diagram, and the commands (open a run, overlay runs, train, cancel,
 * launch or open a sweep). Work runs through {@link ToolContext#tasks()}; live training readings arrive on
 * {@code ui} (the FX thread in the window, the calling thread in tests).
 */
final class GrokkingViewModel implements RunToolModel<GrokkingState> {
    /** Checkpoints kept in memory for scrubbing back and forth. */
    static final int CHECKPOINT_CACHE = 48;

    private final ToolContext context;
    private final Executor ui;
    private final ExperimentKinds kinds;
    private final ObjectProperty<GrokkingState> state = new SimpleObjectProperty<>(GrokkingState.defaults());
    private final ObjectProperty<List<RunReading>> runs = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Checkpoint> checkpoint = new SimpleObjectProperty<>();
    private final ObjectProperty<SweepReading> sweep = new SimpleObjectProperty<>();
    private final DoubleProperty smoothing = new SimpleDoubleProperty(GrokkingState.DEFAULT_SMOOTHING);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("Open a run folder, or choose a preset and train.");
    private final StringProperty backend = new SimpleStringProperty("");
    private final BooleanProperty training = new SimpleBooleanProperty(false);
    private final Timeline timeline = new Timeline();
    private final TimelineGroup linked = new TimelineGroup();
    private final List<Timeline> overlayTimelines = new ArrayList<>();
    private final Map<Long, Checkpoint> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Checkpoint> eldest) {
            return size() > CHECKPOINT_CACHE;
        }
    };
    private Path sessionFolder = Path.of("").toAbsolutePath();
    private TaskHandle trainingTask;
    /** The folder this tool trains into, whose live readings are shown (also after Cancel, until its last write). */
    private Path liveFolder;
    private boolean loading;
    private final List<TaskHandle> sweepTasks = new ArrayList<>();
    private final RunFollower follower;

    GrokkingViewModel(ToolContext context, Executor ui, ExperimentKinds kinds) {
        this(context, ui, kinds, RunFollower.EVERY);
    }

    /** @param followEvery how often a shown run that something else trains is read again */
    GrokkingViewModel(ToolContext context, Executor ui, ExperimentKinds kinds, Duration followEvery) {
        this.context = Objects.requireNonNull(context, "context");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.follower = new RunFollower(context, ui, followEvery, this::showFollowed);
        linked.link(timeline);
        timeline.currentStepProperty().addListener((o, was, now) -> {
            state.set(state.get().withStep(now.longValue()));
            loadCheckpoint();
        });
        smoothing.addListener((o, was, now) -> state.set(state.get().withSmoothing(now.doubleValue())));
    }

    @Override
    public ObjectProperty<GrokkingState> stateProperty() {
        return state;
    }

    ObjectProperty<List<RunReading>> runsProperty() {
        return runs;
    }

    ObjectProperty<Checkpoint> checkpointProperty() {
        return checkpoint;
    }

    ObjectProperty<SweepReading> sweepProperty() {
        return sweep;
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

    StringProperty backendProperty() {
        return backend;
    }

    BooleanProperty trainingProperty() {
        return training;
    }

    /** The primary run's timeline (the controls move it; overlays follow by step). */
    Timeline timeline() {
        return timeline;
    }

    /** The overlays' timelines, linked to {@link #timeline()} by step. */
    List<Timeline> overlayTimelines() {
        return List.copyOf(overlayTimelines);
    }

    Path sessionFolder() {
        return sessionFolder;
    }

    /**
     * Adopts a restored state: reads its runs and sweep (synchronously: they are small) and moves the timeline to its
     * step.
     *
     * @throws ToolStateException when a folder it names is not a run or a sweep; nothing is changed then
     */
    @Override
    public void restore(GrokkingState restored, Path folder) throws ToolStateException {
        Path base = folder.toAbsolutePath().normalize();
        List<RunReading> read = new ArrayList<>();
        if (restored.run() != null) {
            read.add(GrokkingTool.read(restored.run(), base, "run"));
            for (int i = 0; i < restored.overlays().size(); i++) {
                read.add(GrokkingTool.read(restored.overlays().get(i), base, "overlays[" + i + "]"));
            }
        }
        SweepReading sweepRead = null;
        if (restored.sweep() != null) {
            Path dir = SessionFolderPaths.resolve(restored.sweep(), base, "sweep");
            try {
                sweepRead = SweepReading.open(dir);
            } catch (IOException e) {
                throw new ToolStateException("sweep: '" + restored.sweep() + "': " + e.getMessage(), e);
            }
        }
        sessionFolder = base;
        cache.clear();
        checkpoint.set(null);
        smoothing.set(restored.smoothing());
        state.set(restored);
        show(read);
        sweep.set(sweepRead);
        if (restored.step() >= 0) {
            timeline.seek(restored.step());
        }
        if (!read.isEmpty()) {
            message.set(describe(read.get(0)));
        }
        loadCheckpoint();
    }

    /** Reads the run in {@code dir} in the background and shows it as the primary run (overlays are kept). */
    void openRun(Path dir) {
        message.set("Reading " + dir + " ...");
        context.tasks().submit("Read grokking run " + dir.getFileName(), (p, cancel) -> RunFolders.open(dir, GrokkingTool.KIND),
                reading -> {
                    List<RunReading> next = new ArrayList<>(runs.get());
                    if (next.isEmpty()) {
                        next.add(reading);
                    } else {
                        next.set(0, reading);
                    }
                    if (!reading.folder().equals(liveFolder)) {
                        liveFolder = null; // another run replaced the one training: its live readings stop here
                    }
                    cache.clear();
                    state.set(state.get().withRun(SessionFolderPaths.written(reading.folder(), sessionFolder)));
                    show(next);
                    loadCheckpoint();
                    message.set(describe(reading));
                    context.stateChanged();
                },
                error -> fail("Cannot read " + dir, error));
    }

    /** Overlays the run in {@code dir} on the curves (refused beyond {@value GrokkingState#MAX_OVERLAYS}). */
    void addOverlay(Path dir) {
        if (runs.get().isEmpty()) {
            context.showError("Grokking", "open a run first; overlays are drawn over it");
            return;
        }
        if (runs.get().size() > GrokkingState.MAX_OVERLAYS) {
            context.showError("Grokking", "at most " + GrokkingState.MAX_OVERLAYS + " runs overlay the curves; "
                    + "clear the overlays first");
            return;
        }
        context.tasks().submit("Read grokking run " + dir.getFileName(), (p, cancel) -> RunFolders.open(dir, GrokkingTool.KIND),
                reading -> {
                    List<RunReading> next = new ArrayList<>(runs.get());
                    next.add(reading);
                    List<String> written = new ArrayList<>(state.get().overlays());
                    written.add(SessionFolderPaths.written(reading.folder(), sessionFolder));
                    state.set(state.get().withOverlays(written));
                    show(next);
                    context.stateChanged();
                },
                error -> fail("Cannot read " + dir, error));
    }

    void clearOverlays() {
        if (runs.get().size() > 1) {
            state.set(state.get().withOverlays(List.of()));
            show(List.of(runs.get().get(0)));
            context.stateChanged();
        }
    }

    /** Sets the setup of the next run. */
    void setSetup(GrokkingSetup setup) {
        state.set(state.get().withSetup(setup));
        context.stateChanged();
    }

    /** Creates the run folder {@code dir} for the state's setup and trains it in the background, showing it live. */
    void train(Path dir) {
        if (training.get()) {
            context.showError("Grokking", "a run is already training in this tool; cancel it first");
            return;
        }
        ExperimentKind<?> kind;
        try {
            kind = LiveTraining.kind(kinds, GrokkingTool.KIND);
        } catch (IllegalStateException e) {
            context.showError("Grokking", e.getMessage());
            return;
        }
        GrokkingSetup setup = state.get().setup();
        training.set(true);
        liveFolder = dir.toAbsolutePath().normalize();
        progress.set(0);
        cache.clear();
        checkpoint.set(null);
        show(List.of());
        state.set(state.get().withRun(SessionFolderPaths.written(liveFolder, sessionFolder)).withOverlays(List.of()));
        context.stateChanged();
        message.set("Training " + setup.summary() + " into " + dir + " ...");
        trainingTask = context.tasks().submit("Train grokking " + dir.getFileName(),
                (p, cancel) -> LiveTraining.train(dir, kind, setup.toConfig(), setup.steps(), ui, this::showLive,
                        p, cancel),
                progress::set,
                outcome -> {
                    training.set(false);
                    progress.set(1);
                    message.set("Run " + outcome.status().label() + " at step " + outcome.step()
                            + (outcome.message().isEmpty() ? "" : ": " + outcome.message()));
                    if (dir.toAbsolutePath().normalize().equals(liveFolder)) {
                        openRun(dir); // still shown: read it again with its final status
                    }
                },
                error -> {
                    training.set(false);
                    fail("Training stopped", error);
                });
    }

    /**
     * Stops training at its next step; the run keeps a checkpoint there (it still reaches the timeline) and can be
     * resumed from the command line.
     */
    void cancel() {
        if (trainingTask != null) {
            trainingTask.cancel();
        }
        sweepTasks.forEach(TaskHandle::cancel);
        sweepTasks.clear();
        if (training.get()) {
            training.set(false);
            message.set("Cancelled; the run keeps its checkpoints.");
        }
    }

    /**
     * Launches a sweep: one run per point of the grid (rows x columns) over the state's setup, in folders named like
     * {@code wd=0.3,frac=0.4} under {@code dir}, queued as background tasks (as many run at once as the workbench's
     * executor allows); the phase diagram fills in as they finish.
     *
     * @throws IllegalArgumentException for a malformed or too large grid (with the count)
     */
    void launchSweep(Path dir, SweepGrid grid) {
        ExperimentKind<?> kind;
        try {
            kind = LiveTraining.kind(kinds, GrokkingTool.KIND);
        } catch (IllegalStateException e) {
            context.showError("Grokking sweep", e.getMessage());
            return;
        }
        GrokkingSetup setup = state.get().setup();
        List<SweepGrid.Point> points = grid.points(setup.toConfig());
        state.set(state.get().withSweep(SessionFolderPaths.written(dir.toAbsolutePath().normalize(), sessionFolder)));
        context.stateChanged();
        message.set("Sweep of " + points.size() + " runs queued in " + dir);
        int[] finished = {0};
        for (SweepGrid.Point point : points) {
            Path runDir = dir.resolve(point.name());
            sweepTasks.add(context.tasks().submit("Sweep " + point.name(),
                    (p, cancel) -> {
                        LiveTraining.train(runDir, kind, point.config(), setup.steps(), r -> { }, g -> { },
                                p, cancel);
                        return SweepReading.open(dir);
                    },
                    reading -> {
                        finished[0]++;
                        sweep.set(reading);
                        message.set("Sweep: " + finished[0] + " of " + points.size() + " runs done");
                    },
                    error -> fail("Sweep run " + point.name(), error)));
        }
    }

    /** Reads the sweep in {@code dir} for the phase diagram. */
    void openSweep(Path dir) {
        context.tasks().submit("Read sweep " + dir.getFileName(), (p, cancel) -> SweepReading.open(dir),
                reading -> {
                    sweep.set(reading);
                    state.set(state.get().withSweep(SessionFolderPaths.written(reading.folder(), sessionFolder)));
                    context.stateChanged();
                },
                error -> fail("Cannot read sweep " + dir, error));
    }

    /** Detaches from running tasks (they go on in the task list and write their folders) and stops following runs. */
    @Override
    public void close() {
        trainingTask = null;
        liveFolder = null;
        follower.stop();
        timeline.playingProperty().set(false);
    }

    /** Whether a shown run that something else trains is being followed. */
    boolean isFollowing() {
        return follower.isFollowing();
    }

    /** A new reading of a shown run that something else trains (see {@link RunFollower}). */
    private void showFollowed(RunReading reading) {
        List<RunReading> next = new ArrayList<>(runs.get());
        int i = RunFollower.indexOf(next, reading.folder());
        if (i < 0) {
            return;
        }
        next.set(i, reading);
        show(next);
        if (i == 0 && reading.manifest().status() != RunStatus.RUNNING) {
            message.set(describe(reading));
        }
    }

    private void showLive(RunReading reading) {
        if (!reading.folder().equals(liveFolder)) {
            return; // a reading of a run no longer shown
        }
        List<RunReading> next = new ArrayList<>(runs.get());
        if (next.isEmpty()) {
            next.add(reading);
        } else {
            next.set(0, reading);
        }
        show(next);
    }

    /** Shows {@code next} (primary first): the timelines take their checkpoint steps, the backend its label. */
    private void show(List<RunReading> next) {
        runs.set(List.copyOf(next));
        if (next.isEmpty()) {
            timeline.setSteps(StepAxis.empty());
            backend.set("");
        } else {
            RunReading primary = next.get(0);
            TimelineSteps.follow(timeline, primary.checkpointSteps()); // live growth follows the newest from the end
            if (!primary.backend().equals(backend.get())) {
                backend.set(primary.backend());
                context.status("Grokking: backend " + primary.backend());
            }
        }
        for (Timeline t : overlayTimelines) {
            linked.unlink(t);
        }
        overlayTimelines.clear();
        for (int i = 1; i < next.size(); i++) {
            Timeline t = new Timeline();
            t.setSteps(StepAxis.of(next.get(i).checkpointSteps()));
            overlayTimelines.add(t);
            linked.link(t);
        }
        follower.follow(next, liveFolder == null ? Set.of() : Set.of(liveFolder));
    }

    /** Reads the checkpoint at the timeline's step (from the cache, or one background read at a time). */
    private void loadCheckpoint() {
        loadCheckpoint(true);
    }

    /**
     * @param retry whether a failed read is tried once more: while a run trains, the store strips the optimiser
     *              moments from the previous checkpoint as the next one is written, and a read at that moment fails
     */
    private void loadCheckpoint(boolean retry) {
        long step = timeline.currentStep();
        if (runs.get().isEmpty() || step < 0) {
            checkpoint.set(null);
            return;
        }
        Checkpoint cached = cache.get(step);
        if (cached != null) {
            checkpoint.set(cached);
            return;
        }
        if (loading) {
            return; // the read in flight looks again at the step when it ends
        }
        loading = true;
        RunReading primary = runs.get().get(0);
        context.tasks().submit("Read checkpoint " + step, (p, cancel) -> primary.readCheckpoint(step),
                read -> {
                    loading = false;
                    if (!runs.get().isEmpty() && runs.get().get(0).folder().equals(primary.folder())) {
                        cache.put(step, read);
                    }
                    if (timeline.currentStep() == step) {
                        checkpoint.set(read);
                    } else {
                        loadCheckpoint(true);
                    }
                },
                error -> {
                    loading = false;
                    if (retry) {
                        loadCheckpoint(false);
                    } else {
                        message.set("Cannot read the checkpoint at step " + step + ": " + error.getMessage());
                    }
                });
    }

    /** E.g. "primary: finished at step 3500; t_mem = 25, t_gen = 2400". */
    static String describe(RunReading reading) {
        String why = reading.manifest().message();
        return reading.name() + ": " + reading.manifest().status().label() + " at step "
                + Math.max(0, reading.history().lastStep()) + (why.isEmpty() ? "" : " (" + why + ")") + "; t_mem = "
                + GrokkingFigures.milestone(Milestones.tMem(reading)) + ", t_gen = " + GrokkingFigures.milestone(Milestones.tGen(reading));
    }

    private void fail(String what, Throwable error) {
        message.set(what + ": " + error.getMessage());
        context.showError("Grokking", what + ": " + error.getMessage());
    }
}
