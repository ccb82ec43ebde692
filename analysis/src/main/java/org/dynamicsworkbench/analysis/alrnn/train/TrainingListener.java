package org.dynamicsworkbench.analysis.alrnn.train;

import java.io.IOException;

/** Receives a training run's epochs and checkpoints, in order, on the training thread. */
public interface TrainingListener {

    /** After every epoch that is not a checkpoint. */
    void epochDone(EpochRecord record) throws IOException;

    /** At every checkpoint epoch (and the last): the record with its evaluation, then the full state. */
    void checkpoint(EpochRecord record, TrainerState state) throws IOException;
}
