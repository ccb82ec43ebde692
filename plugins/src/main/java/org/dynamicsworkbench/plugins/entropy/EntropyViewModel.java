package org.dynamicsworkbench.plugins.entropy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunOutcome;
import org.dynamicsworkbench.plugins.runs.LiveTraining;
import org.dynamicsworkbench.plugins.runs.RunFolders;
import org.dynamicsworkbench.plugins.runs.RunFollower;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.runs.RunToolModel;
import org.dynamicsworkbench.plugins.runs.SideBySideTraining;
import org.dynamicsworkbench.plugins.runs.TimelineSteps;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.plugins.timeline.StepAxis;
import org.dynamicsworkbench.plugins.timeline.Timeline;
import org.dynamicsworkbench.plugins.timeline.TimelineGroup;

/**
 * The Entropy-collapse tool without its view: the state, the runs shown (primary first, then overlays) with one
 * timeline each over its logged steps, linked by step; the smoothing weight; and the commands (open a run, overlay
 * runs, train the setup, train vanilla, Clip-Cov and KL-Cov on the same seed side by side, cancel). Work runs
 * through {@link ToolContext#tasks()}; live readings arrive on {@code ui} (the FX thread in the window).
 */
final class EntropyViewModel implements RunToolModel<EntropyState> {
    /** The modes "Run all modes" trains side by side, in this order. */
    static final List<EntropyMode> COMPARISON = List.of(EntropyMode.VANILLA, EntropyMode.CLIP_COV, EntropyMode.KL_COV);

    private final ToolContext context;
    private final ExperimentKinds kinds;
    private final ObjectProperty<EntropyState> state = new SimpleObjectProperty<>(EntropyState.defaults());
    private final ObjectProperty<List<RunReading>> runs = new SimpleObjectProperty<>(List.of());
    private final DoubleProperty smoothing = new SimpleDoubleProperty(EntropyState.DEFAULT_SMOOTHING);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty(
            "Open a run folder, or set up a run and train (Run all modes compares vanilla, Clip-Cov and KL-Cov).");
    private final BooleanProperty training = new SimpleBooleanProperty(false);
    private final Timeline timeline = new Timeline();
    private final TimelineGroup linked = new TimelineGroup();
    private final List<Timeline> overlayTimelines = new ArrayList<>();
    private final SideBySideTraining batch;
    private final RunFollower follower;
    private Path sessionFolder = Path.of("").toAbsolutePath();

    EntropyViewModel(ToolContext context, Executor ui, ExperimentKinds kinds) {
        this(context, ui, kinds, RunFollower.EVERY);
    }

    /** @param followEvery how often a shown run that something else trains is read again */
    EntropyViewModel(ToolContext context, Executor ui, ExperimentKinds kinds, Duration followEvery) {
        this.context = Objects.requireNonNull(context, "context");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.batch = new SideBySideTraining(context, Objects.requireNonNull(ui, "ui"));
        this.follower = new RunFollower(context, ui, followEvery, this::showFollowed);
        linked.link(timeline);
        timeline.currentStepProperty().addListener((o, was, now) -> state.set(state.get().withStep(now.longValue())));
        smoothing.addListener((o, was, now) -> state.set(state.get().withSmoothing(now.doubleValue())));
    }

    @Override
    public ObjectProperty<EntropyState> stateProperty() {
        return state;
    }

