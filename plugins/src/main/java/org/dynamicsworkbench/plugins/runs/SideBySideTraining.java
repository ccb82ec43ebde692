package org.dynamicsworkbench.plugins.runs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.run.RunOutcome;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/**
 * Trains several runs of one experiment kind side by side, one background task each (through
 * {@link ToolContext#tasks()}), and reports to a tool's view model: live readings by the run's index, the first run's
 * progress, each outcome, and the end of the batch. Used by the tools that compare runs as they train (the
 * Entropy-collapse modes, the Concept-space seeds). FX thread, like the callbacks it makes.
 */
public final class SideBySideTraining {
    /** What a batch reports, on the FX thread (the calling thread in tests). */
    public interface Events {
        /** A live reading of the run at {@code index} (in the order the folders were given). */
        void live(int index, RunReading reading);

        /** The first run's progress in [0, 1] (the runs have the same length). */
        void progress(double fraction);

        /** The run at {@code index} stopped: finished, diverged or cancelled, as the outcome says. */
        void finished(int index, Path dir, RunOutcome outcome);

        /** The run at {@code index} could not train (a folder that cannot be written, an invalid config). */
        void failed(int index, Path dir, Throwable error);

        /** Every run of the batch has reported {@link #finished} or {@link #failed}. */
        void allDone();
    }

    private final ToolContext context;
    private final Executor ui;
    private final List<TaskHandle> tasks = new ArrayList<>();
    private final Set<Path> folders = new LinkedHashSet<>();
    private int running;

    /** @param ui where live readings are handed over (the FX thread in the window, the calling thread in tests) */
    public SideBySideTraining(ToolContext context, Executor ui) {
        this.context = Objects.requireNonNull(context, "context");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Whether runs started here are still training (neither finished nor cancelled). */
    public boolean isRunning() {
        return running > 0;
    }

    /** The folders of the runs still training here (absolute; empty once the batch is over for the tool). */
    public Set<Path> folders() {
        return running > 0 ? Set.copyOf(folders) : Set.of();
    }

    /**
     * Starts one task per folder: {@code dirs.get(i)} is created (with its parent folder) and trains {@code configs.get(i)} for {@code steps}
     * steps under the kind's default plan.
     *
     * @param title what the task list calls each run, followed by its folder's name
     * @throws IllegalStateException    while an earlier batch is still running
     * @throws IllegalArgumentException when the folders and configurations differ in number, or there are none
     */
    public void start(String title, ExperimentKind<?> kind, List<Path> dirs, List<ObjectNode> configs, long steps,
                      Events events) {
        if (isRunning()) {
            throw new IllegalStateException("runs are already training; cancel them first");
        }
        if (dirs.isEmpty() || dirs.size() != configs.size()) {
            throw new IllegalArgumentException("one configuration per run folder: " + dirs.size() + " folders, "
                    + configs.size() + " configurations");
        }
        Objects.requireNonNull(events, "events");
        tasks.clear();
        folders.clear();
        running = dirs.size();
        for (int i = 0; i < dirs.size(); i++) {
            Path dir = dirs.get(i).toAbsolutePath().normalize();
            folders.add(dir);
            ObjectNode config = configs.get(i).deepCopy();
            int index = i;
            tasks.add(context.tasks().submit(title + " " + dir.getFileName(),
                    (p, cancel) -> {
                        Files.createDirectories(dir.getParent()); // the batch's folder, e.g. modes/ of modes/vanilla
                        return LiveTraining.train(dir, kind, config, steps, ui, reading -> events.live(index, reading),
                                p, cancel);
                    },
                    fraction -> {
                        if (index == 0) {
                            events.progress(fraction);
                        }
                    },
                    outcome -> {
                        events.finished(index, dir, outcome);
                        finishedOne(events);
                    },
                    error -> {
                        events.failed(index, dir, error);
                        finishedOne(events);
                    }));
        }
    }

    /**
     * Stops the runs at their next step (their folders keep the checkpoints written so far); the batch reports
     * nothing more.
     *
     * @return whether runs were training
     */
    public boolean cancel() {
        boolean was = isRunning();
        tasks.forEach(TaskHandle::cancel);
        tasks.clear();
        running = 0;
        return was;
    }

    /** Forgets the running tasks without stopping them (they go on in the task list and finish their folders). */
    public void detach() {
        tasks.clear();
        running = 0;
    }

    private void finishedOne(Events events) {
        if (running <= 0) {
            return; // cancelled or detached: the batch is over for the tool
        }
        running--;
        if (running == 0) {
            tasks.clear();
            events.allDone();
        }
    }

    /**
     * The runs shown after a live reading of the run at {@code index}: {@code shown} with that entry replaced, or
     * with it appended when it is the next one; null when an earlier run has not logged yet (it joins in order).
     */
    public static List<RunReading> placeLive(List<RunReading> shown, int index, RunReading reading) {
        List<RunReading> next = new ArrayList<>(shown);
        if (index < next.size()) {
            next.set(index, reading);
        } else if (index == next.size()) {
            next.add(reading);
        } else {
            return null;
        }
        return next;
    }
}
