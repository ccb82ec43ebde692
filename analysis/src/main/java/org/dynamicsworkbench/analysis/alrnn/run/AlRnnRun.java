package org.dynamicsworkbench.analysis.alrnn.run;

import java.io.IOException;
import java.util.Optional;

import org.dynamicsworkbench.analysis.alrnn.train.AlRnnTrainer;
import org.dynamicsworkbench.analysis.alrnn.train.DivergedTrainingException;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.analysis.alrnn.train.TrainerState;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingData;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingListener;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.CancelledException;

/**
 * Trains (or resumes) the run in a {@link RunDirectory}: loads its data, continues from the last checkpoint
 * (dropping metrics lines written after it), appends every epoch's metrics and writes checkpoints, and records
 * the outcome in {@code run.json} (finished, cancelled, or diverged with the last good checkpoint kept).
 */
public final class AlRnnRun {

    /** Receives each epoch after it is on disk. */
    @FunctionalInterface
    public interface Progress {
        void epoch(EpochRecord record, int totalEpochs);
    }

    private AlRnnRun() {
    }

    /** Loads the run's data (integrating a system or reading the file relative to the run folder). */
    public static TrainingData loadData(RunDirectory run) throws IOException {
        return run.manifest().data().load(run.path());
    }

    /**
     * Trains until {@code untilEpoch} (at most the configured epochs).
     *
     * @throws DivergedTrainingException after marking the run diverged
     * @throws CancelledException        after marking the run cancelled
     */
    public static void train(RunDirectory run, int untilEpoch, Progress progress, CancellationToken cancel)
            throws IOException {
        TrainingData data = loadData(run);
        if (data.columns() != run.manifest().observed()) {
            throw new RunFormatException(run.path(), "the data now has " + data.columns() + " columns, the run was "
                    + "made for " + run.manifest().observed());
        }
        Optional<Checkpoint> last = run.latestCheckpoint();
        TrainerState start = last.isPresent() ? last.get().state()
                : AlRnnTrainer.initialState(run.manifest().config(), data.columns());
        run.truncateMetrics(start.epoch());
        AlRnnTrainer trainer = new AlRnnTrainer(run.manifest().config(), data, start);
        int total = run.manifest().config().epochs();
        run.setStatus(RunStatus.RUNNING);
        try {
            trainer.train(untilEpoch, new TrainingListener() {
                @Override
                public void epochDone(EpochRecord record) throws IOException {
                    run.appendMetrics(record);
                    progress.epoch(record, total);
                }

                @Override
                public void checkpoint(EpochRecord record, TrainerState state) throws IOException {
                    run.appendMetrics(record);
                    run.writeCheckpoint(record, state);
                    progress.epoch(record, total);
                }
            }, cancel);
        } catch (DivergedTrainingException e) {
            run.setStatus(RunStatus.DIVERGED);
            throw e;
        } catch (CancelledException e) {
            run.setStatus(RunStatus.CANCELLED);
            throw e;
        }
        if (trainer.epoch() >= total) {
            run.setStatus(RunStatus.FINISHED);
        }
    }
}