    ObjectProperty<List<RunReading>> runsProperty() {
        return runs;
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

    BooleanProperty trainingProperty() {
        return training;
    }

    /** The primary run's timeline (the controls move it; the overlays follow by step). */
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
     * Adopts a restored state: reads its runs (synchronously: they are small) and moves the timeline to its step.
     *
     * @throws ToolStateException when a folder it names is not an entropy run; nothing is changed then
     */
    @Override
    public void restore(EntropyState restored, Path folder) throws ToolStateException {
        Path base = folder.toAbsolutePath().normalize();
        List<RunReading> read = RunFolders.readAll(restored.runs(), base, "runs", EntropyTool.KIND);
        sessionFolder = base;
        smoothing.set(restored.smoothing());
        state.set(restored);
        show(read);
        if (restored.step() >= 0) {
            timeline.seek(restored.step());
        }
    }

    /** Reads the run in {@code dir} and shows it alone. */
    void openRun(Path dir) {
        read(dir, false);
    }

    /** Reads the run in {@code dir} and overlays it (refused beyond {@value EntropyState#MAX_RUNS} runs). */
    void addRun(Path dir) {
        if (runs.get().size() >= EntropyState.MAX_RUNS) {
            context.showError("Entropy collapse", "at most " + EntropyState.MAX_RUNS + " runs are overlaid; clear the "
                    + "overlays first");
            return;
        }
        read(dir, true);
    }

    /** Keeps only the primary run. */
    void clearOverlays() {
        if (runs.get().size() > 1) {
            show(List.of(runs.get().get(0)));
            context.stateChanged();
        }
    }

    /** Sets the setup of the next run. */
    void setSetup(EntropySetup setup) {
        if (!setup.equals(state.get().setup())) {
            state.set(state.get().withSetup(setup));
            context.stateChanged();
        }
    }

    /** Trains the state's setup into the new folder {@code dir} in the background, shown live and alone. */
    void train(Path dir) {
        launch(List.of(dir), List.of(state.get().setup()));
    }

    /**
     * Trains vanilla, Clip-Cov and KL-Cov with the state's setup otherwise (same seed, each mode's PPO clip) into
     * {@code dir/vanilla}, {@code dir/clip-cov} and {@code dir/kl-cov}, side by side and shown live, vanilla first.
     */
    void trainAllModes(Path dir) {
        List<Path> dirs = new ArrayList<>();
        List<EntropySetup> setups = new ArrayList<>();
        for (EntropyMode mode : COMPARISON) {
            dirs.add(dir.resolve(mode.label()));
            setups.add(state.get().setup().withMode(mode));
        }
        launch(dirs, setups);
    }

    /** Stops the runs training here at their next step; their folders keep the checkpoints written so far. */
    void cancel() {
        batch.cancel();
        if (training.get()) {
            training.set(false);
            message.set("Cancelled; the runs keep their checkpoints.");
        }
    }

    /** Detaches from running tasks (they go on in the task list and finish their folders). */
    @Override
    public void close() {
        batch.detach();
        follower.stop();
        timeline.playingProperty().set(false);
    }

    /** Whether a shown run that something else trains is being followed. */
    boolean isFollowing() {
        return follower.isFollowing();
    }

    /** A new reading of a shown run that something else trains (see {@link RunFollower}). */
    private void showFollowed(RunReading reading) {
        List<RunReading> next = RunFollower.replaced(runs.get(), reading);
        if (next != null) {
            show(next);
        }
    }

    private void launch(List<Path> dirs, List<EntropySetup> setups) {
        if (training.get()) {
            context.showError("Entropy collapse", "runs are already training in this tool; cancel them first");
            return;
        }
        ExperimentKind<?> kind;
        try {
            kind = LiveTraining.kind(kinds, EntropyTool.KIND);
        } catch (IllegalStateException e) {
            context.showError("Entropy collapse", e.getMessage());
            return;
        }
        training.set(true);
        progress.set(0);
        show(List.of());
        List<String> written = new ArrayList<>();
        dirs.forEach(d -> written.add(SessionFolderPaths.written(d.toAbsolutePath().normalize(), sessionFolder)));
        state.set(state.get().withRuns(written).withStep(-1));
        context.stateChanged();
        message.set("Training " + (dirs.size() == 1 ? setups.get(0).summary() : dirs.size() + " modes, seed "
                + setups.get(0).config().seed()) + " ...");
        batch.start("Train entropy", kind, dirs, setups.stream().map(s -> s.config().toJson()).toList(),
                setups.get(0).steps(), new SideBySideTraining.Events() {
                    @Override
                    public void live(int index, RunReading reading) {
                        showLive(index, reading);
                    }

                    @Override
                    public void progress(double fraction) {
                        progress.set(fraction);
                    }

                    @Override
                    public void finished(int index, Path dir, RunOutcome outcome) {
                        message.set(dir.getFileName() + ": " + outcome.status().label() + " at step "
                                + outcome.step() + (outcome.message().isEmpty() ? "" : ": " + outcome.message()));
                        reread(index, dir);
                    }

                    @Override
                    public void failed(int index, Path dir, Throwable error) {
                        fail("Training " + dir.getFileName() + " stopped", error);
                    }

                    @Override
                    public void allDone() {
                        training.set(false);
                        progress.set(1);
                    }
                });
    }

    /** A live reading of the run training at {@code index} of the runs shown. */
    private void showLive(int index, RunReading reading) {
        if (!training.get()) {
            return;
        }
        List<RunReading> next = SideBySideTraining.placeLive(runs.get(), index, reading);
        if (next != null) {
            show(next);
        }
    }

    /** Reads a finished run again from its folder (the live reading lacks nothing, but the folder is the truth). */
    private void reread(int index, Path dir) {
        context.tasks().submit("Read entropy run " + dir.getFileName(), (p, cancel) -> RunReading.open(dir),
                reading -> {
                    List<RunReading> next = new ArrayList<>(runs.get());
                    if (index < next.size() && next.get(index).folder().equals(reading.folder())) {
                        next.set(index, reading);
                        show(next);
                    }
                },
                error -> fail("Cannot read " + dir, error));
    }

    private void read(Path dir, boolean overlay) {
        message.set("Reading " + dir + " ...");
        context.tasks().submit("Read entropy run " + dir.getFileName(),
                (p, cancel) -> RunFolders.open(dir, EntropyTool.KIND), reading -> {
            List<RunReading> next = overlay ? new ArrayList<>(runs.get()) : new ArrayList<>();
            next.add(reading);
            show(next);
            message.set((overlay ? "Overlaid " : "Opened ") + reading.name());
            context.stateChanged();
        }, error -> fail("Cannot read " + dir, error));
    }

    /** Shows {@code next} (primary first): the state lists them, the timelines take their logged steps. */
    private void show(List<RunReading> next) {
        runs.set(List.copyOf(next));
        if (!training.get()) { // while training the state names the run folders being written
            List<String> written = new ArrayList<>();
            next.forEach(r -> written.add(SessionFolderPaths.written(r.folder(), sessionFolder)));
            state.set(state.get().withRuns(written));
        }
        if (next.isEmpty()) {
            timeline.setSteps(StepAxis.empty());
        } else {
            TimelineSteps.follow(timeline, steps(next.get(0)));
        }
        for (int i = 1; i < next.size(); i++) {
            if (i - 1 < overlayTimelines.size()) {
                TimelineSteps.follow(overlayTimelines.get(i - 1), steps(next.get(i)));
            } else {
                Timeline t = new Timeline();
                t.setSteps(StepAxis.of(steps(next.get(i))));
                overlayTimelines.add(t);
                linked.link(t);
            }
        }
        while (overlayTimelines.size() > Math.max(0, next.size() - 1)) {
            linked.unlink(overlayTimelines.remove(overlayTimelines.size() - 1));
        }
        follower.follow(next, batch.folders());
    }

    /** The steps at which the run logged its entropy (empty before the first). */
    static long[] steps(RunReading run) {
        MetricSeries h = run.seriesOrNull("entropy_train");
        return h == null ? new long[0] : h.steps();
    }

    private void fail(String what, Throwable error) {
        message.set(what + ": " + error.getMessage());
        context.showError("Entropy collapse", what + ": " + error.getMessage());
    }
}
