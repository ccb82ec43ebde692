package org.dynamicsworkbench.plugins.concepts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
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
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
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

/**
 * The Concept-space tool without its view: the state, the seeds shown and their analysis (null until every seed
 * has logged concept coordinates), one timeline over the evaluation steps common to the seeds, and the commands
 * (open a run or a folder of seeds, add a seed, train the setup's seeds side by side, cancel). Work runs through
 * {@link ToolContext#tasks()}; live readings arrive on {@code ui} (the FX thread in the window).
 */
final class ConceptViewModel implements RunToolModel<ConceptState> {
    private final ToolContext context;
    private final ExperimentKinds kinds;
    private final ObjectProperty<ConceptState> state = new SimpleObjectProperty<>(ConceptState.defaults());
    private final ObjectProperty<List<RunReading>> runs = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<ConceptAnalysis> analysis = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty(
            "Open a run (or a folder of seeds), or set up the runs and train.");
    private final BooleanProperty training = new SimpleBooleanProperty(false);
    private final Timeline timeline = new Timeline();
    private final SideBySideTraining batch;
    private final RunFollower follower;
    private Path sessionFolder = Path.of("").toAbsolutePath();

    ConceptViewModel(ToolContext context, Executor ui, ExperimentKinds kinds) {
        this(context, ui, kinds, RunFollower.EVERY);
    }

    /** @param followEvery how often a shown run that something else trains is read again */
    ConceptViewModel(ToolContext context, Executor ui, ExperimentKinds kinds, Duration followEvery) {
        this.context = Objects.requireNonNull(context, "context");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.batch = new SideBySideTraining(context, Objects.requireNonNull(ui, "ui"));
        this.follower = new RunFollower(context, ui, followEvery, this::showFollowed);
        timeline.currentStepProperty().addListener((o, was, now) -> state.set(state.get().withStep(now.longValue())));
    }

    @Override
    public ObjectProperty<ConceptState> stateProperty() {
        return state;
    }

    ObjectProperty<List<RunReading>> runsProperty() {
        return runs;
    }

