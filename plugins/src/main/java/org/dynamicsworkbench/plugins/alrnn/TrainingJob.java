package org.dynamicsworkbench.plugins.alrnn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dynamicsworkbench.analysis.alrnn.run.AlRnnRun;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.spi.TaskHandle;

/**
 * One training run of the AL-RNN tool, from the moment it is queued to its end. Its state (phase, the epoch records
 * so far, the latest model reading, progress and a status line with the ETA) changes on the UI thread only, where
 * any number of open tools follow it; a tool that is closed and opened again follows it again from where it is.
 * The training itself runs in {@link #compute}, on a worker thread of the workbench's task list.
 */
final class TrainingJob {

    /** Where a job is. */
    enum Phase {
        QUEUED, RUNNING, FINISHED, FAILED, CANCELLED;

        boolean isActive() {
            return this == QUEUED || this == RUNNING;
        }
    }

    /** An open tool following the job; both calls are on the UI thread. */
    interface Follower {
        /** The records, the reading, the progress or the message changed. */
        void updated(TrainingJob job);

        /** The job ended: finished (with its best reading), failed (with its error) or cancelled. */
        void ended(TrainingJob job);
    }

    /** Creates or opens the run folder, on the worker thread. */
    @FunctionalInterface
    interface RunOpener {
        RunDirectory open() throws Exception;
    }

    private final String title;
    private final Path dir;
    private final RunOpener opener;
    private final boolean fresh;
    private final int previewSteps;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final List<Follower> followers = new ArrayList<>();
    private Phase phase = Phase.QUEUED;
    private List<EpochRecord> records = List.of();
    private boolean recordsKnown;
    private ModelReading reading;
    private double progress;
    private String message = "Queued.";
    private Throwable error;
    private TaskHandle handle;

    /**
     * @param dir          the run folder (absolute)
     * @param fresh        a new run (its records start empty) rather than a resumed one (they start from the file)
     * @param previewSteps free-run steps of the checkpoint previews and of the final reading
     */
    TrainingJob(String title, Path dir, RunOpener opener, boolean fresh, int previewSteps) {
        this.title = Objects.requireNonNull(title, "title");
        this.dir = dir.toAbsolutePath().normalize();
        this.opener = Objects.requireNonNull(opener, "opener");
        this.fresh = fresh;
        this.recordsKnown = fresh;
        this.previewSteps = previewSteps;
    }

    String title() {
        return title;
    }

    /** The run folder, absolute and normalised. */
    Path dir() {
        return dir;
    }

    Phase phase() {
        return phase;
    }

    List<EpochRecord> records() {
        return records;
    }

    /** Whether {@link #records} are the run's (a resumed run's are read when it starts; a new run has none). */
    boolean recordsKnown() {
        return recordsKnown;
    }

    /** The latest checkpoint's reading while running, the best checkpoint's once finished; null before any. */
    ModelReading reading() {
        return reading;
    }

    double progress() {
        return progress;
    }

    String message() {
        return message;
    }

    /** Why a failed job stopped (null otherwise). */
    Throwable error() {
        return error;
    }

    void follow(Follower follower) {
        if (!followers.contains(follower)) {
            followers.add(follower);
        }
    }

    void unfollow(Follower follower) {
        followers.remove(follower);
    }

    /** A line for the queue list: title, phase and folder. */
    String summary() {
        return title + ": " + phase.name().toLowerCase(Locale.ROOT) + " (" + dir + ")";
    }

    /** Asks a running job to stop at its next batch (its task may also be cancelled from the workbench's list). */
    void requestCancel() {
        cancelRequested.set(true);
        if (handle != null) {
            handle.cancel();
        }
    }

    /** UI thread: the job leaves the queue (its task is submitted next). */
    void started() {
        phase = Phase.RUNNING;
        message = "Preparing " + dir + " ...";
        notifyUpdated();
    }

    /** UI thread: the job's task in the workbench's list. */
    void submitted(TaskHandle taskHandle) {
        handle = taskHandle;
        if (cancelRequested.get()) {
            taskHandle.cancel();
        }
    }

    /** UI thread: the job ends (or a queued one is cancelled). */
    void ended(Phase outcome, ModelReading result, Throwable failure) {
        phase = outcome;
        error = failure;
        if (result != null) {
            reading = result;
            records = result.metrics();
            recordsKnown = true;
            progress = 1;
        }
        message = switch (outcome) {
            case FINISHED -> "Finished. " + AlRnnViewModel.summary(result);
            case FAILED -> "Training stopped: " + failure.getMessage();
            case CANCELLED -> "Cancelled; the run keeps its last checkpoint (Resume continues it).";
            default -> throw new IllegalArgumentException("not an end: " + outcome);
        };
        for (Follower f : List.copyOf(followers)) {
            f.ended(this);
        }
    }

    /** UI thread: the message while waiting. */
    void waiting(int ahead) {
        message = "Queued behind " + ahead + (ahead == 1 ? " run." : " runs.");
        notifyUpdated();
    }

    private void notifyUpdated() {
        for (Follower f : List.copyOf(followers)) {
            f.updated(this);
        }
    }

    /**
     * Trains the run (worker thread), handing every epoch to {@code ui}; returns the best checkpoint's reading.
     *
     * @throws CancelledException when cancelled from a tool or from the task list
     */
    ModelReading compute(ProgressListener p, CancellationToken cancel, Executor ui) throws Exception {
        RunDirectory run = opener.open();
        List<EpochRecord> known = fresh ? new ArrayList<>() : new ArrayList<>(run.metrics());
        List<EpochRecord> initial = List.copyOf(known);
        ui.execute(() -> {
            records = initial;
            recordsKnown = true;
            notifyUpdated();
        });
        long start = System.nanoTime();
        int[] firstEpoch = {-1};
        AlRnnRun.train(run, Integer.MAX_VALUE, (record, total) -> {
            if (firstEpoch[0] < 0) {
                firstEpoch[0] = record.epoch() - 1;
                known.removeIf(r -> r.epoch() >= record.epoch());
            }
            known.add(record);
            List<EpochRecord> snapshot = List.copyOf(known);
            double seconds = (System.nanoTime() - start) / 1e9;
            double eta = seconds / Math.max(1, record.epoch() - firstEpoch[0]) * (total - record.epoch());
            double fraction = record.epoch() / (double) total;
            p.report(fraction);
            ModelReading preview = record.isCheckpoint() ? previewOrNull(run, previewSteps) : null;
            String text = AlRnnViewModel.progressText(record, total, eta);
            ui.execute(() -> {
                records = snapshot;
                progress = fraction;
                message = text;
                if (preview != null) {
                    reading = preview;
                }
                notifyUpdated();
            });
        }, () -> cancel.isCancelled() || cancelRequested.get());
        return ModelReading.ofBest(run, previewSteps);
    }

    /** The latest checkpoint read for the live preview (null if it cannot be read: the run goes on). */
    private static ModelReading previewOrNull(RunDirectory run, int steps) {
        try {
            return ModelReading.of(run, run.latestCheckpoint().orElseThrow(), steps);
        } catch (Exception e) {
            return null;
        }
    }
}
