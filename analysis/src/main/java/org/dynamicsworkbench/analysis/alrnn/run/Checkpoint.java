package org.dynamicsworkbench.analysis.alrnn.run;

import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.analysis.alrnn.train.TrainerState;

/** A saved checkpoint: the trainer state and the epoch record (with its evaluation) it was saved with. */
public record Checkpoint(TrainerState state, EpochRecord record) {

    public int epoch() {
        return state.epoch();
    }

    /** The checkpoint's D_stsp, +infinity when it is not finite (for model selection). */
    public double selectionScore() {
        double d = record.evaluation() == null ? Double.NaN : record.evaluation().stateSpaceDivergence();
        return Double.isFinite(d) ? d : Double.POSITIVE_INFINITY;
    }
}