    /** The seeds' analysis, or null while none is shown or one has not evaluated yet. */
    ObjectProperty<ConceptAnalysis> analysisProperty() {
        return analysis;
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

    /** The timeline over the evaluation steps every seed logged. */
    Timeline timeline() {
        return timeline;
    }

    Path sessionFolder() {
        return sessionFolder;
    }

    /**
     * Adopts a restored state: reads its runs (synchronously: they are small) and moves the timeline to its step.
     *
     * @throws ToolStateException when a folder is not a concept run or the seeds differ; nothing is changed then
     */
    @Override
    public void restore(ConceptState restored, Path folder) throws ToolStateException {
        Path base = folder.toAbsolutePath().normalize();
        List<RunReading> read = ConceptRuns.read(restored.runs(), base);
        sessionFolder = base;
        state.set(restored);
        show(read);
        if (restored.step() >= 0) {
            timeline.seek(restored.step());
        }
    }

    /** Opens {@code dir}: one run, or a folder whose sub-folders are runs (the seeds, in name order). */
    void open(Path dir) {
        message.set("Reading " + dir + " ...");
        context.tasks().submit("Read concept runs " + dir.getFileName(), (p, cancel) -> readSeeds(dir),
                read -> {
                    show(read);
                    message.set("Opened " + read.size() + " run" + (read.size() == 1 ? "" : "s") + " from " + dir);
                    context.stateChanged();
                },
                error -> fail("Cannot read " + dir, error));
    }

    /** Adds the run in {@code dir} as one more seed (it must share every setting but the seed). */
    void addSeed(Path dir) {
        if (runs.get().size() >= ConceptSetup.MAX_SEEDS) {
            context.showError("Concept space", "at most " + ConceptSetup.MAX_SEEDS + " seeds are averaged");
            return;
        }
        context.tasks().submit("Read concept run " + dir.getFileName(), (p, cancel) -> {
            RunReading reading = RunFolders.open(dir, ConceptTool.KIND);
            if (!runs.get().isEmpty()) {
                String difference = ConceptRuns.difference(runs.get().get(0), reading);
                if (difference != null) {
                    throw new ToolStateException("'" + dir + "' " + difference);
                }
            }
            return reading;
        }, reading -> {
            List<RunReading> next = new ArrayList<>(runs.get());
            next.add(reading);
            show(next);
            context.stateChanged();
        }, error -> fail("Cannot add " + dir, error));
    }

    /** Sets the setup of the next runs. */
    void setSetup(ConceptSetup setup) {
        if (!setup.equals(state.get().setup())) {
            state.set(state.get().withSetup(setup));
            context.stateChanged();
        }
    }

    /** Trains the setup's seeds into {@code dir/seed=S} side by side in the background, shown live and averaged. */
    void train(Path dir) {
        if (training.get()) {
            context.showError("Concept space", "runs are already training in this tool; cancel them first");
            return;
        }
        ExperimentKind<?> kind;
        try {
            kind = LiveTraining.kind(kinds, ConceptTool.KIND);
        } catch (IllegalStateException e) {
            context.showError("Concept space", e.getMessage());
            return;
        }
        ConceptSetup setup = state.get().setup();
        training.set(true);
        progress.set(0);
        show(List.of());
        List<String> written = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        List<ObjectNode> configs = new ArrayList<>();
        for (int i = 0; i < setup.seeds(); i++) {
            Path d = dir.resolve("seed=" + setup.seedConfig(i).seed()).toAbsolutePath().normalize();
            dirs.add(d);
            configs.add(setup.seedConfig(i).toJson());
            written.add(SessionFolderPaths.written(d, sessionFolder));
        }
        state.set(state.get().withRuns(written).withStep(-1));
        context.stateChanged();
        message.set("Training " + setup.summary() + " ...");
        batch.start("Train concepts", kind, dirs, configs, setup.steps(), new SideBySideTraining.Events() {
            @Override
            public void live(int index, RunReading reading) {
                showLive(index, reading);
            }

            @Override
            public void progress(double fraction) {
                progress.set(fraction);
            }

            @Override
            public void finished(int index, Path d, RunOutcome outcome) {
                message.set(d.getFileName() + ": " + outcome.status().label() + " at step " + outcome.step()
                        + (outcome.message().isEmpty() ? "" : ": " + outcome.message()));
            }

            @Override
            public void failed(int index, Path d, Throwable error) {
                fail("Training " + d.getFileName() + " stopped", error);
            }

            @Override
            public void allDone() {
                training.set(false);
                progress.set(1);
                readFinished(dirs);
            }
        });
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

    /** Reads the seeds' folders again once all have stopped (the folders are the truth; a failed one is left out). */
    private void readFinished(List<Path> dirs) {
        List<Path> finished = List.copyOf(dirs);
        context.tasks().submit("Read concept runs", (p, cancel) -> {
            List<RunReading> read = new ArrayList<>();
            for (Path d : finished) {
                if (Files.isRegularFile(d.resolve(ExperimentRun.MANIFEST))) {
                    read.add(RunReading.open(d));
                }
            }
            return read;
        }, read -> {
            show(read);
            context.stateChanged();
        }, error -> fail("Cannot read the runs", error));
    }

    private void showLive(int index, RunReading reading) {
        if (!training.get()) {
            return;
        }
        List<RunReading> next = SideBySideTraining.placeLive(runs.get(), index, reading);
        if (next != null) {
            show(next);
        }
    }

    /** Shows {@code next}: the analysis is recomputed and the timeline takes the common evaluation steps. */
    private void show(List<RunReading> next) {
        runs.set(List.copyOf(next));
        if (!training.get()) { // while training the state names the run folders being written
            List<String> written = new ArrayList<>();
            next.forEach(r -> written.add(SessionFolderPaths.written(r.folder(), sessionFolder)));
            state.set(state.get().withRuns(written));
        }
        ConceptAnalysis a = null;
        if (!next.isEmpty()) {
            try {
                a = ConceptRuns.analyse(next);
            } catch (IllegalArgumentException e) {
                a = null; // a seed has not evaluated yet
            }
        }
        if (a == null) {
            timeline.setSteps(StepAxis.empty());
        } else {
            TimelineSteps.follow(timeline, a.steps());
        }
        analysis.set(a);
        follower.follow(next, batch.folders());
    }

    /** One run, or the runs in the sub-folders of {@code dir} (name order). */
    private static List<RunReading> readSeeds(Path dir) throws IOException, ToolStateException {
        if (Files.isRegularFile(dir.resolve(ExperimentRun.MANIFEST))) {
            return List.of(RunFolders.open(dir, ConceptTool.KIND));
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.filter(c -> Files.isRegularFile(c.resolve(ExperimentRun.MANIFEST))).sorted().toList();
        }
        if (children.isEmpty()) {
            throw new IOException(dir + " is neither a run folder nor a folder of runs (no " + ExperimentRun.MANIFEST
                    + " in it or in its sub-folders)");
        }
        if (children.size() > ConceptSetup.MAX_SEEDS) {
            throw new IOException(dir + " holds " + children.size() + " runs; at most " + ConceptSetup.MAX_SEEDS
                    + " seeds are averaged");
        }
        List<String> written = children.stream().map(Path::toString).toList();
        return ConceptRuns.read(written, null);
    }

    private void fail(String what, Throwable error) {
        message.set(what + ": " + error.getMessage());
        context.showError("Concept space", what + ": " + error.getMessage());
    }
}
