package org.dynamicsworkbench.plugins.alrnn;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/**
 * The AL-RNN training runs of this workbench, queued or running: first in, first out, at most {@code parallel} at a
 * time, each running one as a task of the workbench's task list (progress and cancel there). The queue outlives the
 * tools that fill it, so closing a tool (or the session that opened it) leaves its runs going, and a tool opened
 * later on the same run folder follows the run again ({@link #find}). At most one job per run folder. UI thread.
 *
 * <p>The workbench's queue ({@link #WORKBENCH}) is one per process rather than per tool instance because what it
 * guards is per process: run folders (two writers would corrupt a run) and the cores; and reloading the plugins
 * (which makes a new {@link AlRnnTool}) must not forget runs that are still training.
 */
final class TrainingQueue {
    /** The workbench's queue: one run at a time, leaving the task list's other thread to the tools. */
    static final TrainingQueue WORKBENCH = new TrainingQueue(1, Platform::runLater);

    private final int parallel;
    private final Executor ui;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private final List<TrainingJob> running = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    private record Waiting(TrainingJob job, ToolContext context) {
    }

    /**
     * @param parallel runs trained at the same time
     * @param ui       the UI thread (where the queue lives and jobs report)
     */
    TrainingQueue(int parallel, Executor ui) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel runs must be at least 1, got " + parallel);
        }
        this.parallel = parallel;
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /**
     * Queues {@code job}, started at once if a slot is free, through {@code context}'s tasks; a failure is reported
     * through {@code context} as well.
     *
     * @throws IllegalStateException when a job for the same run folder is queued or running
     */
    void add(TrainingJob job, ToolContext context) {
        checkFree(job.dir());
        waiting.addLast(new Waiting(job, context));
        startWaiting();
        changed();
    }

    /** @throws IllegalStateException naming the job when one for {@code dir} is queued or running */
    void checkFree(Path dir) {
        find(dir).ifPresent(other -> {
            throw new IllegalStateException(other.dir() + " is already "
                    + other.phase().name().toLowerCase(java.util.Locale.ROOT) + " in this workbench (" + other.title() + ")");
        });
    }

    /** The queued or running job training the run in {@code dir}, if any. */
    Optional<TrainingJob> find(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        return jobs().stream().filter(j -> j.dir().equals(key)).findFirst();
    }

    /** The running jobs, then the waiting ones in queue order. */
    List<TrainingJob> jobs() {
        List<TrainingJob> all = new ArrayList<>(running);
        waiting.forEach(w -> all.add(w.job()));
        return List.copyOf(all);
    }

    /** Cancels {@code job}: a waiting one leaves the queue at once, a running one stops at its next batch. */
    void cancel(TrainingJob job) {
        if (waiting.removeIf(w -> w.job() == job)) {
            job.ended(TrainingJob.Phase.CANCELLED, null, null);
            updateWaiting();
            changed();
        } else if (running.contains(job)) {
            job.requestCancel();
        }
    }

    /** Called on the UI thread whenever a job is added, starts or ends. */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void startWaiting() {
        while (running.size() < parallel && !waiting.isEmpty()) {
            Waiting next = waiting.removeFirst();
            TrainingJob job = next.job();
            running.add(job);
            job.started();
            // the end is posted by the computation itself: a task cancelled in the task list calls no callback
            var handle = next.context().tasks().submit(job.title(), (p, cancel) -> {
                ModelReading result = null;
                Throwable failure = null;
                TrainingJob.Phase outcome = TrainingJob.Phase.FINISHED;
                try {
                    result = job.compute(p, cancel, ui);
                    return result;
                } catch (CancelledException e) {
                    outcome = TrainingJob.Phase.CANCELLED;
                    throw e;
                } catch (Exception | Error e) {
                    outcome = TrainingJob.Phase.FAILED;
                    failure = e;
                    throw e;
                } finally {
                    TrainingJob.Phase end = outcome;
                    ModelReading best = result;
                    Throwable error = failure;
                    ui.execute(() -> finished(job, end, best, error, next.context()));
                }
            }, result -> { }, error -> { });
            job.submitted(handle);
        }
        updateWaiting();
    }

    private void finished(TrainingJob job, TrainingJob.Phase outcome, ModelReading result, Throwable error,
                          ToolContext context) {
        running.remove(job);
        job.ended(outcome, result, error);
        if (outcome == TrainingJob.Phase.FAILED) {
            context.showError("AL-RNN training", job.dir() + ": " + error.getMessage());
        }
        startWaiting();
        changed();
    }

    private void updateWaiting() {
        int ahead = running.size();
        for (Waiting w : waiting) {
            w.job().waiting(ahead++);
        }
    }

    private void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
